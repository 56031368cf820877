package nl.dordrecht.triage.fact;

/** This offer does not fit this person; it is never suggested. {@code reason} is for the trace, not the resident. */
public record Unfit(Offer offer, String reason) {
}
