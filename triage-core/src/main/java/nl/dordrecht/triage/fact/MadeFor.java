package nl.dordrecht.triage.fact;

/**
 * This offer is made for this person: for their group, their age or their situation. It goes first among offers at
 * an equal threshold, as {@link Preference#first} does, and before those that go first for another reason: what is
 * made for someone fits them better than what is open to everyone (S1 §3.2.1). {@code reason} says why.
 */
public record MadeFor(Offer offer, String reason) {
}
