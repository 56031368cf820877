package nl.dordrecht.triage.internal;

import java.util.List;
import nl.dordrecht.triage.TriageAdvice;

/**
 * An advice with the names of the rules that fired for it, in firing order; for rule coverage and {@code triage check}.
 */
public record Evaluation(TriageAdvice advice, List<String> firedRules) {
}
