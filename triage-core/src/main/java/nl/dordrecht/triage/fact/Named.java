package nl.dordrecht.triage.fact;

/**
 * What the seeds tie to this situation stays in the advice: this offer is among the suggestions (when it fits),
 * even when the list is full. {@code reason} says why.
 */
public record Named(Offer offer, String reason) {
}
