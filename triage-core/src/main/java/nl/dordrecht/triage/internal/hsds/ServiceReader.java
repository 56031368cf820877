package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One HSDS service back into the fields of a catalogue offer, in the order of docs/CATALOGUE_FORMAT.md. Values are
 * taken as they come (a threshold of "high" stays "high") so that the catalogue validation, not this reader, says
 * what is wrong with them, naming the offer and field as it does for a hand-written catalogue.
 */
final class ServiceReader {
    /** Fields with one value (the rest, groups and signals, take one attribute per value). */
    private static final Set<String> SINGLE = Set.of("id", "formal", "general", "threshold", "minChildAge",
            "maxChildAge", "capacity", "role", "source", "rationale");
    private static final Set<String> LISTS = Set.of("forGroups", "onlyForGroups", "safetySignals", "channels");
    private static final Set<String> INTEGERS = Set.of("threshold", "minChildAge", "maxChildAge");
    private static final Set<String> REQUIRED_BOOLEANS = Set.of("formal", "general");
    private static final int MAX_AGE = 120;

    private final Function<JsonNode, JsonNode> termOf;
    private final Consumer<String> problems;

    /** {@code termOf} gives an attribute's triage term, or {@code null} when it belongs to another taxonomy. */
    ServiceReader(Function<JsonNode, JsonNode> termOf, Consumer<String> problems) {
        this.termOf = termOf;
        this.problems = problems;
    }

    Map<String, Object> offer(JsonNode service) {
        String label = "service '" + service.path("name").asText() + "' (" + service.path("id").asText() + ")";
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> topics = new ArrayList<>();
        for (JsonNode attribute : service.path("attributes")) {
            JsonNode term = termOf.apply(attribute);
            if (term == null) {
                continue;
            }
            String code = term.path("code").asText();
            if (code.startsWith(TriageTaxonomy.TOPIC)) {
                topics.add(code.substring(TriageTaxonomy.TOPIC.length()));
            } else if (TriageTaxonomy.FIELDS.containsKey(code)) {
                values.computeIfAbsent(code, k -> new ArrayList<>()).add(attribute.path("value").asText(""));
            } else {
                problems.accept(label + ": attribute with unknown triage term '" + code + "'");
            }
        }
        values.forEach((field, v) -> {
            if (SINGLE.contains(field) && v.size() > 1) {
                problems.accept(label + ": attribute " + field + " is given " + v.size() + " times; it takes one value");
            }
        });
        Map<String, Object> offer = new LinkedHashMap<>();
        put(offer, "id", values);
        offer.put("name", service.path("name").asText(""));
        put(offer, "formal", values);
        put(offer, "general", values);
        put(offer, "threshold", values);
        offer.put("topics", topics);
        age(offer, "minAge", service.get("minimum_age"), 0);
        age(offer, "maxAge", service.get("maximum_age"), MAX_AGE);
        put(offer, "minChildAge", values);
        put(offer, "maxChildAge", values);
        put(offer, "forGroups", values);
        put(offer, "onlyForGroups", values);
        List<String> wijken = wijken(service);
        if (!wijken.isEmpty()) {
            offer.put("neighbourhoods", wijken);
        }
        for (String field : TriageTaxonomy.FIELDS.keySet()) {
            if (!SINGLE.contains(field) && !LISTS.contains(field)) {
                put(offer, field, values);
            }
        }
        put(offer, "safetySignals", values);
        put(offer, "capacity", values);
        put(offer, "role", values);
        put(offer, "channels", values);
        put(offer, "source", values);
        put(offer, "rationale", values);
        return offer;
    }

    private static void put(Map<String, Object> offer, String field, Map<String, List<String>> values) {
        List<String> v = values.get(field);
        if (v == null || v.isEmpty()) {
            return;
        }
        if (LISTS.contains(field)) {
            offer.put(field, v);
            return;
        }
        String value = v.get(0);
        if (INTEGERS.contains(field) && value.matches("-?\\d{1,9}")) {
            offer.put(field, Integer.parseInt(value));
        } else if (value.equals("true") || value.equals("false")) {
            // A flag at its default (false) is left out, as in the catalogue file; formal/general are required.
            if (value.equals("true") || REQUIRED_BOOLEANS.contains(field)) {
                offer.put(field, Boolean.valueOf(value));
            }
        } else {
            offer.put(field, value);
        }
    }

    private static void age(Map<String, Object> offer, String field, JsonNode age, int absent) {
        if (age == null || age.isNull()) {
            return;
        }
        if (age.isNumber() && age.asDouble() == Math.rint(age.asDouble())) {
            if (age.asInt() != absent) {
                offer.put(field, age.asInt());
            }
        } else {
            offer.put(field, age.asText());
        }
    }

    /** The wijken of its service areas: those linked to a wijk term; the city-wide area has none. */
    private List<String> wijken(JsonNode service) {
        List<String> wijken = new ArrayList<>();
        for (JsonNode area : service.path("service_areas")) {
            for (JsonNode attribute : area.path("attributes")) {
                JsonNode term = termOf.apply(attribute);
                String code = term == null ? "" : term.path("code").asText();
                if (code.startsWith(TriageTaxonomy.WIJK) && !wijken.contains(code.substring(TriageTaxonomy.WIJK.length()))) {
                    wijken.add(code.substring(TriageTaxonomy.WIJK.length()));
                }
            }
        }
        return wijken;
    }
}
