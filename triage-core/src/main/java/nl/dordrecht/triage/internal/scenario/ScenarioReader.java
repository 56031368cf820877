package nl.dordrecht.triage.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.StrictYaml;

/**
 * Reads scenario files: YAML lists of {@code name}, {@code source}, {@code question} (the JSON contract, written as
 * YAML) and {@code expect}. See docs/RULE_AUTHORING.md.
 */
public final class ScenarioReader {
    private static final Set<String> FIELDS = Set.of("name", "source", "question", "expect");
    private static final Set<String> EXPECTATIONS = Set.of("primary", "route", "handover", "signals", "gaps",
            "suggested", "notSuggested", "explanationMentions", "explanationDoesNotMention", "reasons", "notReasons", "exercises");

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    /** Every scenario in the files, or the problems that make them unreadable. */
    public record Result(List<Scenario> scenarios, List<Problem> problems) {
    }

    public static Result read(List<SourceFile> files) {
        ScenarioReader reader = new ScenarioReader();
        List<Scenario> scenarios = new ArrayList<>();
        files.forEach(f -> scenarios.addAll(reader.read(f)));
        return new Result(scenarios, reader.problems);
    }

    private List<Scenario> read(SourceFile file) {
        List<Scenario> scenarios = new ArrayList<>();
        StrictYaml.Result yaml = StrictYaml.read(file);
        if (yaml.problem() != null) {
            problems.add(yaml.problem());
            return scenarios;
        }
        JsonNode root = yaml.root();
        if (root == null || !root.isArray()) {
            problems.add(new Problem(file.name(), 1, 1, "a scenario file is a YAML list of scenarios"));
            return scenarios;
        }
        for (JsonNode node : root) {
            String name = node.path("name").asText("");
            int line = lineOf(file.content(), name);
            List<String> errors = new ArrayList<>();
            node.fieldNames().forEachRemaining(f -> {
                if (!FIELDS.contains(f)) {
                    errors.add("unknown field '" + f + "'; known: " + FIELDS);
                }
            });
            JsonNode expect = node.path("expect");
            expect.fieldNames().forEachRemaining(f -> {
                if (!EXPECTATIONS.contains(f)) {
                    errors.add("unknown expectation '" + f + "'; known: " + EXPECTATIONS);
                }
            });
            if (name.isBlank()) {
                errors.add("every scenario needs a name");
            } else if (!names.add(name)) {
                errors.add("another scenario has this name");
            }
            if (node.path("source").asText("").isBlank()) {
                errors.add("field source: cite the seed passage the scenario comes from");
            }
            if (!node.path("question").isObject()) {
                errors.add("field question: missing");
            }
            if (!expect.isObject() || expect.isEmpty()) {
                errors.add("field expect: say what the advice must show");
            }
            if (!errors.isEmpty()) {
                errors.forEach(e -> problems.add(new Problem(file.name(), line, 1, "scenario '" + name + "': " + e)));
                continue;
            }
            scenarios.add(new Scenario(file.name(), line, name, node.path("source").asText(), node.get("question").toString(),
                    list(expect, "primary"), text(expect, "route"), text(expect, "handover"), list(expect, "signals"),
                    list(expect, "gaps"), list(expect, "suggested"), list(expect, "notSuggested"),
                    list(expect, "explanationMentions"), list(expect, "explanationDoesNotMention"),
                    perOffer(expect, "reasons"), perOffer(expect, "notReasons"), list(expect, "exercises")));
        }
        return scenarios;
    }

    private static String text(JsonNode expect, String field) {
        return expect.has(field) ? expect.get(field).asText() : null;
    }

    /** A list, or a single value as a list of one; {@code null} when absent. */
    private static List<String> list(JsonNode expect, String field) {
        JsonNode node = expect.get(field);
        if (node == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }

    /** A map of offer id to a list (or a single value); {@code null} when absent. */
    private static Map<String, List<String>> perOffer(JsonNode expect, String field) {
        JsonNode node = expect.get(field);
        if (node == null) {
            return null;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(id -> values.put(id, list(node, id)));
        return values;
    }

    private static int lineOf(String content, String name) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.startsWith("- name:") && line.substring(7).trim().replace("\"", "").equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }
}
