package nl.dordrecht.triage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.fact.OfferSpec;
import nl.dordrecht.triage.fact.Role;

/** Reads and checks the {@code offers} of a catalogue; every problem names the offer id and the field. */
final class OfferReader {
    private static final Set<String> FIELDS = Set.of("id", "name", "formal", "general", "threshold", "topics",
            "minAge", "maxAge", "minChildAge", "maxChildAge", "forGroups", "onlyForGroups", "neighbourhoods",
            "meetingPlace", "outreach", "digitalOnly", "sharesData", "cultureSensitive", "handlesLimitedDutch",
            "handlesLowLiteracy", "noIntake", "anonymous", "signpost", "role", "channels", "smallInitiative", "safetySignals", "capacity", "source", "does", "rationale", "contact");
    private static final int MAX_AGE = 120;
    private static final int MAX_CHILD_AGE = 17;

    private final CatalogueReader reader;
    private final Set<String> sources;
    private final Set<String> neighbourhoods;
    private final Set<String> drafts = new LinkedHashSet<>();
    private final Set<String> unclassified = new HashSet<>();
    private String entry;
    private String pointer;

    OfferReader(CatalogueReader reader, Set<String> sources, Set<String> neighbourhoods) {
        this.reader = reader;
        this.sources = sources;
        this.neighbourhoods = neighbourhoods;
    }

