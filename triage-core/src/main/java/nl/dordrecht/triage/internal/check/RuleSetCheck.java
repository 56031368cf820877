package nl.dordrecht.triage.internal.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.RuleSetException;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.CompiledRuleSet;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import nl.dordrecht.triage.internal.RuleSetCompiler;
import nl.dordrecht.triage.internal.scenario.ScenarioReader;
import nl.dordrecht.triage.internal.scenario.ScenarioResult;
import nl.dordrecht.triage.internal.scenario.ScenarioRunner;

/**
 * What a rule author runs before shipping: compile every rule and the catalogue, run the scenarios, report rules
 * no scenario fires, and lint the catalogue. Each finding names a file and line.
 */
public final class RuleSetCheck {
    private RuleSetCheck() {
    }

    public static CheckReport run(RuleSource source, List<SourceFile> scenarioFiles, ClassLoader classLoader) {
        List<Finding> findings = new ArrayList<>();
        RuleSetFiles files;
        try {
            files = source.read();
        } catch (IOException e) {
            findings.add(Finding.error("COMPILE", RuleSetCompiler.unreadable(source, e)));
            return new CheckReport(findings, 0, 0, 0, 0, 0, "");
        }
        CompiledRuleSet ruleSet;
        try {
            ruleSet = new RuleSetCompiler(classLoader).compile(files);
        } catch (RuleSetException e) {
            e.problems().forEach(p -> findings.add(Finding.error("COMPILE", p)));
            return new CheckReport(findings, 0, 0, 0, 0, 0, "");
        }
        ScenarioReader.Result scenarios = ScenarioReader.read(scenarioFiles);
        scenarios.problems().forEach(p -> findings.add(Finding.error("SCENARIO", p)));
        ScenarioRunner runner = new ScenarioRunner(new DroolsTriageEngine(ruleSet));
        List<ScenarioResult> results = runner.runAll(scenarios.scenarios());
        for (ScenarioResult r : results) {
            r.failures().forEach(f -> findings.add(Finding.error("SCENARIO", new Problem(r.scenario().file(),
                    r.scenario().line(), 1, "scenario '" + r.scenario().name() + "': " + f))));
        }
        List<String> uncovered = List.copyOf(runner.unfiredRules(results));
        for (String rule : uncovered) {
            String gap = RuleSetCompiler.gapNamedBy(files.rules(), rule);
            findings.add(Finding.error("COVERAGE", RuleSetCompiler.locateRule(files.rules(), rule, gap == null
                    ? "rule \"" + rule + "\" fires in no scenario"
                    : "rule \"" + rule + "\" names gap " + gap + " but fires in no scenario: if the catalogue now has "
                    + "an offer that fills this gap, remove the rule (and the gap's scenarios); otherwise add a scenario")));
        }
        CatalogueLint.run(ruleSet, files.catalogue()).forEach(p -> findings.add(Finding.warning("LINT", p)));
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        return new CheckReport(findings, ruleSet.ruleNames().size(), ruleSet.catalogue().offers().size(),
                results.size(), passed, uncovered.size(), ruleSet.version());
    }
}
