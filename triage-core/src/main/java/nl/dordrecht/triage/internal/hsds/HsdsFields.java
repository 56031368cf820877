package nl.dordrecht.triage.internal.hsds;

import java.util.Map;

/** The HSDS field (a JSON path inside the service) that a catalogue field is imported from (docs/HSDS.md). */
final class HsdsFields {
    private static final Map<String, String> NATIVE = Map.of("name", "name", "minAge", "minimum_age",
            "maxAge", "maximum_age", "neighbourhoods", "service_areas", "contact.url", "url", "contact.email", "email",
            "contact.phone", "phones[0].number", "contact.hours", "schedules[0].description",
            "contact.address", "service_at_locations[0].location.addresses[0]");

    private HsdsFields() {
    }

    /** {@code minAge} gives {@code minimum_age}; a classification field its triage attribute, {@code topics} the topic terms. */
    static String of(String catalogueField) {
        if (NATIVE.containsKey(catalogueField)) {
            return NATIVE.get(catalogueField);
        }
        if (catalogueField.equals("topics")) {
            return "attributes (triage terms topic:*)";
        }
        String attribute = catalogueField.equals("contact.source") ? "contactSource" : catalogueField;
        return "attributes (triage term " + attribute + ")";
    }
}
