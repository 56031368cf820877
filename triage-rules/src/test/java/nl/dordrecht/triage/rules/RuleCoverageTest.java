package nl.dordrecht.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every rule in the shipped rule set fires in at least one scenario: no rule goes untested. */
class RuleCoverageTest {

    @Test
    void everyRuleFiresInSomeScenario() {
        assertThat(DordrechtScenarios.RUNNER.unfiredRules(DordrechtScenarios.RUNNER.runAll(DordrechtScenarios.ALL)))
                .as("rules that fire in no scenario; add a scenario for each").isEmpty();
    }
}
