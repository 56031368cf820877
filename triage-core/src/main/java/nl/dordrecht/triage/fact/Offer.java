package nl.dordrecht.triage.fact;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Contact;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Topic;
import org.kie.api.definition.type.ClassReactive;

/**
 * One offer in the sociale kaart, as the catalogue file describes it. Immutable; shared by all calls.
 * Getters (not record accessors) because DRL constraints such as {@code offer.general} read bean properties.
 * Class reactive: no rule modifies an offer, so Drools need not work out which properties a constraint such as
 * {@code servesAnyOf( $question.topics )} reads (and warns at every build that it cannot).
 */
@ClassReactive
public final class Offer {
    /** Base threshold of access to tailored care (the Sociaal Wijkteam), the top of the DOMAIN.md ladder. */
    public static final int TAILORED_CARE = 5;
    /**
     * The oldest age of an offer made for young people: the jongerenwerk's young adults (S2 §6.1) go to 23, the Dordtse
     * Helden's newcomers to 27, the usual upper bound of "jongeren" in Dutch youth and participation policy.
     */
    public static final int YOUTH_MAX_AGE = 27;
    /** The age from which a resident is an adult. */
    public static final int ADULT_AGE = 18;

    private final OfferSpec spec;
    private final Set<Topic> topics;
    private final Set<Group> forGroups;
    private final Set<Group> onlyForGroups;
    private final Set<SafetySignal> safetySignals;
    private final Optional<Contact> contact;

    public Offer(OfferSpec spec) {
        this.spec = spec;
        this.topics = copy(Topic.class, spec.topics());
        this.forGroups = copy(Group.class, spec.forGroups());
        this.onlyForGroups = copy(Group.class, spec.onlyForGroups());
        this.safetySignals = copy(SafetySignal.class, spec.safetySignals());
        this.contact = spec.contact().isEmpty() ? Optional.empty() : Optional.of(spec.contact());
    }

    public String getId() { return spec.id(); }
    public String getName() { return spec.name(); }
    public boolean isFormal() { return spec.formal(); }
    public boolean isGeneral() { return spec.general(); }
    public int getThreshold() { return spec.threshold(); }
    public Set<Topic> getTopics() { return topics; }
    public int getMinAge() { return spec.minAge(); }
    public int getMaxAge() { return spec.maxAge(); }
    public boolean isForParentsOfChildAged() { return spec.minChildAge() != null; }
    public int getMinChildAge() { return spec.minChildAge() == null ? 0 : spec.minChildAge(); }
    public int getMaxChildAge() { return spec.maxChildAge() == null ? 17 : spec.maxChildAge(); }
    public Set<Group> getForGroups() { return forGroups; }
    public Set<Group> getOnlyForGroups() { return onlyForGroups; }
    public boolean isExclusive() { return !onlyForGroups.isEmpty(); }
    public Set<String> getNeighbourhoods() { return spec.neighbourhoods(); }
    public boolean isCityWide() { return spec.neighbourhoods().isEmpty(); }
    public boolean isMeetingPlace() { return spec.meetingPlace(); }
    public boolean isOutreach() { return spec.outreach(); }
    public boolean isDigitalOnly() { return spec.digitalOnly(); }
    public boolean isSharesData() { return spec.sharesData(); }
    public boolean isCultureSensitive() { return spec.cultureSensitive(); }
    public boolean isHandlesLimitedDutch() { return spec.handlesLimitedDutch(); }
    public boolean isHandlesLowLiteracy() { return spec.handlesLowLiteracy(); }
    public boolean isNoIntake() { return spec.noIntake(); }
    public boolean isAnonymous() { return spec.anonymous(); }
    /** A signpost refers onward (Hulplijn, sociaal makelaar) rather than being the help itself. */
    public boolean isSignpost() { return spec.signpost(); }
    public Set<SafetySignal> getSafetySignals() { return safetySignals; }
    public boolean isUnderPressure() { return spec.underPressure(); }
    /** {@code null} when it plays no named part in the rules. */
    public Role getRole() { return spec.role(); }
    public boolean isTailoredCare() { return spec.role() == Role.TAILORED_CARE; }
    public boolean isSocialBroker() { return spec.role() == Role.SOCIAL_BROKER; }
    public boolean isHelpline() { return spec.role() == Role.HELPLINE; }
    public boolean isNewcomerGuidance() { return spec.role() == Role.NEWCOMER_GUIDANCE; }
    public boolean isClientSupport() { return spec.role() == Role.CLIENT_SUPPORT; }
    public boolean isSteppingStone() { return spec.role() == Role.STEPPING_STONE; }
    public boolean isDigitalHelp() { return spec.role() == Role.DIGITAL_HELP; }
    public boolean isOutreachTeam() { return spec.role() == Role.OUTREACH_TEAM; }
    public boolean isMinimaPass() { return spec.role() == Role.MINIMA_PASS; }
    public boolean isIntensiveGuidance() { return spec.role() == Role.INTENSIVE_GUIDANCE; }
    /** A small initiative of residents with too little capacity to reach vulnerable families (S1 §5.1). */
    public boolean isSmallInitiative() { return spec.smallInitiative(); }
    /** A safety service: it takes a safety signal (Veilig Thuis, 112, 113). */
    public boolean isSafetyService() { return !safetySignals.isEmpty(); }
    /** Made for young people: no one older than {@link #YOUTH_MAX_AGE} (the jongerenwerk, Toppie, Dordtse Helden). */
    public boolean isForYoungPeople() { return spec.maxAge() <= YOUTH_MAX_AGE; }
    /** Made for adults only (the sociaal makelaar, the psychiatric walk-in house, respite volunteers). */
    public boolean isForAdults() { return spec.minAge() >= ADULT_AGE; }
    /** Where a question surfaces that it is present at, e.g. school social work at {@code SCHOOL}. */
    public Set<Channel> getChannels() { return spec.channels(); }
    /** Whether it is present where the question surfaced; {@code false} when the channel is unknown. */
    public boolean isAt(Channel channel) { return channel != null && spec.channels().contains(channel); }
    public String getSource() { return spec.source(); }
    /** What the offer does for the resident, one plain-Dutch sentence; {@code null} when the catalogue does not say. */
    public String getDoes() { return spec.does(); }
    /** How to reach it; empty when the catalogue knows nothing. */
    public Optional<Contact> getContact() { return contact; }

