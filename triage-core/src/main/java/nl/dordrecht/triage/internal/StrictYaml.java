package nl.dordrecht.triage.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;

/**
 * Reads the catalogue and scenario files as plain data. YAML lets a repeated key silently replace the first one (a
 * second {@code offers:} would drop every offer above it), and Jackson turns an alias into the anchor's name as a
 * string and ignores tags; each of these is a problem at its file and line instead. It also keeps the line of every
 * key and list item, so a reader reports a wrong value at its own line, not at the start of its entry.
 */
public final class StrictYaml {
    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * The file's tree, or the first problem that makes it unusable; {@code lines} maps the JSON pointer of each key
     * and list item ({@code /offers/3/threshold}) to its line.
     */
    public record Result(JsonNode root, Problem problem, Map<String, Integer> lines) {
        public Result {
            lines = Map.copyOf(lines);
        }

        /** The line of a key or list item, e.g. {@code line("/offers/3/threshold")}; 0 when the file has none. */
        public int line(String pointer) {
            return lines.getOrDefault(pointer, 0);
        }
    }

    private final SourceFile file;
    private final Deque<Set<String>> keys = new ArrayDeque<>();
    private final YamlPaths paths = new YamlPaths();

    private StrictYaml(SourceFile file) {
        this.file = file;
    }

    public static Result read(SourceFile file) {
        return new StrictYaml(file).read();
    }

    private Result read() {
        try {
            Problem problem = scan();
            return problem != null ? failed(problem) : new Result(YAML.readTree(file.content()), null, paths.lines());
        } catch (JsonProcessingException e) {
            return failed(problem(e.getLocation(), "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return failed(new Problem(file.name(), 0, 0, "not readable: " + e.getMessage()));
        }
    }

    private static Result failed(Problem problem) {
        return new Result(null, problem, Map.of());
    }

    /** The first repeated key, anchor, alias or tag; {@code null} when there is none. */
    private Problem scan() throws IOException {
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(file.content())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonLocation at = parser.currentTokenLocation();
                paths.token(token, parser.currentName(), at.getLineNr());
                if (parser.isCurrentAlias()) {
                    return problem(at, "an alias (*" + parser.getText() + ") is not allowed: write the value out in full");
                }
                if (parser.getObjectId() != null) {
                    return problem(at, "an anchor (&" + parser.getObjectId() + ") is not allowed: write each value out in full");
                }
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY
                        && parser.getTypeId() != null) {
                    return problem(at, "a tag (!...) is not allowed: write plain values");
                }
                if (token == JsonToken.START_OBJECT) {
                    keys.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    keys.pop();
                } else if (token == JsonToken.FIELD_NAME && !keys.peek().add(parser.currentName())) {
                    return problem(at, "key '" + parser.currentName() + "' appears twice in one mapping; "
                            + "the second would silently replace the first");
                }
            }
        }
        return null;
    }

    private Problem problem(JsonLocation at, String message) {
        int line = at == null ? 0 : at.getLineNr();
        return new Problem(file.name(), Math.max(line, 0), line > 0 ? Math.max(at.getColumnNr(), 1) : 0, message);
    }
}
