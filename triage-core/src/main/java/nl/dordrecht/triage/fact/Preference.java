package nl.dordrecht.triage.fact;

/** Among offers at an equal threshold, this one goes first ({@link #first}) or after ({@link #after}). */
public record Preference(Offer offer, int steps, String reason) {
    public static Preference first(Offer offer, String reason) {
        return new Preference(offer, -1, reason);
    }

    public static Preference after(Offer offer, String reason) {
        return new Preference(offer, 1, reason);
    }
}
