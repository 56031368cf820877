package nl.dordrecht.triage.internal.hsds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dordrecht.triage.internal.Unclassified;

/**
 * Which value each field of an imported offer takes (docs/HSDS.md, Merging). Name, ages, wijken and contact are
 * HSDS's whenever the service gives them: the curator keeps those. The classification is HSDS's when the service
 * carries triage attributes, else the catalogue's, so a curator's tool never undoes an author's work; a new,
 * unclassified service gets {@link Unclassified#MARKER} where an author must still decide.
 */
final class FieldMerge {
    /** The catalogue's field order (docs/CATALOGUE_FORMAT.md). */
    private static final List<String> ORDER = List.of("id", "name", "does", "formal", "general", "threshold", "topics", "minAge",
            "maxAge", "minChildAge", "maxChildAge", "forGroups", "onlyForGroups", "neighbourhoods", "meetingPlace",
            "outreach", "digitalOnly", "sharesData", "cultureSensitive", "handlesLimitedDutch", "handlesLowLiteracy",
            "noIntake", "anonymous", "signpost", "smallInitiative", "safetySignals", "capacity", "role", "channels",
            "source", "rationale", "contact");
    /** What an author must decide for a service HSDS does not classify (the ages only when HSDS gives none). */
    private static final Set<String> TO_CLASSIFY = Set.of("formal", "general", "threshold", "topics", "minAge", "maxAge", "source");
    /** The catalogue fields HSDS has a field of its own for; the rest is classification. */
    private static final Set<String> NATIVE = Set.of("id", "name", "minAge", "maxAge", "neighbourhoods", "contact");

    /** One service read: the offer's fields in file order, and whether it is a draft (has fields marked to classify). */
    record Read(Map<String, Object> offer, boolean draft) {
    }

    private FieldMerge() {
    }

    /**
     * @param hsds       the fields the service gives
     * @param given      the native fields the service has, also those at their default and so not in {@code hsds}
     * @param classified whether the service carries triage attributes
     * @param known      the catalogue's offer with the same id; empty for a new one
     */
    static Read merge(Map<String, Object> hsds, Set<String> given, boolean classified, Map<String, Object> known) {
        Map<String, Object> offer = new LinkedHashMap<>();
        boolean draft = false;
        for (String field : ORDER) {
            boolean fromHsds = NATIVE.contains(field) ? given.contains(field) : classified;
            Object value = fromHsds ? hsds.get(field) : known.get(field);
            if (value == null && !fromHsds && known.isEmpty() && TO_CLASSIFY.contains(field)) {
                value = field.equals("topics") ? List.of(Unclassified.MARKER) : Unclassified.MARKER;
                draft = true;
            }
            if (value != null) {
                offer.put(field, value);
            }
        }
        return new Read(offer, draft);
    }
}
