package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Fallback;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.HelpQuestionBuilder;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.internal.scenario.ScenarioReader;
import nl.dordrecht.triage.internal.scenario.ScenarioResult;
import nl.dordrecht.triage.internal.scenario.ScenarioRunner;

/**
 * What a compiled rule set must prove before it may serve, beyond compiling: the safe answer exists; a question about
 * each topic alone gets an advice; every safety signal escalates to a service that takes it, whatever the topic; and
 * worst-case questions (most topics, every marker, extreme ages) get an advice. Every probe runs under the call guard,
 * so a rule set that spins, throws or explodes for any of them is rejected with the probe that showed it.
 */
final class Acceptance {
    /**
     * Generous: the first probes run in a cold JVM (classes, lazily built network) and, on a busy machine, take seconds
     * (an independent review saw a 2 s limit refuse the shipped rules under load); a runaway rule still stops the check.
     */
    static final CallGuard.Limits DEFAULT_LIMITS = new CallGuard.Limits(java.time.Duration.ofSeconds(30), 256L * 1024 * 1024);
    /**
     * Probes evaluated at once, two at a time: a few more than the cores, so both stay busy; after the first probe over
     * a limit the rest of its window is run for nothing, which is what ending the check early may cost.
     */
    private static final int WINDOW = 8;
    private final CallGuard guard;

    Acceptance(CallGuard.Limits limits) {
        this.guard = new CallGuard(limits);
    }

    List<Problem> check(CompiledRuleSet ruleSet, List<SourceFile> rules) {
        Set<Problem> problems = new LinkedHashSet<>();
        Set<String> reported = new HashSet<>();
        try {
            probeAll(ruleSet, rules, problems, reported);
        } catch (OutOfLimits stop) {
            // One probe over the time or memory limit is enough to reject the version; more would only take longer.
        }
        return List.copyOf(problems);
    }

    /**
     * The scenarios given with the version, each under the call guard; their failures, each at the scenario's line.
     * Only run when the probes passed: they explain a failure better than a scenario would.
     */
    List<Problem> scenarios(CompiledRuleSet ruleSet, List<SourceFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        ScenarioReader.Result read = ScenarioReader.read(files);
        List<Problem> problems = new ArrayList<>(read.problems());
        ScenarioRunner runner = new ScenarioRunner(new DroolsTriageEngine(ruleSet));
        List<CallGuard.Outcome<ScenarioResult>> outcomes = InParallel.map(read.scenarios(), s -> guard.run(halt -> runner.run(s)));
        for (int i = 0; i < outcomes.size(); i++) {
            Scenario s = read.scenarios().get(i);
            CallGuard.Outcome<ScenarioResult> outcome = outcomes.get(i);
            List<String> failures = outcome.failure() != null
                    ? List.of("no advice (" + outcome.failure().reason() + ")") : outcome.value().failures();
            failures.forEach(f -> problems.add(new Problem(s.file(), s.line(), 1, "scenario '" + s.name() + "': " + f)));
        }
        return problems;
    }

    /** Thrown by a probe that ran out of time or memory, to end the check. */
    private static final class OutOfLimits extends RuntimeException {
        OutOfLimits() {
            super(null, null, false, false);
        }
    }

    /** One acceptance probe: the question, what it stands for in a problem, and the signal it must escalate. */
    private record Probe(HelpQuestion question, String what, SafetySignal signal) {
    }

