package nl.dordrecht.triage.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.json.TriageJson;

/** JSON responses, always UTF-8 bytes (JSON has no other encoding), and the contract's error object. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static void send(Context ctx, JsonNode body) {
        send(ctx, body.toString());
    }

    static void send(Context ctx, String json) {
        ctx.contentType(AdviceEndpoint.JSON).result(json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code error.schema.json} with one error for the request itself (field ""). */
    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        send(ctx, TriageJson.write(new InvalidQuestionException(null, List.of(new FieldError("", message)))));
    }
}
