package nl.dordrecht.triage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The schemas of the served OpenAPI document, as JSON Schema 2020-12 validators: responses are checked against what
 * the document promises, which a test elsewhere holds to the contract's own files.
 */
final class OpenApiSchemas {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private OpenApiSchemas() {
    }

    /** components/schemas/{name} of the document, with its #/components/... references resolvable. */
    static JsonSchema schema(JsonNode openApi, String name) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema").put("$ref", "#/components/schemas/" + name);
        root.set("components", openApi.get("components"));
        return FACTORY.getSchema(root);
    }

    static JsonNode served(TriageServer server) {
        return parse(Servers.get(server, "/v1/openapi.json").body());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode assertValid(JsonSchema schema, String json) {
        JsonNode node = parse(json);
        assertThat(schema.validate(node)).as("%s", json).isEmpty();
        return node;
    }
}
