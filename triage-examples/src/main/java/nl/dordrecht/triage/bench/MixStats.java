package nl.dordrecht.triage.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Rule firings and candidates per advice over the scenario mix: the work the benchmark numbers are made of.
 *
 * <p>{@code java -cp triage-examples/target/triage.jar nl.dordrecht.triage.bench.MixStats}
 */
public final class MixStats {
    private MixStats() {
    }

    public static void main(String[] args) {
        DroolsTriageEngine engine = (DroolsTriageEngine) TriageEngine.dordrecht();
        List<HelpQuestion> questions = ScenarioMix.questions(engine);
        Map<String, String> phaseOf = phases(engine.ruleSet().kieBase());
        int n = questions.size();
        int[] firings = new int[n];
        int[] candidates = new int[n];
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, Long> byPhase = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            HelpQuestion q = questions.get(i);
            List<String> fired = engine.evaluate(q, true).firedRules();
            firings[i] = fired.size();
            candidates[i] = engine.ruleSet().catalogue().candidatesFor(q).size();
            fired.forEach(r -> byRule.merge(r, 1L, Long::sum));
            fired.forEach(r -> byPhase.merge(phaseOf.getOrDefault(r, "?"), 1L, Long::sum));
        }
        long totalFirings = sum(firings);
        long totalCandidates = sum(candidates);
        System.out.printf("questions                 : %d%n", n);
        System.out.printf("offers in catalogue       : %d%n", engine.ruleSet().catalogue().offers().size());
        System.out.printf("rules in rule set         : %d (fired at least once: %d)%n",
                engine.ruleSet().ruleNames().size(), byRule.size());
        System.out.printf("firings per advice        : mean %.1f, median %d, min %d, max %d%n",
                (double) totalFirings / n, median(firings), min(firings), max(firings));
        System.out.printf("candidates per advice     : mean %.1f, median %d, min %d, max %d%n",
                (double) totalCandidates / n, median(candidates), min(candidates), max(candidates));
        System.out.printf("firings per candidate     : %.2f%n", (double) totalFirings / totalCandidates);
        System.out.println("firings per advice by phase:");
        byPhase.forEach((phase, count) -> System.out.printf("  %-10s %6.1f%n", phase, (double) count / n));
        System.out.println("rules firing most, per advice:");
        byRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("  %6.2f  %s%n", (double) e.getValue() / n, e.getKey()));
    }

    private static Map<String, String> phases(KieBase kieBase) {
        return kieBase.getKiePackages().stream().map(KiePackage::getRules).flatMap(java.util.Collection::stream)
                .filter(RuleImpl.class::isInstance).map(RuleImpl.class::cast)
                .collect(Collectors.toMap(Rule::getName, RuleImpl::getAgendaGroup, (a, b) -> a));
    }

    private static long sum(int[] values) {
        long s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static int median(int[] values) {
        int[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int min(int[] values) {
        return java.util.Arrays.stream(values).min().orElse(0);
    }

    private static int max(int[] values) {
        return java.util.Arrays.stream(values).max().orElse(0);
    }
}
