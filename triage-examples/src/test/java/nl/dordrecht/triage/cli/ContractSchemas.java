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

/** The contract's JSON Schemas (copies of shared/contract, kept in src/test/resources/contract). */
final class ContractSchemas {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema QUESTION = load("question.schema.json");
    static final JsonSchema ADVICE = load("advice.schema.json");
    static final JsonSchema ERROR = load("error.schema.json");
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

    private static JsonSchema load(String name) {
        // The schemas' relative $id ("triage/...") needs an absolute base to resolve against.
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:contract/" + name));
    }
}
