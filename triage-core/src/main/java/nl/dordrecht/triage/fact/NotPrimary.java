package nl.dordrecht.triage.fact;

/** This offer may be named as an alternative but is never the primary for this person, e.g. an adult offer for a minor. */
public record NotPrimary(Offer offer, String reason) {
}
