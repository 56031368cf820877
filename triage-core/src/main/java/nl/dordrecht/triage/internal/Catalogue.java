package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.fact.Question;

/**
 * A validated sociale kaart, indexed once so each call selects its candidates without scanning every offer.
 * Immutable and shared by all calls.
 */
public final class Catalogue {
    /** A known gap in the catalogue. */
    public record Gap(String code, String description, String source) {
    }

    private final List<Offer> offers;
    private final Map<String, Offer> byId = new LinkedHashMap<>();
    private final Map<Topic, BitSet> byTopic = new EnumMap<>(Topic.class);
    private final Map<SafetySignal, BitSet> bySignal = new EnumMap<>(SafetySignal.class);
    private final Map<Group, BitSet> byGroup = new EnumMap<>(Group.class);
    private final Map<Channel, BitSet> byChannel = new EnumMap<>(Channel.class);
    private final BitSet meetingPlaces = new BitSet();
    private final Map<String, BitSet> meetingPlacesIn = new HashMap<>();
    private final BitSet forYoungPeople = new BitSet();
    private final List<String> neighbourhoods;
    private final Map<String, String> neighbourhoodByLowerCaseName;
    private final Map<Topic, String> lifeDomains;
    private final Map<String, Gap> gaps;
    private final Map<String, String> gapDescriptions = new LinkedHashMap<>();

    Catalogue(List<Offer> offers, List<String> neighbourhoods, Map<String, String> neighbourhoodByLowerCaseName,
              Map<Topic, String> lifeDomains, Map<String, Gap> gaps) {
        this.offers = List.copyOf(offers);
        this.neighbourhoods = List.copyOf(neighbourhoods);
        this.neighbourhoodByLowerCaseName = Map.copyOf(neighbourhoodByLowerCaseName);
        this.lifeDomains = Collections.unmodifiableMap(new EnumMap<>(lifeDomains));
        this.gaps = Collections.unmodifiableMap(new LinkedHashMap<>(gaps));
        gaps.values().forEach(g -> gapDescriptions.put(g.code(), g.description()));
        for (int i = 0; i < this.offers.size(); i++) {
            Offer offer = this.offers.get(i);
            byId.put(offer.getId(), offer);
            for (Topic t : offer.getTopics()) {
                byTopic.computeIfAbsent(t, k -> new BitSet()).set(i);
            }
            for (SafetySignal s : offer.getSafetySignals()) {
                bySignal.computeIfAbsent(s, k -> new BitSet()).set(i);
            }
            if (offer.isMeetingPlace()) {
                meetingPlaces.set(i);
                for (String wijk : offer.getNeighbourhoods()) {
                    meetingPlacesIn.computeIfAbsent(wijk, k -> new BitSet()).set(i);
                }
            }
            if (offer.isForYoungPeople()) {
                forYoungPeople.set(i);
            }
            for (Channel c : offer.getChannels()) {
                byChannel.computeIfAbsent(c, k -> new BitSet()).set(i);
            }
            for (Group g : offer.getForGroups()) {
                byGroup.computeIfAbsent(g, k -> new BitSet()).set(i);
            }
            for (Group g : offer.getOnlyForGroups()) {
                byGroup.computeIfAbsent(g, k -> new BitSet()).set(i);
            }
        }
    }

    /** Every offer, in catalogue order. */
    public List<Offer> offers() {
        return offers;
    }

    public Optional<Offer> offer(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The question as the rules see it: the wijk in the catalogue's spelling, the life domains, and the offers the rules
     * weigh for it ({@link #candidatesFor}), inserted beside it.
     *
     * @throws InvalidQuestionException when the question names a wijk the catalogue does not know
     */
    public Question questionFor(HelpQuestion question) {
        return new Question(question, canonicalNeighbourhood(question), lifeDomains, candidatesFor(question));
    }

    private String canonicalNeighbourhood(HelpQuestion question) {
        if (question.neighbourhood() == null) {
            return null;
        }
        return neighbourhood(question.neighbourhood()).orElseThrow(() -> new InvalidQuestionException(question.id(),
                List.of(new FieldError("neighbourhood", "unknown wijk; known: " + String.join(", ", neighbourhoods)))));
    }

    /**
     * The offers the rules weigh for a question, in catalogue order: those that serve one of its topics, are made for
     * one of its groups or take one of its safety signals, those present where the question surfaced (S2 §5.4 punt 2:
     * a pupil's worries surface at school, whatever their subject), for a young resident those made for young people
     * (S1 Tabel 2: jongerenwerk) and those at school, where a young person is whatever the channel (S2 §5.4 punt 2),
     * and for an implicit question every meeting place
     * (S1 §4.1, §4.2: meeting and trust come first, whatever the topic), and the meeting places in the resident's own
     * wijk (a gap rule that says the wijk has none must see them, S1 §5.1); then left out,
     * as the catalogue defines them: a safety service unless the question has a signal it takes (safety services are
     * reached by signal, their topics only describe their field), and an offer exclusively for groups the question
     * does not name ({@code onlyForGroups} is a condition). The rules then weigh fewer offers for nothing.
     */
    public List<Offer> candidatesFor(HelpQuestion question) {
        BitSet selected = question.explicit() ? new BitSet(offers.size()) : (BitSet) meetingPlaces.clone();
        Set<Group> groups = question.groups();
        groups.forEach(g -> or(selected, byGroup.get(g)));
        question.topics().forEach(t -> or(selected, byTopic.get(t)));
        if (question.channel() != null) {
            or(selected, byChannel.get(question.channel()));
        }
        if (question.age() != null && question.age() < Offer.ADULT_AGE) {
            selected.or(forYoungPeople);
            or(selected, byChannel.get(Channel.SCHOOL));
        }
        if (question.neighbourhood() != null) {
            neighbourhood(question.neighbourhood()).ifPresent(wijk -> or(selected, meetingPlacesIn.get(wijk)));
        }
        BitSet bySignals = new BitSet();
        question.safetySignals().forEach(s -> or(bySignals, bySignal.get(s)));
        selected.or(bySignals);
        List<Offer> result = new ArrayList<>(selected.cardinality());
        for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
            Offer offer = offers.get(i);
            boolean reached = offer.isSafetyService() ? bySignals.get(i) : !offer.isExclusive() || offer.isOnlyForAnyOf(groups);
            if (reached) {
                result.add(offer);
            }
        }
        return result;
    }

    public List<String> neighbourhoods() {
        return neighbourhoods;
    }

    /** The catalogue's spelling of a wijk name or alias, matched case-insensitively. */
    public Optional<String> neighbourhood(String name) {
        return Optional.ofNullable(neighbourhoodByLowerCaseName.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    public Map<Topic, String> lifeDomains() {
        return lifeDomains;
    }

    public Map<String, Gap> gaps() {
        return gaps;
    }

    /** Gap code to its plain-Dutch description. */
    public Map<String, String> gapDescriptions() {
        return Collections.unmodifiableMap(gapDescriptions);
    }

    private static void or(BitSet target, BitSet bits) {
        if (bits != null) {
            target.or(bits);
        }
    }
}
