package nl.dordrecht.triage.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.json.TriageJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /v1/advice}: one question as JSON, or a batch as NDJSON, one advice or error object a line, in order. */
final class AdviceEndpoint implements Handler {
    /** Far above any valid question (a few hundred bytes), as on the command line; stops hostile input early. */
    static final int MAX_QUESTION_BYTES = 64 * 1024;
    /** A batch's cap: at most this many questions, and this many bytes in all. */
    static final int MAX_BATCH_QUESTIONS = 1_000;
    static final int MAX_BATCH_BYTES = 4 * 1024 * 1024;
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    static final String INTERNAL_ERROR_MESSAGE = "internal error: the engine could not advise this question; "
            + "it was not the question's fault";
    private static final Logger LOG = LoggerFactory.getLogger(AdviceEndpoint.class);

    private final ServedRules rules;

    AdviceEndpoint(ServedRules rules) {
        this.rules = rules;
    }

    @Override
    public void handle(Context ctx) {
        String type = mediaType(ctx.contentType());
        if (JSON.equals(type)) {
            String body = RequestBody.read(ctx, MAX_QUESTION_BYTES);
            Answer answer = answer(rules.engine(), body);
            ctx.status(answer.status());
            Json.send(ctx, answer.json());
        } else if (NDJSON.equals(type)) {
            String body = RequestBody.read(ctx, MAX_BATCH_BYTES);
            ctx.contentType(NDJSON).result(batch(rules.engine(), body).getBytes(StandardCharsets.UTF_8));
        } else {
            throw new HttpProblem(415, "Content-Type must be " + JSON + " (one question) or " + NDJSON + " (a batch)");
        }
    }

    /** The media type without parameters such as charset, in lower case; null when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String batch(TriageEngine engine, String body) {
        List<String> lines = body.lines().filter(line -> !line.isBlank()).toList();
        if (lines.size() > MAX_BATCH_QUESTIONS) {
            throw new HttpProblem(413, "a batch holds at most " + MAX_BATCH_QUESTIONS + " questions");
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String json = line.getBytes(StandardCharsets.UTF_8).length > MAX_QUESTION_BYTES
                    ? TriageJson.write(new InvalidQuestionException(null, List.of(new FieldError("",
                            "question longer than " + MAX_QUESTION_BYTES + " bytes"))))
                    : answer(engine, line).json();
            out.append(json).append('\n');
        }
        return out.toString();
    }

    /** An advice (200) or an error object (400 for the question's fault, 500 for ours), never an exception. */
    record Answer(String json, int status) {
    }

    static Answer answer(TriageEngine engine, String text) {
        HelpQuestion question = null;
        try {
            question = TriageJson.readQuestion(text);
            return new Answer(TriageJson.write(engine.advise(question)), 200);
        } catch (InvalidQuestionException e) {
            return new Answer(TriageJson.write(e), 400);
        } catch (RuntimeException e) {
            // Only the exception's type and place: its message may quote the question.
            StackTraceElement[] frames = e.getStackTrace();
            LOG.error("internal error {}{}", e.getClass().getName(), frames.length > 0 ? " at " + frames[0] : "");
            return new Answer(TriageJson.write(new InvalidQuestionException(question == null ? null : question.id(),
                    List.of(new FieldError("", INTERNAL_ERROR_MESSAGE)))), 500);
        }
    }
}