    private void probeAll(CompiledRuleSet ruleSet, List<SourceFile> rules, Set<Problem> problems, Set<String> reported) {
        SafeAnswer.missingIn(ruleSet.catalogue()).forEach(m -> problems.add(new Problem("catalogue.yaml", 0, 0, m)));
        List<Probe> probes = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            probes.add(new Probe(HelpQuestion.about(topic), "a question about " + topic + " alone", null));
        }
        for (SafetySignal signal : SafetySignal.values()) {
            for (Topic topic : Topic.values()) {
                probes.add(new Probe(HelpQuestion.builder().topics(topic).safetySignals(signal).build(),
                        "a question about " + topic + " with " + signal, signal));
            }
        }
        worstCases().forEach(q -> probes.add(new Probe(q, "the worst-case question " + describe(q), null)));
        // Said once a signal: the first topic with which it does not escalate.
        Set<SafetySignal> notEscalating = java.util.EnumSet.noneOf(SafetySignal.class);
        for (int from = 0; from < probes.size(); from += WINDOW) {
            List<Probe> window = probes.subList(from, Math.min(probes.size(), from + WINDOW));
            List<CallGuard.Outcome<Evaluation>> outcomes = InParallel.map(window,
                    p -> guard.run(halt -> DroolsTriageEngine.evaluate(ruleSet, p.question(), halt)));
            for (int i = 0; i < window.size(); i++) {
                Probe p = window.get(i);
                if (p.signal() != null && notEscalating.contains(p.signal())) {
                    continue;
                }
                TriageAdvice advice = advice(outcomes.get(i), rules, p.what(), problems, reported);
                if (p.signal() != null && advice != null && !escalates(ruleSet, advice, p.signal())) {
                    problems.add(new Problem("rules", 0, 0, "safety signal " + p.signal() + " with a question about "
                            + p.question().topics().iterator().next() + " does not escalate to a service that takes it "
                            + "(route " + advice.route() + ", primary " + advice.primary().offerId() + ")"));
                    notEscalating.add(p.signal());
                }
            }
        }
    }

    /**
     * The probe's advice, or {@code null} after adding why it has none; a rule or a limit that fails many probes is
     * reported once, at the first.
     */
    private static TriageAdvice advice(CallGuard.Outcome<Evaluation> outcome, List<SourceFile> rules, String what,
                                       Set<Problem> problems, Set<String> reported) {
        if (outcome.failure() == null) {
            return outcome.value().advice();
        }
        CallGuard.Failure failure = outcome.failure();
        String rule = failure.cause() == null ? null : CallGuard.failingRule(failure.cause());
        Problem problem;
        if (rule != null) {
            problem = RuleSetCompiler.locateRule(rules, rule, "rule \"" + rule + "\" fails for " + what + ": "
                    + CallGuard.describe(failure.cause()).replaceFirst("^rule \"[^\"]*\" threw ", ""));
        } else if (failure.cause() != null) {
            problem = DroolsMessages.locate(failure.cause(), rules).orElseGet(() -> new Problem("rules", 0, 0,
                    what + " gets no advice: " + failure.cause().getMessage()));
        } else {
            problem = new Problem("rules", 0, 0, what + " gets no advice (" + failure.reason() + "): " + failure.detail());
        }
        String key = rule != null ? rule : failure.reason().name();
        if (reported.add(key)) {
            problems.add(problem);
        }
        if (failure.reason() != Fallback.RULE_FAILED) {
            throw new OutOfLimits();
        }
        return null;
    }

    private static boolean escalates(CompiledRuleSet ruleSet, TriageAdvice advice, SafetySignal signal) {
        return advice.route() == Route.SAFETY_ESCALATION && ruleSet.catalogue().offer(advice.primary().offerId())
                .map(o -> o.getSafetySignals().contains(signal)).orElse(false);
    }

    /** The heaviest questions the contract allows: the most topics, every marker, barrier and group, extreme ages. */
    static List<HelpQuestion> worstCases() {
        Topic[] topics = Topic.values();
        List<HelpQuestion> cases = new ArrayList<>();
        for (int start = 0; start < topics.length; start += HelpQuestion.MAX_TOPICS / 2) {
            List<Topic> some = new ArrayList<>();
            for (int i = 0; i < HelpQuestion.MAX_TOPICS; i++) {
                some.add(topics[(start + i) % topics.length]);
            }
            for (int age : new int[] {0, 12, 17, 18, 120}) {
                cases.add(everything(some).age(age).explicit(age % 2 == 0).channel(Channel.values()[age % Channel.values().length])
                        .build());
            }
        }
        return cases;
    }

    private static HelpQuestionBuilder everything(List<Topic> topics) {
        List<Integer> children = new ArrayList<>();
        for (int i = 0; i < HelpQuestion.MAX_CHILD_AGES; i++) {
            children.add(i * 17 / (HelpQuestion.MAX_CHILD_AGES - 1));
        }
        return HelpQuestion.builder().topics(topics).reluctance(Arrays.asList(Reluctance.values()))
                .barriers(Arrays.asList(Barrier.values())).groups(Arrays.asList(Group.values())).childAges(children)
                .monthsInDordrecht(14);
    }

    private static String describe(HelpQuestion q) {
        return "(" + q.topics().size() + " topics, every marker, barrier and group, age " + q.age() + ")";
    }
}
