package nl.dordrecht.triage.fact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.type.Modifies;

/**
 * One offer under consideration for this question. Starts fitting, at the offer's base threshold, not on the route;
 * rules change that. Lives for one call only.
 *
 * <p>Adjustments are idempotent per reason: a rule that fires again for the same candidate (because another rule
 * modified it) does not apply its adjustment twice.
 */
public final class Candidate {
    /** The lowest threshold an adjustment reaches: the bottom of the DOMAIN.md ladder. */
    public static final int LADDER_BOTTOM = 1;
    /** The contract's highest personal threshold: above the ladder's top (Sociaal Wijkteam, 5). */
    public static final int MAX_THRESHOLD = 6;

    private final Offer offer;
    private boolean fit = true;
    private boolean routeMatch;
    private int threshold;
    private int preference;
    private final List<String> reasons = new ArrayList<>();
    private final Set<String> adjustments = new HashSet<>();

    public Candidate(Offer offer) {
        this.offer = offer;
        this.threshold = offer.getThreshold();
    }

    public Offer getOffer() { return offer; }

    /** {@code false} once a rule has ruled it out for this person; it is then never suggested. */
    public boolean isFit() { return fit; }
    public void setFit(boolean fit) { this.fit = fit; }

    /** {@code true} when it is the kind of offer the chosen route sends to; the primary is always one. */
    public boolean isRouteMatch() { return routeMatch; }
    public void setRouteMatch(boolean routeMatch) { this.routeMatch = routeMatch; }

    /** The personal threshold: the base threshold after this person's adjustments. */
    public int getThreshold() { return threshold; }

    /** Lower is better among equal thresholds: a tie-breaker the rules set (e.g. own wijk first, capacity last). */
    public int getPreference() { return preference; }

    public List<String> getReasons() { return List.copyOf(reasons); }

    /** Rules this candidate out; call inside {@code modify}. */
    @Modifies({"fit"})
    public void exclude(String reason) {
        fit = false;
        because(reason);
    }

    /** Puts it on the route; call inside {@code modify}. */
    @Modifies({"routeMatch"})
    public void matchRoute(String reason) {
        routeMatch = true;
        because(reason);
    }

    @Modifies({"threshold"})
    public void raiseThreshold(int steps, String reason) {
        if (firstTime("raise", reason)) {
            threshold = Math.min(MAX_THRESHOLD, threshold + steps);
        }
    }

    /** Lowers the threshold, never below the ladder's bottom: only an emergency has none. */
    @Modifies({"threshold"})
    public void lowerThreshold(int steps, String reason) {
        if (firstTime("lower", reason)) {
            threshold = Math.max(LADDER_BOTTOM, threshold - steps);
        }
    }

    /** No threshold at all: for emergencies (threshold 0 in the contract). */
    @Modifies({"threshold"})
    public void noThreshold(String reason) {
        threshold = 0;
        because(reason);
    }

    /** Ranks it before equal alternatives. */
    @Modifies({"preference"})
    public void prefer(String reason) {
        if (firstTime("prefer", reason)) {
            preference--;
        }
    }

    /** Ranks it after equal alternatives. */
    @Modifies({"preference"})
    public void demote(String reason) {
        if (firstTime("demote", reason)) {
            preference++;
        }
    }

    private boolean firstTime(String kind, String reason) {
        because(reason);
        return adjustments.add(kind + ':' + reason);
    }

    @Modifies({"reasons"})
    public void because(String reason) {
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    @Override
    public String toString() {
        return offer.getId() + (fit ? "" : " (unfit)") + (routeMatch ? " (route)" : "") + " t=" + threshold;
    }
}
