package nl.dordrecht.triage.fact;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.type.Modifies;

/**
 * One offer under consideration for this question. Starts fitting, at the offer's base threshold, not on the route;
 * rules change that. Lives for one call only.
 */
public final class Candidate {
    /** The contract's range for a personal threshold. */
    public static final int MIN_THRESHOLD = 0;
    public static final int MAX_THRESHOLD = 6;

    private final Offer offer;
    private boolean fit = true;
    private boolean routeMatch;
    private int threshold;
    private int preference;
    private final List<String> reasons = new ArrayList<>();

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

    public void raiseThreshold(int steps, String reason) {
        threshold = Math.min(MAX_THRESHOLD, threshold + steps);
        because(reason);
    }

    public void lowerThreshold(int steps, String reason) {
        threshold = Math.max(MIN_THRESHOLD, threshold - steps);
        because(reason);
    }

    /** Ranks it before equal alternatives. */
    public void prefer(String reason) {
        preference--;
        because(reason);
    }

    /** Ranks it after equal alternatives. */
    public void demote(String reason) {
        preference++;
        because(reason);
    }

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
