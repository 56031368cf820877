package nl.dordrecht.triage.fact;

import java.util.List;

/**
 * One offer as the engine weighed it for this question, after the rules: how it was put forward, its personal
 * threshold, the rules' preference and its reasons. Made by the engine, not by rules; immutable.
 *
 * @param tier        {@link #ON_ROUTE}, {@link #ALTERNATIVE} or {@link #NAMED}: how it was put forward
 * @param threshold   the personal threshold: the base threshold after this person's adjustments, 0 to 6
 * @param preference  lower goes first among equal thresholds
 * @param madeFor     the offer is made for this person ({@link MadeFor}): first among equal thresholds and preferences
 * @param notPrimary  it may be an alternative but never the primary for this person
 * @param named       a rule names it for the situation: it stays in the advice even when the list is full
 * @param reasons     why it fits, then what weighs against it
 * @param rankedAfter the reasons that only put it after others at its threshold ({@link Preference#after}): said of an
 *                    alternative, not of the primary, where they would argue against the advice itself
 */
public record Candidate(Offer offer, int tier, int threshold, int preference, boolean madeFor, boolean notPrimary,
        boolean named, List<String> reasons, List<String> rankedAfter) {
    /** The lowest threshold an adjustment reaches: the bottom of the DOMAIN.md ladder. */
    public static final int LADDER_BOTTOM = 1;
    /** The contract's highest personal threshold: above the ladder's top (Sociaal Wijkteam, 5). */
    public static final int MAX_THRESHOLD = 6;
    public static final int ON_ROUTE = 0;
    public static final int ALTERNATIVE = 1;
    public static final int NAMED = 2;
    /** No rule put it forward: it is not suggested. */
    public static final int NOT_PUT_FORWARD = 3;

    public Candidate {
        reasons = List.copyOf(reasons);
        rankedAfter = List.copyOf(rankedAfter);
    }

    public Candidate(Offer offer, int tier, int threshold, int preference, boolean madeFor, boolean notPrimary,
                     boolean named, List<String> reasons) {
        this(offer, tier, threshold, preference, madeFor, notPrimary, named, reasons, List.of());
    }

    /** Its reasons as the primary: without those that only rank it after others, unless nothing else is said. */
    public List<String> reasonsAsPrimary() {
        List<String> kept = reasons.stream().filter(r -> !rankedAfter.contains(r)).toList();
        return kept.isEmpty() ? reasons : kept;
    }

    public boolean onRoute() { return tier == ON_ROUTE; }
}
