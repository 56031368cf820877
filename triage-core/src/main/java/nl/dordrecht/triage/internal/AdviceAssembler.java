package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.Signal;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.fact.Candidate;
import nl.dordrecht.triage.fact.Classified;
import nl.dordrecht.triage.fact.Gap;
import nl.dordrecht.triage.fact.Guidance;
import nl.dordrecht.triage.fact.HandoverChange;
import nl.dordrecht.triage.fact.HiddenTopic;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.fact.Question;
import nl.dordrecht.triage.fact.RouteDecision;
import nl.dordrecht.triage.fact.RouteOverride;

/**
 * Composes the advice from what holds when the rules are done, never from what they said on the way: the route
 * (the override's when an outcome overrode it), the primary and the ranked alternatives, the handover, and an
 * explanation whose every line belongs to one of those: how the complexity was derived, the route, what the primary
 * does, the handover change that took effect, the guidance that holds, each gap named. Each line is said once, and a
 * reason many suggestions share is said at the first of them ({@link RepeatedReasons}).
 */
public final class AdviceAssembler {
    static final int MEETING_PLACES_SHOWN = 2;
    /** Of those, how many from outside the resident's wijk: one city-wide place is an option, two are filler. */
    static final int CITY_WIDE_MEETING_PLACES_SHOWN = 1;
    /** Starts the reason that names the alike meeting places the advice does not list. */
    public static final String ALIKE_MEETING_PLACES = "Of een andere ontmoetingsplek zoals deze: ";

    private AdviceAssembler() {
    }

    /** How the line that says what the primary does begins. */
    public static String whatItDoes(String offerName) {
        return "Wat " + offerName + " doet: ";
    }

