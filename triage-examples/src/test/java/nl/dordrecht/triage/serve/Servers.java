package nl.dordrecht.triage.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.dordrecht.triage.LiveTriageEngine;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.json.TriageJson;

/** Started servers for the tests, and a java.net.http client for them. One shipped engine serves every test class. */
final class Servers {
    /** The shipped rules, compiled once for all test classes in this JVM (a few seconds). */
    static final LiveTriageEngine ENGINE = TriageEngine.builder().buildLive();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static TriageServer shared;

    private Servers() {
    }

    /** A server on a free port with the shipped rules and default settings, shared by the tests that only read. */
    static synchronized TriageServer shared() {
        if (shared == null) {
            shared = serving(ServerSettings.local(0), ENGINE, RuleSource.dordrecht());
        }
        return shared;
    }

    static TriageServer serving(ServerSettings settings, LiveTriageEngine engine, RuleSource source) {
        TriageServer server = TriageServer.start(settings);
        try {
            server.serve(engine, source);
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        }
        return server;
    }

    /** What the engine in this process says, as JSON: what the server must answer. */
    static String inProcess(String question) {
        return TriageJson.write(ENGINE.advise(TriageJson.readQuestion(question)));
    }

    static URI uri(TriageServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static HttpResponse<String> get(TriageServer server, String path) {
        return send(HttpRequest.newBuilder(uri(server, path)).GET().build());
    }

    static HttpResponse<String> post(TriageServer server, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(server, path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    static HttpResponse<String> advice(TriageServer server, String question) {
        return post(server, "/v1/advice", "application/json", question);
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(CLIENT, request);
    }

    /**
     * Writes {@code request} as it is on a socket of its own and reads the answer (to its Content-Length, or until the
     * server closes), for what an HTTP client will not send: headers without their body.
     */
    static String rawExchange(TriageServer server, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; !complete(answer.toString(StandardCharsets.UTF_8)) && (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(answer);
        return length.find() && answer.getBytes(StandardCharsets.UTF_8).length >= end + 4 + Integer.parseInt(length.group(1));
    }

    /**
     * On a connection of its own: for a request the server refuses before reading its body (413), whose connection
     * it then closes, so that no other test's request is sent on a connection already closed.
     */
    static HttpResponse<String> sendAlone(HttpRequest request) {
        return send(HttpClient.newHttpClient(), request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
