package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.fact.Question;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The engine: one compiled rule set, a fresh rule session per call. Thread-safe because calls share only immutable
 * state (the KieBase and the catalogue); all mutable facts are created per call.
 */
public final class DroolsTriageEngine implements TriageEngine {
    /** Far above any sane rule set's firings for one question; reaching it means rules re-trigger each other. */
    static final int MAX_FIRINGS = 5_000;

    private final CompiledRuleSet ruleSet;

    public DroolsTriageEngine(CompiledRuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    @Override
    public TriageAdvice advise(HelpQuestion question) {
        return evaluate(ruleSet, question, false).advice();
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

    static Evaluation evaluate(CompiledRuleSet ruleSet, HelpQuestion question, boolean trace) {
        Facts facts = Facts.of(ruleSet.catalogue(), question);
        List<String> fired = trace ? new ArrayList<>() : null;
        Outcome outcome = fire(ruleSet, facts, fired);
        if (outcome.firings() >= MAX_FIRINGS) {
            throw new IllegalStateException("rules fired " + MAX_FIRINGS + " times for one question; these keep "
                    + "re-triggering each other: " + loopingRules(ruleSet, question) + " (a rule whose conclusion "
                    + "undoes its own condition, e.g. through a `not` pattern on what it inserts)");
        }
        return new Evaluation(AdviceAssembler.assemble(question.id(), facts.offers(), outcome.decisions(),
                ruleSet.catalogue().gapDescriptions(), ruleSet.version()), fired == null ? List.of() : fired);
    }

    /** The facts of one call: the question and the offers the rules weigh for it, both immutable. */
    private record Facts(Question question, List<Offer> offers) {
        static Facts of(Catalogue catalogue, HelpQuestion question) {
            return new Facts(new Question(question, canonicalNeighbourhood(catalogue, question), catalogue.lifeDomains()),
                    catalogue.candidatesFor(question.topics(), question.safetySignals(), question.groups(), !question.explicit()));
        }
    }

    /** How many rules fired, and the decisions that hold at the end. */
    private record Outcome(int firings, DecisionFacts decisions) {
    }

    /** Runs the rules to their end. Records the names of the rules that fire when {@code fired} is given. */
    private static Outcome fire(CompiledRuleSet ruleSet, Facts facts, List<String> fired) {
        KieSession session = ruleSet.sessions().newKieSession();
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
            session.insert(facts.question());
            facts.offers().forEach(session::insert);
            int firings = session.fireAllRules(MAX_FIRINGS);
            return new Outcome(firings, DecisionFacts.of(session));
        } finally {
            if (recorder != null) {
                session.removeEventListener(recorder); // a pooled session keeps its listeners
            }
            session.dispose();
        }
    }

    /** Runs the question once more, recording firings, to name the looping rules: costs nothing until needed. */
    private static List<String> loopingRules(CompiledRuleSet ruleSet, HelpQuestion question) {
        List<String> fired = new ArrayList<>();
        fire(ruleSet, Facts.of(ruleSet.catalogue(), question), fired);
        Map<String, Long> counts = fired.stream().collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() > MAX_FIRINGS / 10)
                .map(e -> "\"" + e.getKey() + "\"").toList();
    }

    private static String canonicalNeighbourhood(Catalogue catalogue, HelpQuestion question) {
        if (question.neighbourhood() == null) {
            return null;
        }
        return catalogue.neighbourhood(question.neighbourhood()).orElseThrow(() -> new InvalidQuestionException(
                question.id(), List.of(new FieldError("neighbourhood",
                "unknown wijk; known: " + String.join(", ", catalogue.neighbourhoods())))));
    }
}
