package nl.dordrecht.triage.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.HelpQuestion;

/**
 * One pass over the tokens of a JSON text before it becomes a tree: finds the first thing that makes it unreadable
 * (bad syntax, a repeated name, a second value, input past the parser's limits) and the top-level {@code id}.
 * Jackson's own messages quote the offending token, which may be personal data; these say where, never what.
 */
final class JsonScan {
    /**
     * @param id      the top-level {@code id} when it is a valid correlation id string, else {@code null}
     * @param problem why the text cannot be read, or {@code null} when it can
     */
    record Result(String id, FieldError problem) {
    }

    private final Deque<Set<String>> names = new ArrayDeque<>();
    private int depth;
    private int roots;
    private String id;

    private JsonScan() {
    }

    static Result scan(JsonFactory factory, String json) {
        return new JsonScan().run(factory, json);
    }

    private Result run(JsonFactory factory, String json) {
        JsonParser parser;
        try {
            parser = factory.createParser(json);
        } catch (IOException e) {
            return new Result(null, new FieldError("", "not readable as JSON"));
        }
        // This pass finds repeated names itself, so it can say which one without quoting the parser's message.
        parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try (parser) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                FieldError problem = step(parser, token);
                if (problem != null) {
                    return new Result(id, problem);
                }
            }
            return new Result(id, null);
        } catch (StreamConstraintsException e) {
            return new Result(id, new FieldError("", "goes past the input limits (nesting " + TriageJson.MAX_NESTING
                    + " deep, strings of " + TriageJson.MAX_STRING + " characters, numbers of "
                    + TriageJson.MAX_NUMBER_DIGITS + " digits) " + at(parser.currentLocation())));
        } catch (JsonProcessingException e) {
            return new Result(id, new FieldError("", "not valid JSON " + at(e.getLocation())));
        } catch (IOException e) {
            return new Result(id, new FieldError("", "not readable as JSON"));
        }
    }

    private FieldError step(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            depth--;
            if (token == JsonToken.END_OBJECT) {
                names.pop();
            }
            return null;
        }
        if (token == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (names.peek().add(name)) {
                return null;
            }
            return depth == 1 && FieldNames.isPlain(name)
                    ? new FieldError(name, "appears more than once; give each field once")
                    : new FieldError("", "repeats a field name within one object " + at(parser.currentTokenLocation()));
        }
        if (depth == 0 && roots++ > 0) {
            return new FieldError("", "holds more than one JSON value " + at(parser.currentTokenLocation()));
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            depth++;
            if (token == JsonToken.START_OBJECT) {
                names.push(new HashSet<>());
            }
        } else if (token == JsonToken.VALUE_STRING) {
            // Reading every string applies the parser's length limit here; a skipped string is only checked later.
            String text = parser.getText();
            // Depth 1 inside an object is the top-level object itself: a nested "id" is never taken.
            if (depth == 1 && !names.isEmpty() && "id".equals(parser.currentName()) && HelpQuestion.isValidId(text)) {
                id = text;
            }
        }
        return null;
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : "at line " + location.getLineNr() + ", column "
                + location.getColumnNr();
    }
}
