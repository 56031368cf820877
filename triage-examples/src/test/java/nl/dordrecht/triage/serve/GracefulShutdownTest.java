package nl.dordrecht.triage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.RuleSource;
import org.junit.jupiter.api.Test;

/** A stop lets the requests in flight finish and takes no new ones: in process, and for SIGTERM to {@code triage serve}. */
class GracefulShutdownTest {
    /** Questions sent before SIGTERM, and again after it: 40 KB in all. */
    private static final int HALF = 500;
    private static final String QUESTION = "{\"id\":\"in-flight\",\"topics\":[\"MONEY\"]}";

    @Test
    void requestsInFlightFinishWhenTheServerStops() throws Exception {
        CountDownLatch entered = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        WrappedEngine slow = WrappedEngine.held(entered, release);
        TriageServer server = Servers.serving(ServerSettings.local(0), slow, RuleSource.dordrecht());
        int port = server.port();
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inFlight.add(Servers.CLIENT.sendAsync(HttpRequest.newBuilder(Servers.uri(server, "/v1/advice"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(QUESTION)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        Thread stopping = new Thread(server::close);
        stopping.start();
        assertThat(refusesConnections(port)).as("no new connections while stopping").isTrue();
        // Longer than a stop lets a silent connection live (TriageServer.SHUTDOWN_IDLE): these are working, not silent.
        Thread.sleep(TriageServer.SHUTDOWN_IDLE.toMillis() + 2_000);
        assertThat(stopping.isAlive()).as("the stop waits for the requests in flight").isTrue();
        release.countDown();
        stopping.join(30_000);
        assertThat(stopping.isAlive()).isFalse();
        for (CompletableFuture<HttpResponse<String>> response : inFlight) {
            assertThat(response.get().statusCode()).isEqualTo(200);
            assertThat(response.get().body()).isEqualTo(Servers.inProcess(QUESTION));
        }
    }

    @Test
    void sigtermLetsABatchStillUploadingFinish() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.dordrecht.triage.cli.TriageCommand", "serve", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            int port = announcedPort(process);
            PipedOutputStream upload = new PipedOutputStream();
            PipedInputStream body = new PipedInputStream(upload, 1 << 16);
            // HTTP/1.1 as a plain client would speak it, with no h2c upgrade in the way of a streamed body.
            CompletableFuture<HttpResponse<String>> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .build().sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/advice"))
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            byte[] line = (QUESTION + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < HALF; i++) {
                upload.write(line);
            }
            upload.flush();
            Thread.sleep(500); // the request is in: headers and half its body
            process.destroy(); // SIGTERM
            // The upload goes on at once, as a client's would: a stop closes a connection silent for 3 s.
            assertThat(refusesConnections(port)).as("no new connections after SIGTERM").isTrue();
            for (int i = 0; i < HALF; i++) {
                upload.write(line);
            }
            upload.close();
            HttpResponse<String> answered = response.get(60, TimeUnit.SECONDS);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            List<String> lines = answered.body().lines().toList();
            assertThat(lines).hasSize(2 * HALF).allSatisfy(l -> assertThat(l).isEqualTo(Servers.inProcess(QUESTION)));
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    /** The port that {@code triage serve --port 0} says it listens on, once it is ready. */
    private static int announcedPort(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Pattern announced = Pattern.compile("triage serve: http://127\\.0\\.0\\.1:(\\d+)/ .*");
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = announced.matcher(line);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("triage serve ended without saying where it listens");
    }

    /** Whether the port refuses a new connection within 20 seconds. */
    private static boolean refusesConnections(int port) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                Thread.sleep(100);
            } catch (IOException refused) {
                return true;
            }
        }
        return false;
    }
}
