package nl.dordrecht.triage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.dordrecht.triage.Labels;
import nl.dordrecht.triage.RuleSource;
import org.junit.jupiter.api.Test;

/** Health, version, labels, and the server's manners: readiness, failures, CORS, the access log, slow clients, load. */
class ServiceEndpointsTest {
    private final TriageServer server = Servers.shared();

    @Test
    void healthAndVersionSayWhatServes() {
        assertThat(Servers.get(server, "/health/live").body()).isEqualTo("{\"status\":\"live\"}");
        HttpResponse<String> ready = Servers.get(server, "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(OpenApiSchemas.parse(ready.body()).path("rulesetVersion").asText()).isEqualTo(Servers.ENGINE.rulesetVersion());
        JsonNode version = OpenApiSchemas.parse(Servers.get(server, "/v1/version").body());
        assertThat(version.path("rulesetVersion").asText()).isEqualTo(Servers.ENGINE.rulesetVersion());
        assertThat(version.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(Instant.parse(version.path("loadedAt").asText())).isBefore(Instant.now());
    }

    @Test
    void labelsAreTheOneSourceAndTheCataloguesWijken() {
        JsonNode labels = OpenApiSchemas.parse(Servers.get(server, "/v1/labels").body());
        assertThat(labels.path("labels")).isEqualTo(OpenApiSchemas.JSON.valueToTree(Labels.all()));
        assertThat(labels.path("phrases").path("NORMALISED").asText()).contains("Dit hoort nu eenmaal bij mijn leven");
        List<String> wijken = new ArrayList<>();
        labels.path("neighbourhoods").forEach(w -> wijken.add(w.asText()));
        assertThat(wijken).isEqualTo(Servers.ENGINE.neighbourhoods()).contains("Krispijn");
        assertThat(labels.path("gaps").path("DEBT_ADVICE_CAPACITY").asText()).contains("schulden");
    }

    @Test
    void liveButNotReadyUntilARuleSetServes() {
        try (TriageServer starting = TriageServer.start(ServerSettings.local(0))) {
            assertThat(Servers.get(starting, "/health/live").statusCode()).isEqualTo(200);
            assertThat(Servers.get(starting, "/health/ready").statusCode()).isEqualTo(503);
            HttpResponse<String> advice = Servers.advice(starting, "{\"topics\":[\"MONEY\"]}");
            assertThat(advice.statusCode()).isEqualTo(503);
            assertThat(advice.body()).contains("not ready");
            assertThat(Servers.get(starting, "/hsds/services").statusCode()).isEqualTo(503);
        }
    }

    @Test
    void anEngineFailureIs500WithTheContractsErrorAndTheQuestionsId() {
        WrappedEngine failing = new WrappedEngine(Servers.ENGINE, q -> {
            throw new IllegalStateException("boom with the question's content");
        });
        try (TriageServer broken = Servers.serving(ServerSettings.local(0), failing, RuleSource.dordrecht())) {
            HttpResponse<String> response = Servers.advice(broken, "{\"id\":\"q-9\",\"topics\":[\"MONEY\"]}");
            assertThat(response.statusCode()).isEqualTo(500);
            JsonNode body = OpenApiSchemas.parse(response.body());
            assertThat(body.path("id").asText()).isEqualTo("q-9");
            assertThat(body.path("errors").get(0).path("message").asText()).isEqualTo(AdviceEndpoint.INTERNAL_ERROR_MESSAGE);
            assertThat(response.body()).doesNotContain("boom").doesNotContain("Exception");
        }
    }

    @Test
    void corsOnlyForTheConfiguredOrigin() {
        ServerSettings settings = ServerSettings.local(0).withCorsOrigins(List.of("https://intake.dordrecht.example"));
        try (TriageServer cors = Servers.serving(settings, Servers.ENGINE, RuleSource.dordrecht())) {
            HttpResponse<String> allowed = Servers.send(HttpRequest.newBuilder(Servers.uri(cors, "/v1/labels"))
                    .header("Origin", "https://intake.dordrecht.example").GET().build());
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://intake.dordrecht.example");
            HttpResponse<String> other = Servers.send(HttpRequest.newBuilder(Servers.uri(cors, "/v1/labels"))
                    .header("Origin", "https://elsewhere.example").GET().build());
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void theAccessLogHasMethodPathStatusAndNoQuestionContent() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ServerSettings settings = ServerSettings.local(0).withAccessLog(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (TriageServer logged = Servers.serving(settings, Servers.ENGINE, RuleSource.dordrecht())) {
            Servers.advice(logged, "{\"id\":\"caller-77\",\"topics\":[\"DEBTS\"],\"neighbourhood\":\"Krispijn\",\"age\":33}");
            Servers.advice(logged, "{\"id\":\"caller-78\",\"topics\":[\"DEBTS\"],\"wrong\":\"Jan Jansen\"}");
            Servers.get(logged, "/hsds/services?search=schulden");
        }
        String lines = log.toString(StandardCharsets.UTF_8);
        assertThat(lines).contains("POST /v1/advice 200").contains("POST /v1/advice 400").contains("GET /hsds/services 200");
        assertThat(lines).doesNotContain("caller-7").doesNotContain("DEBTS").doesNotContain("Krispijn")
                .doesNotContain("Jansen").doesNotContain("schulden");
    }

    @Test
    void aClientThatStopsSendingItsBodyGets408() throws IOException {
        ServerSettings settings = ServerSettings.local(0).withIdleTimeout(Duration.ofSeconds(1));
        try (TriageServer strict = Servers.serving(settings, Servers.ENGINE, RuleSource.dordrecht());
             Socket socket = new Socket("127.0.0.1", strict.port())) {
            // A raw socket: no HTTP client lets a test promise 100 bytes and send 10.
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/advice HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"topics\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
            assertThat(response).startsWith("HTTP/1.1 408");
        }
    }

    @Test
    void aClientThatSendsItsBodyByTheDropGets408() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            byte[] body = ("{\"topics\":[\"MONEY\"]}" + " ".repeat(2_000)).getBytes(StandardCharsets.US_ASCII);
            out.write(("POST /v1/advice HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                // 50 bytes a second, below the server's minimum of 256: a slowloris holding a worker.
                for (byte b : body) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(20);
                }
            } catch (IOException closedByTheServer) {
                // expected: the server gave up on this body and said so
            }
            String response = new String(socket.getInputStream().readNBytes(200), StandardCharsets.US_ASCII);
            assertThat(response).startsWith("HTTP/1.1 408");
        }
    }

    @Test
    void whenEveryWorkerIsBusyARequestWaitsBrieflyThen503() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WrappedEngine busy = WrappedEngine.held(entered, release);
        ServerSettings one = new ServerSettings(ServerSettings.DEFAULT_HOST, 0, List.of(), 1, Duration.ofSeconds(30),
                Duration.ofSeconds(30), null);
        try (TriageServer server = Servers.serving(one, busy, RuleSource.dordrecht())) {
            CompletableFuture<HttpResponse<String>> first = Servers.CLIENT.sendAsync(HttpRequest.newBuilder(
                    Servers.uri(server, "/v1/advice")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"topics\":[\"MONEY\"]}")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
            // The one worker is busy: this request waits its turn (TriageServer.MAX_WAIT) and is then refused.
            assertThat(Servers.get(server, "/health/live").statusCode()).isEqualTo(503);
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(Servers.get(server, "/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void concurrentRequestsEachGetTheirOwnAdvice() throws Exception {
        List<String> questions = AdviceEndpointTest.contractQuestions();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String question = questions.get(i % questions.size());
                results.add(clients.submit(() -> {
                    HttpResponse<String> response = Servers.advice(server, question);
                    return response.statusCode() == 200 && response.body().equals(Servers.inProcess(question));
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