    List<Offer> readAll(JsonNode offers) {
        List<Offer> result = new ArrayList<>();
        if (!offers.isArray() || offers.isEmpty()) {
            reader.problem(reader.line("/offers"), "offers: must list at least one offer");
            return result;
        }
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < offers.size(); index++) {
            JsonNode node = offers.get(index);
            String id = node.path("id").asText("");
            entry = id.isEmpty() ? "offers[" + index + "]" : "offer " + id;
            pointer = "/offers/" + index;
            markUnclassified(node, id);
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problem("id", id.isEmpty() ? "missing" : "must be lower-case words joined by '-'");
            } else if (!ids.add(id)) {
                problem("id", "duplicate id; every offer needs its own");
            }
            node.fieldNames().forEachRemaining(f -> {
                if (!FIELDS.contains(f)) {
                    problem(f, "unknown field; known fields: " + FIELDS.stream().sorted().toList());
                }
            });
            result.add(new Offer(spec(node, id)));
        }
        return result;
    }

    /** One problem per field a draft still marks; the field's other checks then keep quiet. */
    private void markUnclassified(JsonNode node, String id) {
        unclassified.clear();
        node.fields().forEachRemaining(f -> {
            if (Unclassified.is(f.getValue())) {
                unclassified.add(f.getKey());
                reader.problem(reader.line(pointer + "/" + f.getKey()),
                        entry + ": field " + f.getKey() + ": " + Unclassified.MESSAGE);
            }
        });
        if (!unclassified.isEmpty()) {
            drafts.add(id.isEmpty() ? entry : id);
        }
    }

    /** The offers (by id) that still have fields marked {@link Unclassified#MARKER}, in file order. */
    Set<String> drafts() {
        return drafts;
    }

    private OfferSpec spec(JsonNode n, String id) {
        String name = text(n, "name", true);
        int threshold = integer(n, "threshold", 0, 1, Offer.TAILORED_CARE, true);
        Set<Topic> topics = codes(n, "topics", Topic.class);
        if (topics.isEmpty()) {
            problem("topics", "must list at least one topic it serves");
        }
        int minAge = integer(n, "minAge", 0, 0, MAX_AGE, false);
        int maxAge = integer(n, "maxAge", MAX_AGE, 0, MAX_AGE, false);
        if (minAge > maxAge) {
            problem("minAge", "impossible age range " + minAge + "-" + maxAge);
        }
        Integer minChild = n.has("minChildAge") ? integer(n, "minChildAge", 0, 0, MAX_CHILD_AGE, false) : null;
        Integer maxChild = n.has("maxChildAge") ? integer(n, "maxChildAge", 0, 0, MAX_CHILD_AGE, false) : null;
        if ((minChild == null) != (maxChild == null)) {
            problem(minChild == null ? "minChildAge" : "maxChildAge", "give both minChildAge and maxChildAge, or neither");
        } else if (minChild != null && minChild > maxChild) {
            problem("minChildAge", "impossible child age range " + minChild + "-" + maxChild);
        }
        Set<String> wijken = new LinkedHashSet<>();
        int item = 0;
        for (JsonNode w : array(n, "neighbourhoods")) {
            if (!neighbourhoods.contains(w.asText())) {
                problem("neighbourhoods/" + item, "unknown wijk '" + w.asText() + "'; known: " + neighbourhoods);
            }
            wijken.add(w.asText());
            item++;
        }
        String capacity = n.path("capacity").asText("NORMAL");
        if (!capacity.equals("NORMAL") && !capacity.equals("UNDER_PRESSURE")) {
            problem("capacity", "must be NORMAL or UNDER_PRESSURE, not '" + capacity + "'");
        }
        String source = n.path("source").asText("");
        if (!unclassified.contains("source")) {
            reader.checkSource(reader.line(pointer + "/source"), entry, "source", source, sources);
        }
        ContactReader.Result contact = ContactReader.read(n.get("contact"), this::problem);
        if (contact.source() != null) {
            reader.checkSource(reader.line(pointer + "/contact/source"), entry, "contact.source", contact.source(), sources);
        }
        return new OfferSpec(id, name, bool(n, "formal", true), bool(n, "general", true), threshold, topics, minAge,
                maxAge, minChild, maxChild, codes(n, "forGroups", Group.class), codes(n, "onlyForGroups", Group.class),
                wijken, bool(n, "meetingPlace", false), bool(n, "outreach", false), bool(n, "digitalOnly", false),
                bool(n, "sharesData", false), bool(n, "cultureSensitive", false), bool(n, "handlesLimitedDutch", false),
                bool(n, "handlesLowLiteracy", false), bool(n, "noIntake", false), bool(n, "anonymous", false),
                bool(n, "signpost", false), role(n), codes(n, "channels", Channel.class), bool(n, "smallInitiative", false),
                codes(n, "safetySignals", SafetySignal.class), capacity.equals("UNDER_PRESSURE"), source,
                n.path("does").asText(null), n.path("rationale").asText(null), contact.contact(), contact.source());
    }

    private Role role(JsonNode n) {
        if (!n.has("role")) {
            return null;
        }
        Role role = Codes.parse(Role.class, n.get("role").asText());
        if (role == null) {
            problem("role", "unknown role '" + n.get("role").asText() + "'; known: " + Codes.names(Role.class));
        }
        return role;
    }

    private String text(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) {
                problem(field, "missing");
            }
            return "";
        }
        if (!v.isTextual()) {
            problem(field, "must be text");
        }
        return v.asText();
    }

    private boolean bool(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null) {
            if (required) {
                problem(field, "missing (true or false)");
            }
            return false;
        }
        if (!v.isBoolean()) {
            problem(field, "must be true or false, not '" + v.asText() + "'");
        }
        return v.asBoolean();
    }

    private int integer(JsonNode n, String field, int absent, int min, int max, boolean required) {
        JsonNode v = n.get(field);
        if (v == null) {
            if (required) {
                problem(field, "missing (a whole number from " + min + " to " + max + ")");
            }
            return absent;
        }
        if (!v.isInt() || v.asInt() < min || v.asInt() > max) {
            problem(field, "must be a whole number from " + min + " to " + max + ", not '" + v.asText() + "'");
            return absent;
        }
        return v.asInt();
    }

    private Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            problem(field, "must be a list, e.g. [A, B]");
            return List.of();
        }
        return v;
    }

    private <E extends Enum<E>> Set<E> codes(JsonNode n, String field, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        int item = 0;
        for (JsonNode v : array(n, field)) {
            E code = Codes.parse(type, v.asText());
            if (code == null) {
                problem(field + "/" + item, "unknown " + type.getSimpleName().toLowerCase() + " code '" + v.asText()
                        + "'; known: " + Codes.names(type));
            } else {
                set.add(code);
            }
            item++;
        }
        return set;
    }

    /**
     * A problem with a field, at the field's own line; {@code field} is its path inside the offer ({@code topics/2},
     * {@code contact/url}). A field still marked for classification has its one problem already.
     */
    private void problem(String field, String message) {
        if (!unclassified.contains(field.split("/", 2)[0])) {
            String named = field.replaceFirst("/\\d+$", "").replace('/', '.');
            reader.problem(reader.line(pointer + "/" + field), entry + ": field " + named + ": " + message);
        }
    }
}
