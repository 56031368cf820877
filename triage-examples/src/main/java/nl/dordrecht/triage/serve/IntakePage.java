package nl.dordrecht.triage.serve;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code GET /}: the Dutch intake page for Hulplijn volunteers, with its script and style sheet. Everything comes from
 * this jar; the Content-Security-Policy lets the page reach nothing but this server, so no CDN and no tracker can
 * creep in, and the page stores nothing.
 */
final class IntakePage {
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    private static final Map<String, String> FILES = Map.of(
            "/", "page/index.html",
            "/intake.js", "page/intake.js",
            "/intake.css", "page/intake.css");

    private IntakePage() {
    }

    static void register(RoutesConfig routes) {
        FILES.forEach((path, resource) -> {
            byte[] bytes = read(resource);
            String type = resource.endsWith(".html") ? "text/html; charset=utf-8"
                    : resource.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            routes.get(path, ctx -> ctx.header("Content-Security-Policy", CSP).contentType(type).result(bytes));
        });
    }

    private static byte[] read(String resource) {
        try (InputStream in = IntakePage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the triage jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