    /** Whether it serves a topic, e.g. {@code offer.serves(Topic.MONEY)}. */
    public boolean serves(Topic topic) { return topics.contains(topic); }

    public boolean servesAnyOf(Set<Topic> wanted) { return !Collections.disjoint(topics, wanted); }

    public boolean servesAllOf(Set<Topic> wanted) { return topics.containsAll(wanted); }

    /**
     * The topics of {@code question} this offer serves, in the words of the question form ("schulden en
     * betalingsachterstanden"), for a reason that says which part of a question it knows. Labels hold an "en"
     * themselves, so further parts are joined with "en van".
     */
    public String knownPartOf(Set<Topic> question) {
        List<String> part = TopicWords.of(t -> question.contains(t) && topics.contains(t));
        int last = part.size() - 1;
        return last <= 0 ? String.join("", part) : String.join(", van ", part.subList(0, last)) + " en van " + part.get(last);
    }

    public boolean takesAnyOf(Set<SafetySignal> signals) { return !Collections.disjoint(safetySignals, signals); }

    public boolean isForAnyOf(Set<Group> groups) { return !Collections.disjoint(forGroups, groups); }

    public boolean isOnlyForAnyOf(Set<Group> groups) { return !Collections.disjoint(onlyForGroups, groups); }

    /** Whether it specialises in, or is exclusively for, one of the groups. */
    public boolean isMadeForAnyOf(Set<Group> groups) { return isForAnyOf(groups) || isOnlyForAnyOf(groups); }

    /** Whether it specialises in, or is exclusively for, this group. */
    public boolean isMadeFor(Group group) { return forGroups.contains(group) || onlyForGroups.contains(group); }

    /** Whether it serves only some ages of residents (the others are not for it). */
    public boolean isAgeBounded() { return spec.minAge() > 0 || spec.maxAge() < 120; }

    /** Whether it specialises in, or is exclusively for, some group. */
    public boolean isForSomeGroup() { return !forGroups.isEmpty() || !onlyForGroups.isEmpty(); }

    /** Whether it serves residents of this age. */
    public boolean servesAge(int age) { return age >= spec.minAge() && age <= spec.maxAge(); }

    /** Whether it is for parents and one of these children is in its child age band. */
    public boolean isForAChildAgedIn(List<Integer> childAges) {
        return childAges.stream().anyMatch(this::isForAChildAged);
    }

    /** Whether it is for parents and a child of this age is in its child age band. */
    public boolean isForAChildAged(int age) {
        return isForParentsOfChildAged() && age >= getMinChildAge() && age <= getMaxChildAge();
    }

    /**
     * Whether a young person of this age can go there with their own question: an offer made for young people that
     * serves the age, or a family offer (the school nurse, school social work) whose child band holds it.
     */
    public boolean isForAYoungPersonAged(int age) {
        return isForYoungPeople() && servesAge(age) || isForAChildAged(age);
    }

    /** Whether it is in this wijk; {@code false} when the wijk is unknown ({@code null}). */
    public boolean isIn(String neighbourhood) { return neighbourhood != null && spec.neighbourhoods().contains(neighbourhood); }

    public OfferSpec spec() { return spec; }

    @Override
    public String toString() { return spec.id(); }

    private static <E extends Enum<E>> Set<E> copy(Class<E> type, Set<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }
}
