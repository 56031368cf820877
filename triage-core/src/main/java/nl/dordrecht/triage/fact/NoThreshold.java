package nl.dordrecht.triage.fact;

/** In an emergency this offer has no threshold at all (0 in the contract). */
public record NoThreshold(Offer offer, String reason) {
}
