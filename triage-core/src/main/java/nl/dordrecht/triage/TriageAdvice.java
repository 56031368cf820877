package nl.dordrecht.triage;

import java.util.List;
import java.util.Optional;

/**
 * The advice for one question. Mirrors {@code advice.schema.json}. Immutable.
 *
 * @param id             the question's correlation id, or {@code null} when it had none
 * @param primary        the lowest-threshold offer that fits; there is always one
 * @param alternatives   other fitting offers, best first, at most five, never the primary
 * @param signals        underlying topics to explore gently
 * @param gaps           codes of known catalogue gaps this need falls into
 * @param explanation    why, in plain Dutch, one line per deciding rule; never empty
 * @param rulesetVersion content hash of the rules and catalogue that decided
 * @param fallback       why this is the engine's safe answer rather than the rules' decision; {@code null} when the
 *                       rules decided
 */
public record TriageAdvice(String id, Route route, Suggestion primary, List<Suggestion> alternatives,
                           List<Signal> signals, Handover handover, List<String> gaps, List<String> explanation,
                           String rulesetVersion, Fallback fallback) {
    /** The contract allows at most this many alternatives. */
    public static final int MAX_ALTERNATIVES = 5;

    public TriageAdvice {
        alternatives = List.copyOf(alternatives);
        signals = List.copyOf(signals);
        gaps = List.copyOf(gaps);
        explanation = List.copyOf(explanation);
    }

    /** An advice the rules decided. */
    public TriageAdvice(String id, Route route, Suggestion primary, List<Suggestion> alternatives, List<Signal> signals,
                        Handover handover, List<String> gaps, List<String> explanation, String rulesetVersion) {
        this(id, route, primary, alternatives, signals, handover, gaps, explanation, rulesetVersion, null);
    }

    /** Why the engine gave its safe answer, or empty when the rules decided. */
    public Optional<Fallback> optionalFallback() {
        return Optional.ofNullable(fallback);
    }

    public Optional<String> optionalId() {
        return Optional.ofNullable(id);
    }
}
