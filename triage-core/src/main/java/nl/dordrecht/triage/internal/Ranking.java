package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dordrecht.triage.fact.Adjustment;
import nl.dordrecht.triage.fact.Alternative;
import nl.dordrecht.triage.fact.Candidate;
import nl.dordrecht.triage.fact.MadeFor;
import nl.dordrecht.triage.fact.Named;
import nl.dordrecht.triage.fact.NoThreshold;
import nl.dordrecht.triage.fact.NotPrimary;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.fact.OnRoute;
import nl.dordrecht.triage.fact.Preference;
import nl.dordrecht.triage.fact.Reason;
import nl.dordrecht.triage.fact.Unfit;

/**
 * Weighs the rules' decisions about each offer into ranked candidates. The ranking is fixed and documented, so equal
 * inputs give equal advice: fitting offers only; the route's offers first, then alternatives, then offers the advice
 * names; within each, the lowest personal threshold; then the rules' preference; then an offer made for this person
 * before one open to everyone; then offer id, alphabetically. The primary and the alternatives are chosen in that
 * order; the alternatives are shown in {@link #SHOWN} order.
 */
final class Ranking {
    static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::tier)
            .thenComparingInt(Candidate::threshold)
            .thenComparingInt(Candidate::preference)
            .thenComparing(c -> !c.madeFor())
            .thenComparing(c -> c.offer().getId());

    /**
     * How the alternatives are shown after the primary: the lowest personal threshold first, and at the same threshold
     * in {@link #ORDER} (four reviews read a threshold of 2 listed after offers of 3 and 4 as a ranking error).
     */
    static final Comparator<Candidate> SHOWN = Comparator.comparingInt(Candidate::threshold).thenComparing(ORDER);

    private Ranking() {
    }

    /** The fitting candidates that some rule put forward, best first. */
    static List<Candidate> rank(List<Offer> offers, DecisionFacts facts, Offer overrideOffer) {
        Set<Offer> unfit = offersOf(facts.all(Unfit.class), Unfit::offer);
        Set<Offer> notPrimary = offersOf(facts.all(NotPrimary.class), NotPrimary::offer);
        Map<Offer, Builder> builders = new IdentityHashMap<>();
        for (Offer offer : offers) {
            if (!unfit.contains(offer)) {
                builders.put(offer, new Builder(offer, notPrimary.contains(offer)));
            }
        }
        facts.all(OnRoute.class).forEach(d -> with(builders, d.offer(), b -> b.tier(Candidate.ON_ROUTE, d.reason())));
        if (overrideOffer != null) {
            with(builders, overrideOffer, b -> b.tier(Candidate.ON_ROUTE, null));
        }
        facts.all(Alternative.class).forEach(d -> with(builders, d.offer(), b -> b.tier(Candidate.ALTERNATIVE, d.reason())));
        facts.all(Named.class).forEach(d -> with(builders, d.offer(), b -> b.name(d.reason())));
        facts.all(Adjustment.class).forEach(d -> with(builders, d.offer(), b -> b.adjust(d.steps(), d.reason())));
        facts.all(NoThreshold.class).forEach(d -> with(builders, d.offer(), b -> b.noThreshold(d.reason())));
        facts.all(Preference.class).forEach(d -> with(builders, d.offer(), b -> b.prefer(d.steps(), d.reason())));
        facts.all(MadeFor.class).forEach(d -> with(builders, d.offer(), b -> b.madeFor(d.reason())));
        facts.all(Reason.class).forEach(d -> with(builders, d.offer(), b -> b.because(d.text())));
        List<Candidate> ranked = new ArrayList<>();
        for (Builder b : builders.values()) {
            if (b.tier != Candidate.NOT_PUT_FORWARD) {
                ranked.add(b.build());
            }
        }
        ranked.sort(ORDER);
        return ranked;
    }

    private static void with(Map<Offer, Builder> builders, Offer offer, java.util.function.Consumer<Builder> action) {
        Builder b = builders.get(offer);
        if (b != null) {
            action.accept(b);
        }
    }

    private static <T> Set<Offer> offersOf(List<T> decisions, java.util.function.Function<T, Offer> offer) {
        Set<Offer> result = new HashSet<>();
        decisions.forEach(d -> result.add(offer.apply(d)));
        return result;
    }

    /** Collects one offer's decisions; reasons that place it come first, the others after, each said once. */
    private static final class Builder {
        private final Offer offer;
        private final boolean notPrimary;
        private int tier = Candidate.NOT_PUT_FORWARD;
        private int steps;
        private boolean noThreshold;
        private int preference;
        private boolean named;
        private boolean madeFor;
        private final List<String> placing = new ArrayList<>();
        private final List<String> weighing = new ArrayList<>();
        private final List<String> rankedAfter = new ArrayList<>();

        Builder(Offer offer, boolean notPrimary) {
            this.offer = offer;
            this.notPrimary = notPrimary;
        }

        void tier(int tier, String reason) {
            this.tier = Math.min(this.tier, tier);
            add(placing, reason);
        }

        void name(String reason) {
            named = true;
            tier(Candidate.NAMED, reason);
        }

        void adjust(int steps, String reason) {
            this.steps += steps;
            add(steps < 0 ? placing : weighing, reason);
        }

        void noThreshold(String reason) {
            noThreshold = true;
            add(placing, reason);
        }

        void prefer(int steps, String reason) {
            preference += steps;
            add(steps < 0 ? placing : weighing, reason);
            if (steps > 0) {
                add(rankedAfter, reason);
            }
        }

        void madeFor(String reason) {
            if (!madeFor) {
                madeFor = true;
                preference -= 1; // first among equals, as Preference.first
            }
            add(placing, reason);
        }

        void because(String text) {
            add(weighing, text);
        }

        private static void add(List<String> lines, String line) {
            if (line != null && !lines.contains(line)) {
                lines.add(line);
            }
        }

        Candidate build() {
            int base = offer.getThreshold();
            int floor = Math.max(Candidate.LADDER_BOTTOM, base - Adjustment.MAX_LOWERING);
            int threshold = noThreshold ? 0 : Math.max(floor, Math.min(Candidate.MAX_THRESHOLD, base + steps));
            List<String> reasons = new ArrayList<>(placing);
            weighing.stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
            List<String> onlyRankingAfter = rankedAfter.stream().filter(r -> !placing.contains(r)).toList();
            return new Candidate(offer, tier, threshold, preference, madeFor, notPrimary, named, reasons, onlyRankingAfter);
        }
    }
}
