package nl.dordrecht.triage.internal.hsds;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Catalogue ids for imported services: the triage {@code id} attribute when the service has one, else one made from
 * its name ("Community Counselling" gives {@code community-counselling}), the same on every import so a merge finds
 * the offer again. Two services that would get the same id are numbered.
 */
final class OfferIds {
    private final Set<String> used = new HashSet<>();

    /** {@code notes} hears when an id was made rather than given. */
    String idFor(String triageId, String name, String serviceId, Consumer<String> notes) {
        if (triageId != null) {
            used.add(triageId);
            return triageId;
        }
        String base = slug(name);
        if (base.isEmpty()) {
            base = "service-" + slug(serviceId);
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        notes.accept("no triage id attribute: offer id '" + id + "' made from the name");
        return id;
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
