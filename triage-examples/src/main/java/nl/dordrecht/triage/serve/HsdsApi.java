package nl.dordrecht.triage.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The HSDS 3.0 read API under {@code /hsds/} (the official openapi.json, docs/HTTP.md): services, organizations,
 * taxonomies and taxonomy terms from the served catalogue, in pages as the spec defines them.
 */
final class HsdsApi {
    /** The official description of this API, which these endpoints follow. */
    static final String OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final ServedRules rules;

    HsdsApi(ServedRules rules) {
        this.rules = rules;
    }

    void register(RoutesConfig routes) {
        routes.get("/hsds", ctx -> Json.send(ctx, F.objectNode().put("version", "3.0").put("openapi_url", OPENAPI_URL)));
        routes.get("/hsds/services", this::services);
        routes.get("/hsds/services/{id}", ctx -> Json.send(ctx, found(hsds().service(ctx.pathParam("id")), "service")));
        routes.get("/hsds/organizations", this::organizations);
        routes.get("/hsds/organizations/{id}", ctx -> Json.send(ctx, withServices(
                found(hsds().organization(ctx.pathParam("id")), "organization"), flag(ctx, "full_service"))));
        routes.get("/hsds/taxonomies", ctx -> HsdsPage.send(ctx, filter(hsds().taxonomies(), search(ctx))));
        routes.get("/hsds/taxonomies/{id}", ctx -> Json.send(ctx, found(hsds().taxonomy(ctx.pathParam("id")), "taxonomy")));
        routes.get("/hsds/taxonomy_terms", this::terms);
        routes.get("/hsds/taxonomy_terms/{id}", ctx -> Json.send(ctx,
                found(hsds().taxonomyTerm(ctx.pathParam("id")), "taxonomy term")));
    }

    private HsdsCatalogue hsds() {
        return rules.current().hsds();
    }

    private void services(Context ctx) {
        HsdsCatalogue hsds = hsds();
        Predicate<JsonNode> matches = search(ctx);
        String term = ctx.queryParam("taxonomy_term_id");
        if (term != null) {
            matches = matches.and(s -> HsdsCatalogue.termIds(s).contains(term));
        }
        String taxonomy = ctx.queryParam("taxonomy_id");
        if (taxonomy != null) {
            matches = matches.and(s -> HsdsCatalogue.termIds(s).stream().map(hsds::taxonomyTerm)
                    .anyMatch(t -> t.isPresent() && taxonomy.equals(t.get().path("taxonomy_id").asText())));
        }
        String organization = ctx.queryParam("organization_id");
        if (organization != null) {
            matches = matches.and(s -> organization.equals(s.path("organization_id").asText()));
        }
        boolean full = flag(ctx, "full");
        HsdsPage.send(ctx, filter(hsds.services(), matches).stream().map(s -> full ? s : oneToOne(s)).toList());
    }

    private void organizations(Context ctx) {
        boolean full = flag(ctx, "full");
        boolean fullService = flag(ctx, "full_service");
        HsdsPage.send(ctx, filter(hsds().organizations(), search(ctx)).stream()
                .map(o -> full || fullService ? withServices(o, fullService) : oneToOne(o)).toList());
    }

    private void terms(Context ctx) {
        Predicate<JsonNode> matches = search(ctx);
        String taxonomy = ctx.queryParam("taxonomy_id");
        if (taxonomy != null) {
            matches = matches.and(t -> taxonomy.equals(t.path("taxonomy_id").asText()));
        }
        String parent = ctx.queryParam("parent_id");
        if (parent != null) {
            matches = matches.and(t -> parent.equals(t.path("parent_id").asText()));
        }
        if (flag(ctx, "top_only")) {
            matches = matches.and(t -> !t.hasNonNull("parent_id"));
        }
        HsdsPage.send(ctx, filter(hsds().taxonomyTerms(), matches));
    }

    /** The organization with the services it provides: their id, name and status, or in full. */
    private ObjectNode withServices(ObjectNode organization, boolean fullService) {
        ObjectNode copy = organization.deepCopy();
        ArrayNode services = copy.putArray("services");
        String id = organization.path("id").asText();
        hsds().services().stream().filter(s -> id.equals(s.path("organization_id").asText()))
                .forEach(s -> services.add(fullService ? s : F.objectNode().put("id", s.path("id").asText())
                        .put("name", s.path("name").asText()).put("status", s.path("status").asText())));
        return copy;
    }

    /** Only the one-to-one fields, as the spec's list views hold them. */
    private static ObjectNode oneToOne(ObjectNode entity) {
        ObjectNode copy = F.objectNode();
        entity.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                copy.set(e.getKey(), e.getValue());
            }
        });
        return copy;
    }

    /** {@code search}: a case-insensitive match in name or description; everything when absent. */
    private static Predicate<JsonNode> search(Context ctx) {
        String search = ctx.queryParam("search");
        if (search == null || search.isBlank()) {
            return n -> true;
        }
        String needle = search.toLowerCase(Locale.ROOT);
        return n -> n.path("name").asText().toLowerCase(Locale.ROOT).contains(needle)
                || n.path("description").asText().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static <T extends JsonNode> List<T> filter(List<T> all, Predicate<JsonNode> matches) {
        return all.stream().filter(matches).toList();
    }

    private static boolean flag(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new HttpProblem(400, name + " must be true or false");
    }

    private static ObjectNode found(Optional<ObjectNode> entity, String what) {
        return entity.orElseThrow(() -> new HttpProblem(404, "no " + what + " with this id"));
    }
}
