package nl.dordrecht.triage.fact;

/** One more thing the resident should know about this offer, without changing its place. */
public record Reason(Offer offer, String text) {
}
