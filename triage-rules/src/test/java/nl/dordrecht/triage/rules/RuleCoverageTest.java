package nl.dordrecht.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Every rule in the shipped rule set fires in at least one scenario: no rule goes untested. */
class RuleCoverageTest {
    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"");

    @Test
    void everyRuleFiresInSomeScenario() {
        assertThat(DordrechtScenarios.RUNNER.unfiredRules(DordrechtScenarios.RUNNER.runAll(DordrechtScenarios.ALL)))
                .as("rules that fire in no scenario; add a scenario for each").isEmpty();
    }

    /** The route policy and its outcomes are named, step by step, by the scenarios meant to exercise them. */
    @Test
    void everyStepOfTheRoutePolicyIsNamedByAScenarioThatExercisesIt() throws Exception {
        Set<String> named = DordrechtScenarios.ALL.stream().map(Scenario::exercises).filter(Objects::nonNull)
                .flatMap(List::stream).collect(Collectors.toSet());
        for (SourceFile file : RuleSource.dordrecht().read().rules()) {
            if (file.name().endsWith("/route.drl") || file.name().endsWith("/outcomes.drl")) {
                Matcher m = RULE.matcher(file.content());
                while (m.find()) {
                    if (m.group(1).startsWith("Step ") || m.group(1).startsWith("Outcome: ")) {
                        assertThat(named).as("scenarios' exercises").contains(m.group(1));
                    }
                }
            }
        }
    }
}
