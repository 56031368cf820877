package nl.dordrecht.triage.internal.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.Signal;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import nl.dordrecht.triage.internal.Evaluation;
import nl.dordrecht.triage.json.TriageJson;

/** Runs scenarios against an engine and says, for each, what the advice did not show. Stateless. */
public final class ScenarioRunner {
    private final DroolsTriageEngine engine;

    public ScenarioRunner(DroolsTriageEngine engine) {
        this.engine = engine;
    }

    public ScenarioResult run(Scenario s) {
        Evaluation evaluation;
        try {
            evaluation = engine.evaluate(TriageJson.readQuestion(s.questionJson()), true);
        } catch (InvalidQuestionException e) {
            return new ScenarioResult(s, null, List.of("the question is invalid: " + e.getMessage()), List.of());
        } catch (RuntimeException e) {
            return new ScenarioResult(s, null, List.of("no advice: " + e.getMessage()), List.of());
        }
        TriageAdvice a = evaluation.advice();
        List<String> failures = new ArrayList<>();
        // Every suggestion, primary first, with its reasons as one lower-case text.
        Map<String, String> reasons = new LinkedHashMap<>();
        Stream.concat(Stream.of(a.primary()), a.alternatives().stream())
                .forEach(g -> reasons.put(g.offerId(), String.join("\n", g.reasons()).toLowerCase()));
        List<String> suggested = List.copyOf(reasons.keySet());
        if (s.primary() != null && !s.primary().contains(a.primary().offerId())) {
            failures.add("primary: expected " + oneOf(s.primary()) + " but was " + a.primary().offerId());
        }
        check(failures, "route", s.route(), a.route().name());
        check(failures, "handover", s.handover(), a.handover().name());
        checkSet(failures, "signals", s.signals(), a.signals().stream().map(Signal::topic).map(Enum::name).toList());
        checkSet(failures, "gaps", s.gaps(), a.gaps());
        if (s.suggested() != null) {
            s.suggested().stream().filter(id -> !suggested.contains(id))
                    .forEach(id -> failures.add("suggested: expected " + id + " among " + suggested));
        }
        if (s.notSuggested() != null) {
            s.notSuggested().stream().filter(suggested::contains)
                    .forEach(id -> failures.add("notSuggested: " + id + " was suggested"));
        }
        String explanation = String.join("\n", a.explanation()).toLowerCase();
        if (s.explanationMentions() != null) {
            s.explanationMentions().stream().filter(m -> !explanation.contains(m.toLowerCase()))
                    .forEach(m -> failures.add("explanation: does not mention \"" + m + "\""));
        }
        if (s.explanationDoesNotMention() != null) {
            s.explanationDoesNotMention().stream().filter(m -> explanation.contains(m.toLowerCase()))
                    .forEach(m -> failures.add("explanation: mentions \"" + m + "\""));
        }
        checkReasons(failures, s, reasons);
        if (s.exercises() != null) {
            s.exercises().stream().filter(rule -> !evaluation.firedRules().contains(rule))
                    .forEach(rule -> failures.add("exercises: rule \"" + rule + "\" did not fire"
                            + (engine.ruleSet().ruleNames().contains(rule) ? "" : " (no rule has this name)")));
        }
        return new ScenarioResult(s, a, failures, evaluation.firedRules());
    }

    private static void checkReasons(List<String> failures, Scenario s, Map<String, String> reasons) {
        if (s.reasons() != null) {
            s.reasons().forEach((id, words) -> words.stream()
                    .filter(w -> !reasons.getOrDefault(id, "").contains(w.toLowerCase()))
                    .forEach(w -> failures.add("reasons: " + id + (reasons.containsKey(id)
                            ? " does not mention \"" + w + "\"" : " is not suggested, so cannot say \"" + w + "\""))));
        }
        if (s.notReasons() != null) {
            s.notReasons().forEach((id, words) -> words.stream()
                    .filter(w -> reasons.getOrDefault(id, "").contains(w.toLowerCase()))
                    .forEach(w -> failures.add("notReasons: " + id + " mentions \"" + w + "\"")));
        }
    }

    /** Every scenario's result, in their order; run over the cores (each scenario has a session of its own). */
    public List<ScenarioResult> runAll(List<Scenario> scenarios) {
        return nl.dordrecht.triage.internal.InParallel.map(scenarios, this::run);
    }

    /** The rules of the engine's rule set that fired in none of the results, sorted. */
    public Set<String> unfiredRules(List<ScenarioResult> results) {
        Set<String> fired = new HashSet<>();
        results.forEach(r -> fired.addAll(r.firedRules()));
        Set<String> unfired = new TreeSet<>(engine.ruleSet().ruleNames());
        unfired.removeAll(fired);
        return unfired;
    }

    private static void check(List<String> failures, String what, String expected, String actual) {
        if (expected != null && !expected.equals(actual)) {
            failures.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static void checkSet(List<String> failures, String what, List<String> expected, List<String> actual) {
        if (expected != null && !new TreeSet<>(expected).equals(new TreeSet<>(actual))) {
            failures.add(what + ": expected exactly " + new TreeSet<>(expected) + " but was " + new TreeSet<>(actual));
        }
    }

    private static String oneOf(List<String> ids) {
        return ids.size() == 1 ? ids.get(0) : "one of " + ids;
    }
}
