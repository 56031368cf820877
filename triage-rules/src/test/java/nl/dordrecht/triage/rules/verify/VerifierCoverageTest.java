package nl.dordrecht.triage.rules.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule of the shipped rule set has per-rule tests that name it: {@code verifyThat( "its name" )}. */
class VerifierCoverageTest {
    private static final Path TESTS = Path.of("src/test/java/nl/dordrecht/triage/rules/verify");

    @Test
    void everyRuleIsVerifiedByName() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.list(TESTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith("RulesTest.java")).toList()) {
                sources.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(sources).as("the per-rule tests in " + TESTS).isNotEmpty();
        List<String> unverified = RoutePolicyRulesTest.VERIFIER.ruleNames().stream()
                .filter(name -> !sources.toString().contains("verifyThat(\"" + name.replace("\"", "\\\"") + "\")"))
                .toList();
        assertThat(new TreeSet<>(unverified)).as("rules no per-rule test names with verifyThat(\"…\")").isEmpty();
    }
}
