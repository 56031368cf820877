package nl.dordrecht.triage.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.dordrecht.triage.LiveTriageEngine;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.serve.ServerSettings;
import nl.dordrecht.triage.serve.TriageServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code triage serve}: the decision service over HTTP, with the volunteers' intake page (docs/HTTP.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves advice over HTTP (POST /v1/advice, GET /v1/openapi.json, the HSDS read API under /hsds/)",
                "and the intake page for Hulplijn volunteers at /, until stopped (SIGTERM or Ctrl-C: requests in",
                "flight finish first). See docs/HTTP.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped", "1:the rules or catalogue cannot be used, or the port cannot be bound"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = ServerSettings.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--watch", description = "Reload the rules and catalogue when they change (with --rules, --catalogue).")
    boolean watch;

    @Option(names = "--watch-interval", paramLabel = "SECONDS", description = "How often --watch looks (default: ${DEFAULT-VALUE}).")
    int watchSeconds = 2;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "A web origin whose pages may call the API (repeatable); none by default, so no CORS headers.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--access-log", description = "One line a request on stderr: method, path, status, time (never content).")
    boolean accessLog;

    @Mixin
    EngineOptions engineOptions;

    @ParentCommand
    TriageCommand streams;

    @Override
    public Integer call() throws Exception {
        RuleSource source = engineOptions.source();
        ServerSettings settings = ServerSettings.local(port).withHost(host).withCorsOrigins(corsOrigins)
                .withAccessLog(accessLog ? streams.err : null);
        TriageServer server = TriageServer.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "triage-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        LiveTriageEngine engine;
        try {
            engine = TriageEngine.builder().rules(source).buildLive();
            server.serve(engine, source);
        } catch (Exception e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            server.close();
            throw e;
        }
        if (watch) {
            server.watch(Duration.ofSeconds(Math.max(1, watchSeconds)));
        }
        streams.out.println("triage serve: http://" + host + ":" + server.port() + "/ rule set " + engine.rulesetVersion()
                + (watch ? " (watching)" : ""));
        stopped.await();
        return 0;
    }
}
