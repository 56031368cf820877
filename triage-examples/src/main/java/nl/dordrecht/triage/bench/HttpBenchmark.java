package nl.dordrecht.triage.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.LiveTriageEngine;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.json.TriageJson;
import nl.dordrecht.triage.serve.ServerSettings;
import nl.dordrecht.triage.serve.TriageServer;

/**
 * The HTTP path against the same advice in process, in one run (BENCHMARKS.md "HTTP"): 2 client threads, each sending
 * the scenario mix one question after another for a fixed time, and the same 2 threads calling the engine directly
 * with the same JSON in and out. A load generator, not JMH: what is measured is a server on a socket, with a real
 * client, and that is timed per request. Usage: {@code java -cp triage.jar nl.dordrecht.triage.bench.HttpBenchmark
 * [WARMUP_SECONDS MEASURE_SECONDS]}.
 */
public final class HttpBenchmark {
    private static final int THREADS = 2;

    private HttpBenchmark() {
    }

    /** Latencies in nanoseconds and the time they took, from one phase. */
    private record Phase(String name, long[] latencies, double seconds) {
        double perSecond() {
            return latencies.length / seconds;
        }

        double percentileMicros(double p) {
            return latencies[(int) Math.min(latencies.length - 1, Math.floor(p * latencies.length))] / 1_000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        long warmup = args.length > 0 ? Long.parseLong(args[0]) : 10;
        long measure = args.length > 1 ? Long.parseLong(args[1]) : 20;
        LiveTriageEngine engine = TriageEngine.builder().buildLive();
        List<String> questions = questions(engine);
        try (TriageServer server = TriageServer.start(ServerSettings.local(0))) {
            server.serve(engine, RuleSource.dordrecht());
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/advice");
            Call inProcess = q -> TriageJson.write(engine.advise(TriageJson.readQuestion(q)));
            Call http = overHttp(uri);
            run("in-process", inProcess, questions, warmup);
            Phase direct = run("in-process", inProcess, questions, measure);
            run("http", http, questions, warmup);
            Phase served = run("http", http, questions, measure);
            System.out.printf("%d questions in the mix, %d client threads, %d s measured each%n", questions.size(),
                    THREADS, measure);
            System.out.printf("%-12s %10s %10s %10s%n", "path", "req/s", "p50 µs", "p99 µs");
            for (Phase p : List.of(direct, served)) {
                System.out.printf("%-12s %10.0f %10.1f %10.1f%n", p.name(), p.perSecond(), p.percentileMicros(0.50),
                        p.percentileMicros(0.99));
            }
            System.out.printf("http / in-process: throughput %.2f, p50 %.2f, p99 %.2f%n",
                    served.perSecond() / direct.perSecond(), served.percentileMicros(0.5) / direct.percentileMicros(0.5),
                    served.percentileMicros(0.99) / direct.percentileMicros(0.99));
        }
    }

    /** One advice for a question's JSON, as its JSON. */
    private interface Call {
        String advise(String question) throws Exception;
    }

    /** One client per thread, over HTTP/1.1 with keep-alive, as an app in another language would call it. */
    private static Call overHttp(URI uri) {
        ThreadLocal<HttpClient> clients = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build());
        return q -> {
            HttpResponse<String> response = clients.get().send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(q)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            return response.body();
        };
    }

    private static Phase run(String name, Call call, List<String> questions, long seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t * questions.size() / THREADS;
            Callable<long[]> client = () -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                int blackhole = 0;
                for (long now = System.nanoTime(); now < end; ) {
                    String q = questions.get((offset + n) % questions.size());
                    blackhole += call.advise(q).length();
                    long after = System.nanoTime();
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = after - now;
                    now = after;
                }
                return blackhole == 42 ? new long[0] : Arrays.copyOf(latencies, n);
            };
            results.add(pool.submit(client));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> r : results) {
            all.add(r.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Phase(name, latencies, elapsed);
    }

    /** The scenario mix as JSON, as a caller sends it; questions the engine rejects are left out. */
    private static List<String> questions(TriageEngine engine) {
        List<String> questions = new ArrayList<>();
        for (Scenario scenario : ScenarioMix.scenarios()) {
            try {
                engine.advise(TriageJson.readQuestion(scenario.questionJson()));
                questions.add(scenario.questionJson());
            } catch (InvalidQuestionException e) {
                // error handling, not advice
            }
        }
        return questions;
    }
}
