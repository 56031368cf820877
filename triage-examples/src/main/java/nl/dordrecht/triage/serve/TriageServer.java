package nl.dordrecht.triage.serve;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.dordrecht.triage.LiveTriageEngine;
import nl.dordrecht.triage.RuleSource;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The triage decision service over HTTP (docs/HTTP.md): the advice, its OpenAPI document, health, version, labels,
 * the HSDS read API and the volunteers' intake page, on Javalin and Jetty. It listens from {@link #start} and is
 * ready once {@link #serve} gave it a rule set. Thread-safe.
 */
public final class TriageServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TriageServer.class);
    /** Below this many bytes a second a request body is abandoned with 408 (a slow client holds a worker). */
    static final long MIN_REQUEST_DATA_RATE = 256;
    /** How long a request may wait for a worker before it gets 503. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    /** During a stop, how long a connection may send nothing before it is closed. */
    static final Duration SHUTDOWN_IDLE = Duration.ofSeconds(3);
    private static final int JETTY_THREADS = 6;
    /** Marks a response that already says why (a 404 for an unknown HSDS id), so the generic 404 leaves it be. */
    private static final String ANSWERED = "triage.answered";

    private final Javalin app;
    private final ServedRules rules;

    private TriageServer(Javalin app, ServedRules rules) {
        this.app = app;
        this.rules = rules;
    }

    /** Starts listening; advice answers 503 until {@link #serve} is called. */
    public static TriageServer start(ServerSettings settings) {
        ServedRules rules = new ServedRules(Clock.systemUTC());
        Javalin app = Javalin.create(config -> configure(config, settings, rules));
        app.start();
        return new TriageServer(app, rules);
    }

    /** Starts advising with {@code engine}, built from {@code source} (the HSDS API reads its catalogue). */
    public void serve(LiveTriageEngine engine, RuleSource source) throws IOException {
        rules.serve(engine, source);
    }

    /** Reloads the rules every {@code interval} with the engine's atomic reload; requests in flight are unaffected. */
    public void watch(Duration interval) {
        rules.watch(interval);
    }

    /** The port listened on (the one chosen when the settings said 0). */
    public int port() {
        return app.port();
    }

    public boolean ready() {
        return rules.ready();
    }

    /** Stops accepting connections, lets requests in flight finish (up to the stop timeout), then stops. */
    @Override
    public void close() {
        app.stop();
        rules.close();
    }

    private static void configure(JavalinConfig config, ServerSettings settings, ServedRules rules) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = AdviceEndpoint.MAX_BATCH_BYTES;
        // Jetty's threads beyond the workers: acceptor and selectors.
        QueuedThreadPool pool = new QueuedThreadPool(settings.threads() + JETTY_THREADS, JETTY_THREADS);
        pool.setName("triage-serve");
        config.jetty.threadPool = pool;
        config.jetty.modifyServer(server -> {
            // Jetty's own graceful stop: no new requests, and those in flight finish within the stop timeout.
            GracefulHandler graceful = new GracefulHandler();
            graceful.setShutdownIdleTimeout(SHUTDOWN_IDLE.toMillis());
            server.setHandler(graceful);
            server.setStopTimeout(settings.stopTimeout().toMillis());
            // The bounded pool: at most `threads` requests at work, a bounded number waiting (suspended, holding no
            // thread) and none waiting longer than MAX_WAIT; beyond that 503 at once, not an ever longer queue.
            QoSHandler admission = new QoSHandler();
            admission.setMaxRequestCount(settings.threads());
            admission.setMaxSuspendedRequestCount(ServerSettings.QUEUE_CAPACITY);
            admission.setMaxSuspend(MAX_WAIT);
            graceful.setHandler(admission);
        });
        config.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(settings.idleTimeout().toMillis());
            http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
            http.setSendServerVersion(false);
        });
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(settings.host());
            connector.setPort(settings.port());
            connector.setIdleTimeout(settings.idleTimeout().toMillis());
            // Once a stop begins, a connection that sends nothing for this long is closed: an idle keep-alive one
            // soon, while a request still uploading its body gets a little longer than Jetty's 1 s to go on.
            connector.setShutdownIdleTimeout(SHUTDOWN_IDLE.toMillis());
            return connector;
        });
        List<String> origins = settings.corsOrigins();
        if (!origins.isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(origins.get(0),
                    origins.subList(1, origins.size()).toArray(String[]::new))));
        }
        if (settings.accessLog() != null) {
            // Method, path, status and time only: never a query string, header or body, which may hold a question.
            config.requestLogger.http((ctx, ms) -> settings.accessLog().printf(Locale.ROOT, "%s %s %d %.1fms%n",
                    ctx.method(), ctx.path(), ctx.statusCode(), ms));
        }
        Routes.register(config.routes, rules);
        config.routes.exception(HttpProblem.class, (e, ctx) -> {
            ctx.attribute(ANSWERED, true);
            Json.error(ctx, e.status(), e.getMessage());
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            // Only the type: a message may quote the request.
            LOG.error("internal error {}", e.getClass().getName());
            Json.error(ctx, 500, "internal error");
        });
        config.routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                Json.error(ctx, 404, "no such endpoint: see /v1/openapi.json");
            }
        });
        config.routes.error(405, ctx -> Json.error(ctx, 405, "method not allowed here: see /v1/openapi.json"));
    }
}
