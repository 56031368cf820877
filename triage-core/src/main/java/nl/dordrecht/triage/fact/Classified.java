package nl.dordrecht.triage.fact;

import nl.dordrecht.triage.Complexity;

/**
 * The complexity that decides the route (S1 §4.3): the caller's, or the one the rules derived from the topics.
 * {@code line} says how it was derived, for the explanation; {@code null} when the caller gave it.
 */
public record Classified(Complexity complexity, String line) {
    public static Classified given(Complexity complexity) {
        return new Classified(complexity, null);
    }
}
