package nl.dordrecht.triage.fact;

/** This offer is the kind of help the route sends to; the primary is always one. {@code reason} says why it fits. */
public record OnRoute(Offer offer, String reason) {
}
