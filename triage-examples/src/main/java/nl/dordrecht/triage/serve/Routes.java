package nl.dordrecht.triage.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import nl.dordrecht.triage.Labels;

/** Every endpoint of the service (docs/HTTP.md), and the headers that go with all of them. */
final class Routes {
    /** The project's version, as {@code triage --version} prints it. */
    static final String PROJECT_VERSION = nl.dordrecht.triage.cli.VersionText.release();
    private static final String OPENAPI = OpenApiDocument.build(PROJECT_VERSION);

    private Routes() {
    }

    static void register(RoutesConfig routes, ServedRules rules) {
        routes.before(ctx -> {
            // Nothing the service answers may be kept by a browser or a proxy: an advice is about a person.
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Content-Type-Options", "nosniff");
        });
        IntakePage.register(routes);
        routes.post("/v1/advice", new AdviceEndpoint(rules));
        routes.get("/v1/openapi.json", ctx -> Json.send(ctx, OPENAPI));
        routes.get("/health/live", ctx -> Json.send(ctx, Json.MAPPER.createObjectNode().put("status", "live")));
        routes.get("/health/ready", ctx -> Json.send(ctx, Json.MAPPER.createObjectNode().put("status", "ready")
                .put("rulesetVersion", rules.current().version())));
        routes.get("/v1/version", ctx -> version(ctx, rules.current()));
        routes.get("/v1/labels", ctx -> labels(ctx, rules));
        new HsdsApi(rules).register(routes);
    }

    private static void version(Context ctx, ServedRules.Serving serving) {
        Json.send(ctx, Json.MAPPER.createObjectNode().put("rulesetVersion", serving.version())
                .put("version", PROJECT_VERSION).put("loadedAt", serving.loadedAt().toString()));
    }

    /**
     * Everything a form needs to show codes to people: labels, the markers' phrases, and from the serving catalogue
     * its wijken and what each known gap means.
     */
    private static void labels(Context ctx, ServedRules rules) {
        ServedRules.Serving serving = rules.current();
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("labels", Json.MAPPER.valueToTree(Labels.all()));
        out.set("phrases", Json.MAPPER.valueToTree(Labels.phrases()));
        serving.engine().neighbourhoods().forEach(out.putArray("neighbourhoods")::add);
        out.set("gaps", Json.MAPPER.valueToTree(serving.hsds().gaps()));
        Json.send(ctx, out);
    }
}
