package nl.dordrecht.triage.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import nl.dordrecht.triage.json.ContractSchema;

/**
 * {@code GET /v1/openapi.json}: an OpenAPI 3.1 document whose schemas are the contract's own (triage-core's
 * {@link ContractSchema}), read at run time, so the document cannot drift from what the service accepts and writes.
 * OpenAPI 3.1 schemas are JSON Schema 2020-12; only the schemas' own {@code $defs} move to {@code components/schemas}
 * (with their {@code $ref}s) so that every OpenAPI tool resolves them.
 */
final class OpenApiDocument {
    private static final String JSON = AdviceEndpoint.JSON;
    private static final String NDJSON = AdviceEndpoint.NDJSON;
    private static final String[] HSDS_PATHS = {"/hsds/services", "/hsds/services/{id}", "/hsds/organizations",
            "/hsds/organizations/{id}", "/hsds/taxonomies", "/hsds/taxonomies/{id}", "/hsds/taxonomy_terms",
            "/hsds/taxonomy_terms/{id}"};

    private OpenApiDocument() {
    }

    static String build(String projectVersion) {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("openapi", "3.1.0").put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
        doc.putObject("info").put("title", "triage").put("version", projectVersion).put("description",
                "Sends a resident's help question to the lowest-threshold offer in the sociale kaart of Dordrecht "
                        + "that still fits (docs/HTTP.md). The schemas are the JSON contract's own.");
        ObjectNode schemas = doc.putObject("components").putObject("schemas");
        schema(schemas, "Question", ContractSchema.QUESTION);
        schema(schemas, "Advice", ContractSchema.ADVICE);
        schema(schemas, "Error", ContractSchema.ERROR);
        ObjectNode paths = doc.putObject("paths");
        advice(paths.putObject("/v1/advice").putObject("post"));
        get(paths, "/v1/openapi.json", "This document.", JSON);
        get(paths, "/v1/version", "rulesetVersion, the project's version and when the rule set was loaded.", JSON);
        get(paths, "/v1/labels", "The Dutch label of every code, the markers' phrases and the wijken.", JSON);
        get(paths, "/health/live", "200 while the process serves requests.", JSON);
        error(get(paths, "/health/ready", "200 once a rule set serves; 503 before.", JSON), "503");
        get(paths, "/", "The intake page for Hulplijn volunteers (Dutch).", "text/html");
        get(paths, "/hsds", "HSDS 3.0 API information.", JSON);
        for (String path : HSDS_PATHS) {
            ObjectNode op = get(paths, path, "HSDS 3.0, as " + HsdsApi.OPENAPI_URL + " defines it.", JSON);
            if (path.endsWith("{id}")) {
                op.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
                        .putObject("schema").put("type", "string");
                error(op, "404");
            }
        }
        return doc.toPrettyString();
    }

    private static void advice(ObjectNode post) {
        post.put("summary", "Advice for one question (JSON), or for a batch (NDJSON: one question a line, "
                + "one advice or error object a line back, in order).");
        ObjectNode body = post.putObject("requestBody").put("required", true).putObject("content");
        body.putObject(JSON).putObject("schema").put("$ref", "#/components/schemas/Question");
        body.putObject(NDJSON).putObject("schema").put("type", "string")
                .put("description", "Questions, one a line; at most " + AdviceEndpoint.MAX_BATCH_QUESTIONS
                        + " questions and " + AdviceEndpoint.MAX_BATCH_BYTES + " bytes.");
        ObjectNode ok = post.putObject("responses").putObject("200").put("description", "The advice.")
                .putObject("content");
        ok.putObject(JSON).putObject("schema").put("$ref", "#/components/schemas/Advice");
        ok.putObject(NDJSON).putObject("schema").put("type", "string")
                .put("description", "One Advice or Error object a line, in the order of the questions.");
        for (String status : new String[] {"400", "408", "413", "415", "500", "503"}) {
            error(post, status);
        }
    }

    private static ObjectNode get(ObjectNode paths, String path, String summary, String type) {
        ObjectNode op = paths.putObject(path).putObject("get").put("summary", summary);
        op.putObject("responses").putObject("200").put("description", summary).putObject("content")
                .putObject(type).putObject("schema").put("type", type.equals(JSON) ? "object" : "string");
        return op;
    }

    private static ObjectNode error(ObjectNode op, String status) {
        ((ObjectNode) op.get("responses")).putObject(status).put("description", "The contract's error object.")
                .putObject("content").putObject(JSON).putObject("schema").put("$ref", "#/components/schemas/Error");
        return op;
    }

    private static void schema(ObjectNode schemas, String name, ContractSchema source) {
        ObjectNode schema;
        try {
            schema = (ObjectNode) Json.MAPPER.readTree(source.text());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        schema.remove("$schema");
        schema.remove("$id");
        JsonNode defs = schema.remove("$defs");
        if (defs != null) {
            defs.fields().forEachRemaining(d -> schemas.set(componentName(d.getKey()), moveRefs(d.getValue())));
        }
        schemas.set(name, moveRefs(schema));
    }

    /** {@code #/$defs/suggestion} becomes {@code #/components/schemas/Suggestion}, everywhere in the tree. */
    private static JsonNode moveRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
                object.put("$ref", "#/components/schemas/" + componentName(ref.asText().substring("#/$defs/".length())));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                moveRefs(it.next().getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiDocument::moveRefs);
        }
        return node;
    }

    static String componentName(String def) {
        return Character.toUpperCase(def.charAt(0)) + def.substring(1);
    }
}
