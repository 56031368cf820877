package nl.dordrecht.triage.fact;

/**
 * A step up or down of this offer's threshold for this person, with the reason the resident hears. The engine adds
 * the steps to the base threshold; lowering stops at {@link #MAX_LOWERING} steps below the base and at the ladder's
 * bottom, so bonuses cannot stack a specific offer into looking like a meeting place.
 */
public record Adjustment(Offer offer, int steps, String reason) {
    /** How far all of an offer's lowerings together may take it below its base threshold. */
    public static final int MAX_LOWERING = 2;

    public static Adjustment lower(Offer offer, int steps, String reason) {
        return new Adjustment(offer, -steps, reason);
    }

    public static Adjustment raise(Offer offer, int steps, String reason) {
        return new Adjustment(offer, steps, reason);
    }
}
