package nl.dordrecht.triage;

import java.util.List;
import java.util.Optional;

/**
 * One offer suggested to the resident.
 *
 * @param offerId   the stable catalogue id, e.g. {@code financieel-hulphuis}
 * @param threshold the personal threshold after the rules' adjustments: 0 (none, emergency) to 6; the base ladder runs
 *                  from 1 (informal, general) to 5 (Sociaal Wijkteam)
 * @param reasons   why this offer, in plain Dutch, one line per rule that spoke about it
 * @param contact   how to reach it, as far as the catalogue knows; empty when it knows nothing
 */
public record Suggestion(String offerId, String name, int threshold, boolean formal, boolean general, boolean outreach,
                         List<String> reasons, Optional<Contact> contact) {
    public Suggestion {
        reasons = List.copyOf(reasons);
        contact = contact == null ? Optional.empty() : contact.filter(c -> !c.isEmpty());
    }
}
