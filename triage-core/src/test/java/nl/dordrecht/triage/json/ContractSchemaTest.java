package nl.dordrecht.triage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schemas in the jar are the contract's own: CI checks out {@code shared/} beside the project. */
class ContractSchemaTest {
    private static final Path SHARED = Path.of("../../shared/contract");

    @ParameterizedTest
    @EnumSource(ContractSchema.class)
    void theShippedSchemaIsTheSharedContractsSchema(ContractSchema schema) throws IOException {
        assertThat(SHARED.resolve(schema.fileName())).as("the contract beside the project").isRegularFile();
        assertThat(schema.text()).isEqualTo(Files.readString(SHARED.resolve(schema.fileName()), StandardCharsets.UTF_8));
        assertThat(schema.resource()).isNotNull();
    }
}