    static TriageAdvice assemble(String id, List<Offer> offers, DecisionFacts facts, Map<String, String> gapTexts,
                                 String version) {
        List<RouteDecision> decisions = facts.all(RouteDecision.class);
        if (decisions.size() != 1) {
            throw new RuleSetDefect("the rule set decided " + decisions.size() + " routes for this question; "
                    + "route.drl must decide exactly one");
        }
        RouteDecision decision = decisions.get(0);
        RouteOverride override = facts.all(RouteOverride.class).stream().findFirst().orElse(null);
        Route route = override == null ? decision.route() : override.route();
        Handover routeHandover = override == null ? decision.handover() : override.handover();

        List<Candidate> ranked = Ranking.rank(offers, facts, override == null ? null : override.offer());
        Candidate primary = ranked.stream().filter(c -> c.onRoute() && !c.notPrimary()).findFirst()
                .orElseThrow(() -> new RuleSetDefect("the rule set left route " + route + " without a fitting "
                        + "offer; fallback rules must name one"));
        List<Candidate> alike = new ArrayList<>();
        Question question = facts.all(Question.class).get(0);
        Set<Topic> topics = route == Route.REFER_WIJKTEAM ? question.getTopics() : Set.of();
        boolean atAMeetingPlace = question.getChannel() == Channel.MEETING_PLACE && residentsMeetingPlace(primary);
        List<Candidate> alternatives = alternatives(ranked, primary, alike, topics, question.getNeighbourhood(),
                atAMeetingPlace ? 1 : MEETING_PLACES_SHOWN);
        // Who is at a meeting place already is helped there: another place like it is no option (reviews).
        if (!alike.isEmpty() && !atAMeetingPlace) {
            String line = ALIKE_MEETING_PLACES + String.join(", ", alike.stream().map(c -> c.offer().getName()).toList()) + ".";
            int last = lastIndexOfResidentsMeetingPlace(alternatives);
            if (last >= 0) {
                alternatives.set(last, withReason(alternatives.get(last), line));
            } else if (residentsMeetingPlace(primary)) {
                primary = withReason(primary, line);
            }
        }

        Set<String> explanation = new LinkedHashSet<>();
        // A safety escalation says safety only: what else the question holds is passed on as signals.
        if (route != Route.SAFETY_ESCALATION) {
            add(explanation, basis(decision, facts));
        }
        explanation.add(override == null ? decision.option().line() : override.line());
        // What the volunteer sends the resident to, in words to read aloud (reviews: the lines said why, never what).
        if (primary.offer().getDoes() != null) {
            explanation.add(whatItDoes(primary.offer().getName()) + primary.offer().getDoes());
        }
        HandoverChange change = strongest(facts.all(HandoverChange.class));
        Handover handover = routeHandover;
        if (change != null && change.atLeast().compareTo(routeHandover) > 0) {
            handover = change.atLeast();
            add(explanation, change.line());
        }
        facts.all(Guidance.class).forEach(g -> add(explanation, g.line()));
        Set<Offer> suggested = new HashSet<>();
        suggested.add(primary.offer());
        alternatives.forEach(c -> suggested.add(c.offer()));
        List<String> gaps = new ArrayList<>();
        for (Gap gap : facts.all(Gap.class)) {
            if ((gap.whenSuggested() == null || suggested.contains(gap.whenSuggested())) && !gaps.contains(gap.code())) {
                gaps.add(gap.code());
                add(explanation, gapTexts.get(gap.code()));
            }
        }
        List<List<String>> reasons = new ArrayList<>();
        reasons.add(primary.reasonsAsPrimary());
        alternatives.forEach(c -> reasons.add(c.reasons()));
        List<List<String>> said = RepeatedReasons.sayOnce(reasons);
        List<Suggestion> shown = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            shown.add(suggestion(alternatives.get(i), said.get(i + 1)));
        }
        return new TriageAdvice(id, route, suggestion(primary, said.get(0)), shown, signals(facts), handover, gaps,
                List.copyOf(explanation), version);
    }

    /**
     * The best of the rest, at most {@link TriageAdvice#MAX_ALTERNATIVES}; an offer the rules name stays in the list
     * even when it is full, in place of the last one that is not named. Of the residents' meeting places, which are
     * alike to a helper, the advice shows at most {@code meetingPlacesShown} (the primary counts; one where the question
     * came in at a meeting place and the primary is one, two elsewhere: {@link #MEETING_PLACES_SHOWN}), and at most
     * {@link #CITY_WIDE_MEETING_PLACES_SHOWN} outside the resident's wijk, so that they do not crowd out the offers that
     * differ (reviews: DOOR listed after De Buitenwacht, above the library's help with letters, for no reason of its
     * own). Where {@code spread} names the topics of a question for the wijkteam, the best offer for each topic is shown
     * before a second one for a topic already served, so that the options cover the question's parts (a review:
     * young-child offers crowded out any help with the rent arrears).
     */
    private static List<Candidate> alternatives(List<Candidate> ranked, Candidate primary, List<Candidate> alike,
                                                Set<Topic> spread, String wijk, int meetingPlacesShown) {
        List<Candidate> rest = new ArrayList<>(ranked);
        rest.remove(primary);
        int meetingPlaces = 0;
        int cityWide = 0;
        if (residentsMeetingPlace(primary)) {
            meetingPlaces++;
            cityWide += primary.offer().isIn(wijk) ? 0 : 1;
        }
        for (java.util.Iterator<Candidate> it = rest.iterator(); it.hasNext(); ) {
            Candidate c = it.next();
            if (residentsMeetingPlace(c) && !c.named()) {
                boolean near = c.offer().isIn(wijk);
                if (meetingPlaces >= meetingPlacesShown || !near && cityWide >= CITY_WIDE_MEETING_PLACES_SHOWN) {
                    it.remove();
                    alike.add(c);
                } else {
                    meetingPlaces++;
                    cityWide += near ? 0 : 1;
                }
            }
        }
        if (!spread.isEmpty()) {
            rest = spreadOver(rest, spread);
        }
        List<Candidate> chosen = new ArrayList<>(rest.subList(0, Math.min(TriageAdvice.MAX_ALTERNATIVES, rest.size())));
        for (Candidate named : rest.subList(chosen.size(), rest.size())) {
            if (named.named()) {
                for (int i = chosen.size() - 1; i >= 0; i--) {
                    if (!chosen.get(i).named()) {
                        chosen.remove(i);
                        chosen.add(named);
                        break;
                    }
                }
            }
        }
        chosen.sort(Ranking.SHOWN);
        return chosen;
    }

    /** The candidates, first each one that serves a topic no earlier one served, then the others, each in rank order. */
    private static List<Candidate> spreadOver(List<Candidate> ranked, Set<Topic> topics) {
        Set<Topic> served = EnumSet.noneOf(Topic.class);
        List<Candidate> first = new ArrayList<>();
        List<Candidate> then = new ArrayList<>();
        for (Candidate c : ranked) {
            Set<Topic> its = EnumSet.noneOf(Topic.class);
            topics.stream().filter(c.offer()::serves).forEach(its::add);
            (served.containsAll(its) && !c.named() ? then : first).add(c);
            served.addAll(its);
        }
        first.addAll(then);
        return first;
    }

    private static int lastIndexOfResidentsMeetingPlace(List<Candidate> candidates) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (residentsMeetingPlace(candidates.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Candidate withReason(Candidate c, String reason) {
        List<String> reasons = new ArrayList<>(c.reasons());
        reasons.add(reason);
        return new Candidate(c.offer(), c.tier(), c.threshold(), c.preference(), c.madeFor(), c.notPrimary(), c.named(),
                reasons, c.rankedAfter());
    }

    /** A meeting place run by residents and volunteers for everyone: from the helper's view one kind of offer. */
    private static boolean residentsMeetingPlace(Candidate c) {
        Offer o = c.offer();
        return o.isMeetingPlace() && !o.isFormal() && !o.isForSomeGroup() && !o.isAgeBounded() && !o.isForParentsOfChildAged();
    }

    /**
     * How the complexity was derived, said whenever the caller gave none (the contract: "when absent the engine derives
     * it and says so in the explanation"), also where the deciding route step (homebound, implicit, statushouder) does
     * not follow from it.
     */
    private static String basis(RouteDecision decision, DecisionFacts facts) {
        if (decision.option().basis() != null) {
            return decision.option().basis();
        }
        return facts.all(Classified.class).stream().map(Classified::line).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** The change to the most personal handover; of equals, the first. */
    private static HandoverChange strongest(List<HandoverChange> changes) {
        HandoverChange strongest = null;
        for (HandoverChange c : changes) {
            if (strongest == null || c.atLeast().compareTo(strongest.atLeast()) > 0) {
                strongest = c;
            }
        }
        return strongest;
    }

    /** One signal a topic, in the contract's topic order; for a topic several rules raise, the first reason. */
    private static List<Signal> signals(DecisionFacts facts) {
        Map<Topic, String> byTopic = new EnumMap<>(Topic.class);
        facts.all(HiddenTopic.class).forEach(h -> byTopic.putIfAbsent(h.topic(), h.reason()));
        return byTopic.entrySet().stream().map(e -> new Signal(e.getKey(), e.getValue())).toList();
    }

    private static void add(Set<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }

    private static Suggestion suggestion(Candidate c, List<String> reasons) {
        Offer offer = c.offer();
        return new Suggestion(offer.getId(), offer.getName(), c.threshold(), offer.isFormal(), offer.isGeneral(),
                offer.isOutreach(), reasons, offer.getContact());
    }
}
