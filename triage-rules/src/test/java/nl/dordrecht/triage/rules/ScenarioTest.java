package nl.dordrecht.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.internal.scenario.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario in src/main/resources/triage/dordrecht/scenarios gives the advice it expects. */
class ScenarioTest {

    static Stream<Scenario> scenarios() {
        return DordrechtScenarios.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void givesTheExpectedAdvice(Scenario scenario) {
        ScenarioResult result = DordrechtScenarios.RUNNER.run(scenario);
        assertThat(result.failures()).as("%s:%d %s (%s)", scenario.file(), scenario.line(), scenario.name(),
                scenario.source()).isEmpty();
    }

    @Test
    void thereAreAtLeastSixtyScenarios() {
        assertThat(DordrechtScenarios.ALL).hasSizeGreaterThanOrEqualTo(60);
    }
}
