package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.dordrecht.triage.Topic;

/**
 * The {@code triage} taxonomy of docs/HSDS.md: the terms an HSDS export uses for what HSDS has no field for.
 * Term codes are {@code topic:MONEY}, {@code lifeDomain:ADMINISTRATION}, {@code wijk:Krispijn}, and for every other
 * catalogue field its own name ({@code threshold}, {@code formal}, ...), the attribute's value holding the value.
 */
public final class TriageTaxonomy {
    public static final String NAME = "triage";
    public static final String URI = "urn:nl-dordrecht:triage:taxonomy";
    static final String TOPIC = "topic:";
    static final String LIFE_DOMAIN = "lifeDomain:";
    static final String WIJK = "wijk:";

    /** Catalogue fields carried as attributes (docs/CATALOGUE_FORMAT.md), each with the meaning its term states. */
    static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("id", "Stable catalogue id of the offer (lower-case words joined by '-').");
        FIELDS.put("formal", "true: run by professionals; false: by residents or volunteers.");
        FIELDS.put("general", "true: general offer, free access; false: specific knowledge or offer.");
        FIELDS.put("threshold", "Base threshold 1..5 on the DOMAIN.md ladder (1 informal general .. 5 Sociaal Wijkteam).");
        FIELDS.put("minChildAge", "For offers to parents: youngest child age served (0..17).");
        FIELDS.put("maxChildAge", "For offers to parents: oldest child age served (0..17).");
        FIELDS.put("forGroups", "A group it specialises in (a plus, not a condition); one attribute per group.");
        FIELDS.put("onlyForGroups", "A group it is exclusively for (a condition); one attribute per group.");
        FIELDS.put("meetingPlace", "true: a place where residents meet (inloop, shared meals).");
        FIELDS.put("outreach", "true: comes to the door (home visits, door-to-door).");
        FIELDS.put("digitalOnly", "true: only reachable online.");
        FIELDS.put("sharesData", "true: shares information with benefits agencies or youth protection.");
        FIELDS.put("cultureSensitive", "true: works culture-sensitively or in the resident's language.");
        FIELDS.put("handlesLimitedDutch", "true: face-to-face help that works with limited Dutch.");
        FIELDS.put("handlesLowLiteracy", "true: face-to-face help that works with low literacy.");
        FIELDS.put("noIntake", "true: walk in, no forms or intake.");
        FIELDS.put("anonymous", "true: can be used anonymously.");
        FIELDS.put("signpost", "true: refers onward rather than being the help itself.");
        FIELDS.put("smallInitiative", "true: a small residents' initiative with too little capacity to reach vulnerable families.");
        FIELDS.put("role", "The part it plays in the rules: TAILORED_CARE, SOCIAL_BROKER, HELPLINE, NEWCOMER_GUIDANCE, CLIENT_SUPPORT, STEPPING_STONE, DIGITAL_HELP, OUTREACH_TEAM, MINIMA_PASS, INTENSIVE_GUIDANCE.");
        FIELDS.put("channels", "Where a question surfaces that it is present at (SCHOOL, GP, ...); one attribute per channel.");
        FIELDS.put("safetySignals", "A safety signal it takes (Veilig Thuis, 112, 113); one attribute per signal.");
        FIELDS.put("capacity", "NORMAL or UNDER_PRESSURE.");
        FIELDS.put("source", "The seed passage the offer comes from, 'S<n> §section' (or DOMAIN).");
        FIELDS.put("does", "What the offer does for the resident, one plain-Dutch sentence a helper can read aloud.");
        FIELDS.put("rationale", "Why a judgement call was made, one line.");
        FIELDS.put("contactSource", "The seed passage the contact details (phones, url, email, schedule, address) come from.");
    }

    /** Plain-Dutch names for the topics, after S1 Tabel 1, for term names and the report. */
    private static final Map<Topic, String> TOPIC_NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(Topic.PARENTING, "Opvoeding en ontwikkeling"), Map.entry(Topic.LONELINESS, "Eenzaamheid en ontmoeting"),
            Map.entry(Topic.MONEY, "Inkomen en rondkomen"), Map.entry(Topic.DEBTS, "Schulden"), Map.entry(Topic.LETTERS_AND_FORMS, "Brieven en formulieren"),
            Map.entry(Topic.HEALTH, "Leefstijl en gezondheid"), Map.entry(Topic.MENTAL_HEALTH, "Psychische gezondheid"),
            Map.entry(Topic.LANGUAGE, "Taal"), Map.entry(Topic.WORK_EDUCATION, "Werk en ontwikkeling"),
            Map.entry(Topic.HOUSING, "Wonen"), Map.entry(Topic.NEIGHBOURS, "Buren en overlast"),
            Map.entry(Topic.INTEGRATION, "Inburgering"), Map.entry(Topic.ELDERLY, "Ouderen"),
            Map.entry(Topic.CAREGIVING, "Mantelzorg"), Map.entry(Topic.PRACTICAL_HELP, "Praktische hulp"),
            Map.entry(Topic.RELATIONSHIPS, "Relaties en scheiding"), Map.entry(Topic.LEGAL, "Juridische vragen"),
            Map.entry(Topic.PARTICIPATION, "Meedoen")));

    private TriageTaxonomy() {
    }

    public static String topicName(Topic topic) {
        return TOPIC_NAMES.get(topic);
    }

    /**
     * A stable UUID (name-based, version 3) for an entity, so the same catalogue always exports the same ids and two
     * exports diff line by line.
     */
    static String uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes(("triage:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static ObjectNode taxonomy() {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        t.put("id", uuid("taxonomy", NAME)).put("name", NAME)
                .put("description", "Terms of the Dordrecht triage catalogue: topics, life domains, wijken and the "
                        + "catalogue fields HSDS has no place for (docs/HSDS.md).")
                .put("uri", URI).put("version", "1");
        return t;
    }

    /** A term of this taxonomy; {@code parentCode} is {@code null} for top-level terms. */
    static ObjectNode term(String code, String name, String description, String parentCode) {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        t.put("id", uuid("term", code)).put("code", code).put("name", name).put("description", description);
        if (parentCode != null) {
            t.put("parent_id", uuid("term", parentCode));
        }
        t.put("taxonomy", NAME).put("taxonomy_id", uuid("taxonomy", NAME));
        return t;
    }

    static ObjectNode topicTerm(Topic topic, String lifeDomain) {
        // The life domain as parent carries the catalogue's lifeDomains in HSDS's own hierarchy.
        return term(TOPIC + topic.name(), topicName(topic), "Topic " + topic.name() + " of the triage contract.",
                LIFE_DOMAIN + lifeDomain).put("language", "nl");
    }

    static ObjectNode fieldTerm(String field) {
        return term(field, field, FIELDS.get(field), null);
    }

    static ObjectNode wijkTerm(String wijk) {
        return term(WIJK + wijk, wijk, "Wijk " + wijk + " in Dordrecht.", null);
    }
}
