package nl.dordrecht.triage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.dordrecht.triage.json.ContractSchema;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/openapi.json} is valid OpenAPI 3.1 to a real parser, and its schemas are the contract's own. */
class OpenApiDocumentTest {
    private final TriageServer server = Servers.shared();

    private SwaggerParseResult parsed() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(Servers.get(server, "/v1/openapi.json").body(), null, options);
    }

    @Test
    void swaggerParserReadsItWithoutAMessage() {
        SwaggerParseResult result = parsed();
        assertThat(result.getMessages()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getPaths()).containsKeys("/v1/advice", "/v1/openapi.json", "/health/live", "/health/ready",
                "/v1/version", "/v1/labels", "/hsds/services", "/hsds/services/{id}", "/hsds/organizations",
                "/hsds/organizations/{id}", "/hsds/taxonomies", "/hsds/taxonomy_terms");
        assertThat(api.getPaths().get("/v1/advice").getPost().getRequestBody().getContent())
                .containsKeys("application/json", "application/x-ndjson");
        assertThat(api.getPaths().get("/v1/advice").getPost().getResponses()).containsKeys("200", "400", "413", "415", "500");
    }

    @Test
    void theSchemasAreTheContractsOwnFiles() {
        JsonNode schemas = OpenApiSchemas.served(server).path("components").path("schemas");
        Map<String, ContractSchema> contract = Map.of("Question", ContractSchema.QUESTION, "Advice", ContractSchema.ADVICE,
                "Error", ContractSchema.ERROR);
        contract.forEach((name, schema) -> {
            // The file, less what identifies it as a file, with its $defs in components: nothing else may differ.
            ObjectNode expected = (ObjectNode) OpenApiSchemas.parse(
                    schema.text().replace("#/$defs/suggestion", "#/components/schemas/Suggestion"));
            expected.remove(List.of("$schema", "$id", "$defs"));
            assertThat(schemas.path(name)).as(name).isEqualTo(expected);
        });
        JsonNode suggestion = OpenApiSchemas.parse(ContractSchema.ADVICE.text()).path("$defs").path("suggestion");
        assertThat(schemas.path("Suggestion")).isEqualTo(suggestion);
        assertThat(suggestion.path("properties").has("contact")).isTrue();
    }

    @Test
    void theParserResolvesTheSuggestionAndTheQuestionsEnums() {
        OpenAPI api = parsed().getOpenAPI();
        Schema<?> question = api.getComponents().getSchemas().get("Question");
        assertThat(question.getRequired()).containsExactly("topics");
        assertThat(question.getProperties().get("topics").getItems().getEnum()).contains("MONEY", "LETTERS_AND_FORMS");
        Schema<?> suggestion = api.getComponents().getSchemas().get("Suggestion");
        assertThat(suggestion.getProperties()).containsKeys("offerId", "name", "reasons");
    }

    @Test
    void everyGetPathInTheDocumentIsServed() {
        JsonNode paths = OpenApiSchemas.served(server).path("paths");
        String service = OpenApiSchemas.parse(Servers.get(server, "/hsds/services").body()).path("contents").get(0)
                .path("id").asText();
        List<String> notServed = new ArrayList<>();
        paths.fields().forEachRemaining(p -> {
            if (p.getValue().has("get")) {
                String path = p.getKey().replace("{id}", p.getKey().startsWith("/hsds/services") ? service : "unknown");
                HttpResponse<String> response = Servers.get(server, path);
                if (response.statusCode() != 200 && !(path.endsWith("unknown") && response.statusCode() == 404)) {
                    notServed.add(path + " " + response.statusCode());
                }
            }
        });
        assertThat(notServed).isEmpty();
    }
}
