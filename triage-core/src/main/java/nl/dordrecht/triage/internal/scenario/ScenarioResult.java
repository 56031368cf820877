package nl.dordrecht.triage.internal.scenario;

import java.util.List;
import nl.dordrecht.triage.TriageAdvice;

/**
 * What one scenario gave: the advice (or {@code null} when none came), every unmet expectation, and the rules that
 * fired.
 */
public record ScenarioResult(Scenario scenario, TriageAdvice advice, List<String> failures, List<String> firedRules) {
    public boolean passed() {
        return failures.isEmpty();
    }
}
