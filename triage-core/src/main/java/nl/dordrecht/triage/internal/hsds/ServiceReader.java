package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One HSDS service back into the fields of a catalogue offer, in the order of docs/CATALOGUE_FORMAT.md. Values are
 * taken as they come (a threshold of "high" stays "high") so that the catalogue validation, not this reader, says
 * what is wrong with them, naming the offer and field as it does for a hand-written catalogue.
 *
 * <p>A service with attributes of the {@code triage} taxonomy is classified in HSDS, and those attributes are the
 * whole classification. A service without (real data from another HSDS tool) keeps the classification the catalogue
 * already has for it; a new one gets {@code TO_CLASSIFY} in each field an author must still decide. Name,
 * ages, wijken and contact come from HSDS whenever the service gives them ({@link FieldMerge}).
 */
final class ServiceReader {
    /** Fields with one value (the rest, groups and signals, take one attribute per value). */
    private static final Set<String> SINGLE = Set.of("id", "formal", "general", "threshold", "minChildAge",
            "maxChildAge", "capacity", "role", "source", "does", "rationale", "contactSource");
    private static final Set<String> LISTS = Set.of("forGroups", "onlyForGroups", "safetySignals", "channels");
    private static final Set<String> INTEGERS = Set.of("threshold", "minChildAge", "maxChildAge");
    private static final Set<String> REQUIRED_BOOLEANS = Set.of("formal", "general");
    private static final int MAX_AGE = 120;

    private final Function<JsonNode, JsonNode> termOf;
    private final BiConsumer<String, String> problems;
    private final ContactMapper contacts;

    /**
     * {@code termOf} gives an attribute's triage term, or {@code null} when it belongs to another taxonomy;
     * {@code problems} and {@code notes} take a JSON path inside the service and a message.
     */
    ServiceReader(Function<JsonNode, JsonNode> termOf, BiConsumer<String, String> problems, BiConsumer<String, String> notes) {
        this.termOf = termOf;
        this.problems = problems;
        this.contacts = new ContactMapper(notes);
    }

    /**
     * The offer for {@code service}; {@code id} is its catalogue id, {@code known} the offer the catalogue already has
     * under that id (empty for a new one), {@code contactSource} the citation for contact details HSDS gives uncited.
     */
    FieldMerge.Read offer(JsonNode service, String id, Map<String, Object> known, String contactSource) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> topics = new ArrayList<>();
        JsonNode attributes = service.path("attributes");
        for (int i = 0; i < attributes.size(); i++) {
            JsonNode term = termOf.apply(attributes.get(i));
            if (term == null) {
                continue;
            }
            String code = term.path("code").asText();
            if (code.startsWith(TriageTaxonomy.TOPIC)) {
                topics.add(code.substring(TriageTaxonomy.TOPIC.length()));
            } else if (TriageTaxonomy.FIELDS.containsKey(code)) {
                values.computeIfAbsent(code, k -> new ArrayList<>()).add(attributes.get(i).path("value").asText(""));
            } else {
                problems.accept("attributes[" + i + "]", "unknown triage term '" + code + "'");
            }
        }
        values.forEach((field, v) -> {
            if (SINGLE.contains(field) && v.size() > 1) {
                problems.accept("attributes", "attribute " + field + " is given " + v.size() + " times; it takes one value");
            }
        });
        boolean classified = !values.isEmpty() || !topics.isEmpty();
        Map<String, Object> hsds = fields(service, values, topics, known, contactSource);
        hsds.put("id", id);
        Set<String> given = new HashSet<>(hsds.keySet());
        if (service.has("minimum_age")) {
            given.add("minAge");
        }
        if (service.has("maximum_age")) {
            given.add("maxAge");
        }
        return FieldMerge.merge(hsds, given, classified, known);
    }

    /** The offer id a triage attribute gives the service, or {@code null} when it has none. */
    String triageId(JsonNode service) {
        for (JsonNode attribute : service.path("attributes")) {
            JsonNode term = termOf.apply(attribute);
            if (term != null && term.path("code").asText().equals("id")) {
                return attribute.path("value").asText("");
            }
        }
        return null;
    }

    /** Every field the service itself gives, native or attribute. */
    private Map<String, Object> fields(JsonNode service, Map<String, List<String>> values, List<String> topics,
                                       Map<String, Object> known, String contactSource) {
        Map<String, Object> offer = new LinkedHashMap<>();
        if (!service.path("name").asText("").isBlank()) {
            offer.put("name", service.path("name").asText());
        }
        if (!topics.isEmpty()) {
            offer.put("topics", topics);
        }
        age(offer, "minAge", service.get("minimum_age"), 0);
        age(offer, "maxAge", service.get("maximum_age"), MAX_AGE);
        List<String> wijken = wijken(service);
        if (!wijken.isEmpty()) {
            offer.put("neighbourhoods", wijken);
        }
        for (String field : TriageTaxonomy.FIELDS.keySet()) {
            put(offer, field, values);
        }
        List<String> cited = values.get("contactSource");
        contacts.contact(service, cited == null ? null : cited.get(0), known.get("contact"), contactSource)
                .ifPresent(c -> offer.put("contact", c));
        offer.remove("contactSource");
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
            // The default is left out, as in the catalogue file; absent from HSDS is not the same (see offer()).
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
