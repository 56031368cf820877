package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import nl.dordrecht.triage.json.ContractSchema;

/** The contract's JSON Schemas as triage-core ships them ({@link ContractSchema}), for validating output. */
final class ContractSchemas {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema QUESTION = load(ContractSchema.QUESTION);
    static final JsonSchema ADVICE = load(ContractSchema.ADVICE);
    static final JsonSchema ERROR = load(ContractSchema.ERROR);
    /** Any JSON at all: for output that has no contract schema, such as {@code check --format json}. */
    static final JsonSchema JSON_ANY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema("{}");

    private ContractSchemas() {
    }

    static JsonNode assertValid(JsonSchema schema, String json) {
        try {
            JsonNode node = JSON.readTree(json);
            Set<ValidationMessage> errors = schema.validate(node);
            assertThat(errors).as("%s against %s", json, schema.getSchemaLocation()).isEmpty();
            return node;
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static JsonSchema load(ContractSchema schema) {
        // The schemas' relative $id ("triage/...") needs an absolute base to resolve against.
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:" + schema.resourceName()));
    }
}
