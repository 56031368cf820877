package nl.dordrecht.triage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HSDS 3.0 read API under /hsds/: every response valid against the official schemas, and paged as the spec says. */
class HsdsApiTest {
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema SERVICE = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/compiled/service.json"));
    private static final JsonSchema ORGANIZATION = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/compiled/organization.json"));
    private static final JsonSchema TAXONOMY = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/taxonomy.json"));
    private static final JsonSchema TERM = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/taxonomy_term.json"));
    /** The official openapi.json's Page; its contents' items are checked against the entity schemas above. */
    private static final JsonSchema PAGE = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/openapi.json#/components/schemas/Page"));
    private static final int SERVICES = 57;

    private final TriageServer server = Servers.shared();

    private JsonNode json(String path) {
        HttpResponse<String> response = Servers.get(server, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return OpenApiSchemas.parse(response.body());
    }

    /** A page valid as the spec's Page, with every item valid against {@code items}. */
    private JsonNode page(String path, JsonSchema items) {
        JsonNode page = json(path);
        assertThat(PAGE.validate(page)).as(path).isEmpty();
        assertThat(page.path("contents").size()).isEqualTo(page.path("size").asInt());
        page.path("contents").forEach(item -> assertThat(items.validate(item)).as("%s %s", path, item.path("name")).isEmpty());
        return page;
    }

    @Test
    void servicesArePagedAsTheSpecSays() {
        JsonNode first = page("/hsds/services", SERVICE);
        assertThat(first.path("total_items").asInt()).isEqualTo(SERVICES);
        assertThat(first.path("size").asInt()).isEqualTo(HsdsPage.DEFAULT_PER_PAGE);
        assertThat(first.path("first_page").asBoolean()).isTrue();
        assertThat(first.path("last_page").asBoolean()).isFalse();
        JsonNode last = page("/hsds/services?per_page=10&page=6", SERVICE);
        assertThat(last.path("total_pages").asInt()).isEqualTo(6);
        assertThat(last.path("size").asInt()).isEqualTo(7);
        assertThat(last.path("last_page").asBoolean()).isTrue();
        JsonNode beyond = page("/hsds/services?per_page=10&page=7", SERVICE);
        assertThat(beyond.path("empty").asBoolean()).isTrue();
        // The list holds the one-to-one fields only; ?full=true the whole service, as /services/{id} gives it.
        assertThat(first.path("contents").get(0).has("attributes")).isFalse();
        JsonNode full = page("/hsds/services?full=true&per_page=1", SERVICE).path("contents").get(0);
        assertThat(full.has("attributes")).isTrue();
        assertThat(json("/hsds/services/" + full.path("id").asText())).isEqualTo(full);
    }

    @Test
    void badPagingIs400AndAnUnknownId404() {
        for (String query : List.of("page=0", "page=x", "per_page=0", "per_page=501", "full=yes", "format=csv")) {
            HttpResponse<String> response = Servers.get(server, "/hsds/services?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).contains("\"errors\"");
        }
        for (String path : List.of("/hsds/services/nope", "/hsds/organizations/nope", "/hsds/taxonomies/nope",
                "/hsds/taxonomy_terms/nope")) {
            HttpResponse<String> response = Servers.get(server, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).contains("with this id");
        }
    }

    @Test
    void servicesFilterBySearchTermTaxonomyAndOrganization() {
        JsonNode found = page("/hsds/services?search=veilig%20thuis", SERVICE);
        assertThat(found.path("contents").get(0).path("name").asText()).isEqualTo("Veilig Thuis Zuid-Holland Zuid");
        JsonNode service = json("/hsds/services/" + found.path("contents").get(0).path("id").asText());
        String organization = service.path("organization_id").asText();
        JsonNode byOrganization = page("/hsds/services?organization_id=" + organization, SERVICE);
        assertThat(byOrganization.path("total_items").asInt()).isEqualTo(1);
        String term = service.path("attributes").get(0).path("taxonomy_term_id").asText();
        JsonNode byTerm = page("/hsds/services?taxonomy_term_id=" + term + "&per_page=500", SERVICE);
        assertThat(byTerm.path("total_items").asInt()).isBetween(1, SERVICES);
        byTerm.path("contents").forEach(s -> assertThat(HsdsCatalogue.termIds(json("/hsds/services/"
                + s.path("id").asText()))).contains(term));
        String taxonomy = json("/hsds/taxonomy_terms/" + term).path("taxonomy_id").asText();
        assertThat(page("/hsds/services?taxonomy_id=" + taxonomy, SERVICE).path("total_items").asInt()).isEqualTo(SERVICES);
    }

    @Test
    void organizationsCarryTheirServices() {
        JsonNode page = page("/hsds/organizations?per_page=500", ORGANIZATION);
        assertThat(page.path("total_items").asInt()).isEqualTo(SERVICES);
        String id = page.path("contents").get(0).path("id").asText();
        JsonNode organization = json("/hsds/organizations/" + id);
        assertThat(ORGANIZATION.validate(organization)).isEmpty();
        assertThat(organization.path("services")).hasSize(1);
        JsonNode service = organization.path("services").get(0);
        assertThat(service.has("attributes")).isFalse();
        JsonNode full = json("/hsds/organizations/" + id + "?full_service=true");
        assertThat(ORGANIZATION.validate(full)).isEmpty();
        assertThat(full.path("services").get(0)).isEqualTo(json("/hsds/services/" + service.path("id").asText()));
    }

    @Test
    void taxonomiesAndTermsWithTheirFilters() {
        JsonNode taxonomies = page("/hsds/taxonomies", TAXONOMY);
        assertThat(taxonomies.path("total_items").asInt()).isEqualTo(1);
        String taxonomy = taxonomies.path("contents").get(0).path("id").asText();
        assertThat(json("/hsds/taxonomies/" + taxonomy).path("name").asText()).isEqualTo("triage");
        JsonNode terms = page("/hsds/taxonomy_terms?per_page=500&taxonomy_id=" + taxonomy, TERM);
        List<JsonNode> children = new ArrayList<>();
        terms.path("contents").forEach(t -> {
            if (t.hasNonNull("parent_id")) {
                children.add(t);
            }
        });
        assertThat(children).isNotEmpty();
        String parent = children.get(0).path("parent_id").asText();
        JsonNode siblings = page("/hsds/taxonomy_terms?parent_id=" + parent, TERM);
        siblings.path("contents").forEach(t -> assertThat(t.path("parent_id").asText()).isEqualTo(parent));
        JsonNode top = page("/hsds/taxonomy_terms?top_only=true&per_page=500", TERM);
        assertThat(top.path("total_items").asInt()).isEqualTo(terms.path("total_items").asInt() - children.size());
    }

    @Test
    void ndjsonGivesEveryItemWithoutPaging() {
        HttpResponse<String> response = Servers.get(server, "/hsds/services?format=ndjson");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(SERVICES);
        lines.forEach(line -> assertThat(SERVICE.validate(OpenApiSchemas.parse(line))).isEmpty());
    }

    @Test
    void theSchemasDoCatchAWrongPageAndAWrongService() {
        assertThat(PAGE.validate(OpenApiSchemas.parse("{\"total_items\":\"many\",\"last_page\":1}"))).hasSize(2);
        assertThat(SERVICE.validate(OpenApiSchemas.parse("{\"id\":\"x\",\"name\":\"y\"}"))).isNotEmpty();
    }

    @Test
    void theRootSaysWhichApiItFollows() {
        ObjectNode root = (ObjectNode) json("/hsds/");
        assertThat(root.path("version").asText()).isEqualTo("3.0");
        assertThat(root.path("openapi_url").asText()).endsWith("/schema/openapi.json");
    }
}
