package nl.dordrecht.triage.fact;

/** This offer is a real option besides the route's offers; it ranks after them. {@code reason} says why it fits. */
public record Alternative(Offer offer, String reason) {
}
