package nl.dordrecht.triage.internal.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * no scenario fires, and lint the catalogue. Each finding names a file and line; what could not be checked is said.
 */
public final class RuleSetCheck {
    private RuleSetCheck() {
    }

    /** The shipped layout's rules with these scenario files (none: scenarios and coverage not checked). */
    public static CheckReport run(RuleSource source, List<SourceFile> scenarioFiles, ClassLoader classLoader) {
        return run(new CheckTarget(source, scenarioFiles, null, source.toString(), List.of()), classLoader);
    }

    public static CheckReport run(CheckTarget target, ClassLoader classLoader) {
        List<Finding> findings = new ArrayList<>(RulesFolder.strangers(target.rulesFolder()));
        List<String> notChecked = new ArrayList<>(target.notChecked());
        RuleSetFiles files;
        try {
            files = target.source().read();
        } catch (IOException e) {
            findings.add(Finding.error("COMPILE", RuleSetCompiler.unreadable(target.source(), e)));
            return CheckReport.stopped(findings, target, notChecked);
        }
        // Read while the rules compile: the scenarios do not depend on them.
        CompletableFuture<ScenarioReader.Result> reading = CompletableFuture.supplyAsync(() -> ScenarioReader.read(target.scenarios()));
        CompiledRuleSet ruleSet;
        try {
            ruleSet = new RuleSetCompiler(classLoader).compile(files);
        } catch (RuleSetException e) {
            findings.addAll(FollowOnErrors.firstCauses(e.problems(), notChecked));
            return CheckReport.stopped(findings, target, notChecked);
        }
        RuleLiterals.check(files.rules(), ruleSet.catalogue()).forEach(p -> findings.add(Finding.error("COMPILE", p)));
        ScenarioReader.Result scenarios = joined(reading);
        scenarios.problems().forEach(p -> findings.add(Finding.error("SCENARIO", p)));
        ScenarioLiterals.check(scenarios.scenarios(), ruleSet.catalogue()).forEach(p -> findings.add(Finding.error("SCENARIO", p)));
        ScenarioRunner runner = new ScenarioRunner(new DroolsTriageEngine(ruleSet));
        List<ScenarioResult> results = runner.runAll(scenarios.scenarios());
        for (ScenarioResult r : results) {
            r.failures().forEach(f -> findings.add(Finding.error("SCENARIO", new Problem(r.scenario().file(),
                    r.scenario().line(), 1, "scenario '" + r.scenario().name() + "': " + f))));
        }
        List<String> uncovered = target.scenarios().isEmpty() ? List.of() : List.copyOf(runner.unfiredRules(results));
        for (String rule : uncovered) {
            String gap = RuleSetCompiler.gapNamedBy(files.rules(), rule);
            findings.add(Finding.error("COVERAGE", RuleSetCompiler.locateRule(files.rules(), rule, gap == null
                    ? "rule \"" + rule + "\" fires in no scenario"
                    : "rule \"" + rule + "\" names gap " + gap + " but fires in no scenario: if the catalogue now has "
                    + "an offer that fills this gap, remove the rule (and the gap's scenarios); otherwise add a scenario")));
        }
        CatalogueLint.unreached(ruleSet, files.catalogue()).forEach(p -> findings.add(Finding.warning("LINT", p)));
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        return new CheckReport(findings, ruleSet.ruleNames().size(), ruleSet.catalogue().offers().size(),
                results.size(), passed, uncovered.size(), ruleSet.version(), target.described(), notChecked,
                CatalogueLint.coverageGaps(ruleSet.catalogue()));
    }

    /** The result, or what the reading threw, as if it had run here. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
