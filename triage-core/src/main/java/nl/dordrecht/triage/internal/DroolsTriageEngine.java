package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.fact.Question;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine: one compiled rule set, a rule session per call, run under a {@link CallGuard} so that no rule can hold
 * the caller past the deadline; when the rules fail, the caller gets the {@link SafeAnswer}. Thread-safe because calls
 * share only immutable state (the KieBase and the catalogue); all mutable facts are created per call.
 */
public final class DroolsTriageEngine implements TriageEngine {
    /** Far above any sane rule set's firings for one question; reaching it means rules re-trigger each other. */
    static final int MAX_FIRINGS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(DroolsTriageEngine.class);

    private final CompiledRuleSet ruleSet;
    private final CallGuard guard;

    public DroolsTriageEngine(CompiledRuleSet ruleSet) {
        this(ruleSet, CallGuard.Limits.DEFAULT);
    }

    public DroolsTriageEngine(CompiledRuleSet ruleSet, CallGuard.Limits limits) {
        this.ruleSet = ruleSet;
        this.guard = new CallGuard(limits);
    }

    @Override
    public TriageAdvice advise(HelpQuestion question) {
        return advise(ruleSet, guard, question);
    }

    /**
     * The rules' advice, or the safe answer when they fail or run out of time or memory; logged once, without
     * question content.
     *
     * @throws InvalidQuestionException when the question names a wijk the catalogue does not know
     */
    static TriageAdvice advise(CompiledRuleSet ruleSet, CallGuard guard, HelpQuestion question) {
        Question facts = ruleSet.catalogue().questionFor(question);
        Function<CallGuard.Halt, Evaluation> work = halt -> evaluate(ruleSet, question, facts, null, halt);
        CallGuard.Outcome<Evaluation> outcome = ruleSet.acceptedAtBuild() ? guard.runHere(work) : guard.run(work);
        if (outcome.failure() == null) {
            return outcome.value().advice();
        }
        LOG.warn("rule set {}: the safe answer was given ({}): {}", ruleSet.version(), outcome.failure().reason(),
                outcome.failure().detail());
        return SafeAnswer.of(ruleSet, question, outcome.failure().reason());
    }

    @Override
    public String rulesetVersion() {
        return ruleSet.version();
    }

    @Override
    public List<String> neighbourhoods() {
        return ruleSet.catalogue().neighbourhoods();
    }

    public CompiledRuleSet ruleSet() {
        return ruleSet;
    }

    /** The advice and, when {@code trace} is set, the rules that fired for it. */
    public Evaluation evaluate(HelpQuestion question, boolean trace) {
        return evaluate(ruleSet, question, trace);
    }

    /** Unguarded, on the caller's thread: for checks that report what fails rather than answer past it. */
    static Evaluation evaluate(CompiledRuleSet ruleSet, HelpQuestion question, boolean trace) {
        return evaluate(ruleSet, question, ruleSet.catalogue().questionFor(question), trace ? new ArrayList<>() : null,
                new CallGuard.Halt());
    }

    /** Without a trace, for the guard: the session can be halted through {@code halt}. */
    static Evaluation evaluate(CompiledRuleSet ruleSet, HelpQuestion question, CallGuard.Halt halt) {
        return evaluate(ruleSet, question, ruleSet.catalogue().questionFor(question), null, halt);
    }

    private static Evaluation evaluate(CompiledRuleSet ruleSet, HelpQuestion question, Question facts, List<String> fired,
                                       CallGuard.Halt halt) {
        Outcome outcome = fire(ruleSet, facts, fired, halt);
        if (outcome.firings() >= MAX_FIRINGS) {
            throw new RuleSetDefect("rules fired " + MAX_FIRINGS + " times for one question; these keep "
                    + "re-triggering each other: " + loopingRules(ruleSet, question) + " (a rule whose conclusion "
                    + "undoes its own condition, e.g. through a `not` pattern on what it inserts)");
        }
        return new Evaluation(AdviceAssembler.assemble(question.id(), facts.getOffers(), outcome.decisions(),
                ruleSet.catalogue().gapDescriptions(), ruleSet.version()), fired == null ? List.of() : fired);
    }

    /** How many rules fired, and the decisions that hold at the end. */
    private record Outcome(int firings, DecisionFacts decisions) {
    }

    /**
     * Runs the rules to their end on the question and the offers it carries. Records the names of the rules that fire
     * when {@code fired} is given.
     */
    private static Outcome fire(CompiledRuleSet ruleSet, Question facts, List<String> fired, CallGuard.Halt halt) {
        KieSession session = ruleSet.sessions().newKieSession();
        halt.onHalt(session::halt);
        boolean clean = false;
        AgendaEventListener recorder = fired == null ? null : new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };
        try {
            if (recorder != null) {
                session.addEventListener(recorder);
            }
            session.insert(facts);
            facts.getOffers().forEach(session::insert);
            int firings = session.fireAllRules(MAX_FIRINGS);
            Outcome outcome = new Outcome(firings, DecisionFacts.of(session));
            clean = true;
            return outcome;
        } finally {
            if (recorder != null) {
                session.removeEventListener(recorder); // a pooled session keeps its listeners
            }
            boolean halted = halt.detach();
            if (clean && !halted) {
                session.dispose(); // back to the pool, reset
            } else {
                session.destroy(); // halted or failed half-way: not reused
            }
        }
    }

    /** Runs the question once more, recording firings, to name the looping rules: costs nothing until needed. */
    private static List<String> loopingRules(CompiledRuleSet ruleSet, HelpQuestion question) {
        List<String> fired = new ArrayList<>();
        fire(ruleSet, ruleSet.catalogue().questionFor(question), fired, new CallGuard.Halt());
        Map<String, Long> counts = fired.stream().collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() > MAX_FIRINGS / 10)
                .map(e -> "\"" + e.getKey() + "\"").toList();
    }
}
