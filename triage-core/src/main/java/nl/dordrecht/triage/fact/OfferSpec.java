package nl.dordrecht.triage.fact;

import java.util.Set;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Contact;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Topic;

/**
 * The data of one catalogue entry, exactly the fields of the catalogue file (docs/CATALOGUE_FORMAT.md).
 * {@code minChildAge}/{@code maxChildAge} are {@code null} for offers that are not about children of an age band;
 * {@code role} is {@code null} for an offer that plays no named part in the rules. {@code contact} is
 * {@link Contact#NONE} when the catalogue knows none, and {@code contactSource} (the seed it comes from) then {@code null}.
 */
public record OfferSpec(String id, String name, boolean formal, boolean general, int threshold, Set<Topic> topics,
                        int minAge, int maxAge, Integer minChildAge, Integer maxChildAge, Set<Group> forGroups,
                        Set<Group> onlyForGroups, Set<String> neighbourhoods, boolean meetingPlace, boolean outreach,
                        boolean digitalOnly, boolean sharesData, boolean cultureSensitive, boolean handlesLimitedDutch,
                        boolean handlesLowLiteracy, boolean noIntake, boolean anonymous, boolean signpost, Role role, Set<Channel> channels, boolean smallInitiative,
                        Set<SafetySignal> safetySignals,
                        boolean underPressure, String source, String does, String rationale, Contact contact, String contactSource) {
    public OfferSpec {
        contact = contact == null ? Contact.NONE : contact;
        topics = Set.copyOf(topics);
        forGroups = Set.copyOf(forGroups);
        onlyForGroups = Set.copyOf(onlyForGroups);
        neighbourhoods = Set.copyOf(neighbourhoods);
        safetySignals = Set.copyOf(safetySignals);
        channels = Set.copyOf(channels);
    }
}
