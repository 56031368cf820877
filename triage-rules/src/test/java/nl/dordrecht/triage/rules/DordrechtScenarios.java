package nl.dordrecht.triage.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import nl.dordrecht.triage.internal.ResourceFolder;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.internal.scenario.ScenarioReader;
import nl.dordrecht.triage.internal.scenario.ScenarioRunner;

/** The shipped engine and scenarios, built once for all rule tests. */
final class DordrechtScenarios {
    static final DroolsTriageEngine ENGINE = (DroolsTriageEngine) TriageEngine.dordrecht();
    static final ScenarioRunner RUNNER = new ScenarioRunner(ENGINE);
    static final List<Scenario> ALL = read();

    private DordrechtScenarios() {
    }

    private static List<Scenario> read() {
        try {
            ScenarioReader.Result result = ScenarioReader.read(ResourceFolder.readClasspath(
                    ResourceFolder.defaultLoader(), RuleSource.DORDRECHT + "/scenarios", ".yaml", "scenarios/"));
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("unreadable scenarios: " + result.problems());
            }
            return result.scenarios();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
