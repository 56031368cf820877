package nl.dordrecht.triage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/advice} through a real HTTP client: answers, batches and every way a request can be wrong. */
class AdviceEndpointTest {
    private static final String MONEY = "{\"id\":\"q-1\",\"topics\":[\"MONEY\"],\"reluctance\":[\"SHAME\"],\"age\":41}";
    private static TriageServer server;
    private static JsonSchema advice;
    private static JsonSchema error;

    @BeforeAll
    static void start() {
        server = Servers.shared();
        JsonNode openApi = OpenApiSchemas.served(server);
        advice = OpenApiSchemas.schema(openApi, "Advice");
        error = OpenApiSchemas.schema(openApi, "Error");
    }

    @Test
    void aQuestionGetsTheEnginesAdvice() {
        HttpResponse<String> response = Servers.advice(server, MONEY);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).isEqualTo(Servers.inProcess(MONEY));
        JsonNode node = OpenApiSchemas.assertValid(advice, response.body());
        assertThat(node.path("id").asText()).isEqualTo("q-1");
        assertThat(node.path("primary").path("reasons")).isNotEmpty();
    }

    @Test
    void aSafetySignalEscalatesOverHttpAsInProcess() {
        String question = "{\"topics\":[\"RELATIONSHIPS\"],\"safetySignals\":[\"DOMESTIC_VIOLENCE\"]}";
        HttpResponse<String> response = Servers.advice(server, question);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(OpenApiSchemas.parse(response.body()).path("route").asText()).isEqualTo("SAFETY_ESCALATION");
        assertThat(response.body()).isEqualTo(Servers.inProcess(question));
    }

    @Test
    void theDocumentsSchemasDoCatchAWrongAdvice() {
        JsonNode node = OpenApiSchemas.parse(Servers.inProcess(MONEY));
        ((com.fasterxml.jackson.databind.node.ObjectNode) node.path("primary")).remove("reasons");
        assertThat(advice.validate(node)).isNotEmpty();
        assertThat(error.validate(OpenApiSchemas.parse("{\"errors\":[{\"field\":1}]}"))).isNotEmpty();
    }

    @Test
    void anInvalidQuestionGets400WithTheFieldNamed() {
        HttpResponse<String> response = Servers.advice(server, "{\"id\":\"q-2\",\"topics\":[\"MONY\"]}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = OpenApiSchemas.assertValid(error, response.body());
        assertThat(body.path("id").asText()).isEqualTo("q-2");
        assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("topics[0]");
    }

    @Test
    void anUnknownFieldIsRejectedAsInTheContractAndNotEchoed() {
        HttpResponse<String> response = Servers.advice(server, "{\"topics\":[\"MONEY\"],\"name\":\"Jan Jansen\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        OpenApiSchemas.assertValid(error, response.body());
        assertThat(response.body()).contains("\"field\":\"name\"").doesNotContain("Jansen");
    }

    @Test
    void anUnknownWijkIs400() {
        HttpResponse<String> response = Servers.advice(server, "{\"topics\":[\"MONEY\"],\"neighbourhood\":\"Atlantis\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(OpenApiSchemas.assertValid(error, response.body()).path("errors").get(0).path("field").asText())
                .isEqualTo("neighbourhood");
    }

    @Test
    void aBatchGetsOneAnswerALineInOrder() {
        String batch = "{\"id\":\"b1\",\"topics\":[\"MONEY\"]}\n\n{\"id\":\"b2\",\"topics\":[]}\r\n"
                + "{\"id\":\"b3\",\"topics\":[\"LONELINESS\"],\"age\":80}\n";
        HttpResponse<String> response = Servers.post(server, "/v1/advice", "application/x-ndjson", batch);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(Servers.inProcess("{\"id\":\"b1\",\"topics\":[\"MONEY\"]}"));
        assertThat(OpenApiSchemas.assertValid(error, lines.get(1)).path("id").asText()).isEqualTo("b2");
        assertThat(lines.get(2)).isEqualTo(Servers.inProcess("{\"id\":\"b3\",\"topics\":[\"LONELINESS\"],\"age\":80}"));
    }

    @Test
    void aBatchLineOverTheQuestionCapGetsAnErrorInItsPlace() {
        String huge = "{\"topics\":[\"MONEY\"],\"id\":\"" + "x".repeat(AdviceEndpoint.MAX_QUESTION_BYTES) + "\"}";
        HttpResponse<String> response = Servers.post(server, "/v1/advice", "application/x-ndjson",
                huge + "\n{\"id\":\"after\",\"topics\":[\"MONEY\"]}\n");
        List<String> lines = response.body().lines().toList();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("longer than " + AdviceEndpoint.MAX_QUESTION_BYTES + " bytes");
        assertThat(OpenApiSchemas.parse(lines.get(1)).path("id").asText()).isEqualTo("after");
    }

    @Test
    void aBatchOverTheQuestionCapIs413() {
        String batch = IntStream.rangeClosed(0, AdviceEndpoint.MAX_BATCH_QUESTIONS)
                .mapToObj(i -> "{\"topics\":[\"MONEY\"]}").collect(Collectors.joining("\n"));
        HttpResponse<String> response = Servers.post(server, "/v1/advice", "application/x-ndjson", batch);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(OpenApiSchemas.assertValid(error, response.body()).toString()).contains("at most 1000 questions");
    }

    @Test
    void aQuestionOverTheCapIs413() {
        String big = "{\"topics\":[\"MONEY\"]}" + " ".repeat(AdviceEndpoint.MAX_QUESTION_BYTES);
        HttpResponse<String> response = post("application/json", HttpRequest.BodyPublishers.ofString(big));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(OpenApiSchemas.assertValid(error, response.body()).toString()).contains("larger than 65536 bytes");
    }

    @Test
    void tenMegabytesAreRefusedWith413FromTheirLength() throws IOException {
        // Only the headers are sent: the 413 must come from the declared length alone. (With the body, a client still
        // writing 10 MB when the server answers and closes may see a reset instead of the answer: RequestBody.)
        String response = Servers.rawExchange(server, "POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-ndjson\r\nContent-Length: " + 10 * 1024 * 1024 + "\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 413");
        OpenApiSchemas.assertValid(error, response.substring(response.indexOf("\r\n\r\n") + 4));
    }

    @Test
    void aChunkedBodyWithoutLengthIsCutAtTheCap() {
        // ofInputStream sends no Content-Length: the server must count the bytes itself.
        byte[] bytes = ("{\"topics\":[\"MONEY\"]}" + " ".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post("application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void anEmptyBodyIs400() {
        HttpResponse<String> response = Servers.advice(server, "");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(OpenApiSchemas.assertValid(error, response.body()).toString()).contains("empty request body");
    }

    @Test
    void aBodyThatIsNotUtf8Is400() {
        HttpResponse<String> response = post("application/json",
                HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xC3, '}'}));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid UTF-8");
    }

    @Test
    void aWrongOrMissingContentTypeIs415() {
        assertThat(Servers.post(server, "/v1/advice", "text/plain", MONEY).statusCode()).isEqualTo(415);
        assertThat(Servers.post(server, "/v1/advice", "application/x-www-form-urlencoded", MONEY).statusCode())
                .isEqualTo(415);
        HttpResponse<String> none = Servers.send(HttpRequest.newBuilder(Servers.uri(server, "/v1/advice"))
                .POST(HttpRequest.BodyPublishers.ofString(MONEY)).build());
        assertThat(none.statusCode()).isEqualTo(415);
        OpenApiSchemas.assertValid(error, none.body());
        // A charset parameter is fine.
        assertThat(Servers.post(server, "/v1/advice", "application/json; charset=utf-8", MONEY).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongMethodIs405AndAnUnknownPath404() {
        HttpResponse<String> get = Servers.get(server, "/v1/advice");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        OpenApiSchemas.assertValid(error, get.body());
        HttpResponse<String> delete = Servers.send(HttpRequest.newBuilder(Servers.uri(server, "/v1/labels")).DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(405);
        HttpResponse<String> unknown = Servers.get(server, "/v2/advice");
        assertThat(unknown.statusCode()).isEqualTo(404);
        OpenApiSchemas.assertValid(error, unknown.body());
    }

    @Test
    void noCorsHeadersUnlessConfigured() {
        HttpResponse<String> response = Servers.send(HttpRequest.newBuilder(Servers.uri(server, "/v1/advice"))
                .header("Content-Type", "application/json").header("Origin", "https://elsewhere.example")
                .POST(HttpRequest.BodyPublishers.ofString(MONEY)).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    /** A request the server may refuse before reading its body, so on a connection of its own. */
    private static HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body) {
        return Servers.sendAlone(HttpRequest.newBuilder(Servers.uri(server, "/v1/advice"))
                .header("Content-Type", contentType).POST(body).build());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = AdviceEndpointTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> contractQuestions() throws IOException {
        return resource("/contract/questions.jsonl").lines().filter(l -> !l.isBlank()).toList();
    }
}
