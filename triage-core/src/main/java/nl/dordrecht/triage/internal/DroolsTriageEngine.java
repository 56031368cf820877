package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.fact.AdviceDraft;
import nl.dordrecht.triage.fact.Candidate;
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
    /** Focus is a stack: the last phase is pushed first so the first phase runs first. */
    private static final List<String> FOCUS_ORDER = reversed(Phase.agendaGroups());

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
        if (fire(ruleSet, facts, fired) >= MAX_FIRINGS) {
            throw new IllegalStateException("rules fired " + MAX_FIRINGS + " times for one question; these keep "
                    + "re-triggering each other: " + loopingRules(ruleSet, question) + " (inside modify, change "
                    + "properties through setters or methods annotated @Modifies)");
        }
        return new Evaluation(AdviceAssembler.assemble(question.id(), facts.draft(), facts.candidates(),
                ruleSet.version()), fired == null ? List.of() : fired);
    }

    /** The facts of one call: all mutable, all new. */
    private record Facts(Question question, AdviceDraft draft, List<Candidate> candidates) {
        static Facts of(Catalogue catalogue, HelpQuestion question) {
            List<Candidate> candidates = new ArrayList<>();
            for (Offer offer : catalogue.candidatesFor(question.topics(), question.safetySignals())) {
                candidates.add(new Candidate(offer));
            }
            return new Facts(new Question(question, canonicalNeighbourhood(catalogue, question), catalogue.lifeDomains()),
                    new AdviceDraft(catalogue.gapDescriptions()), candidates);
        }
    }

    /** Runs the phases in order; returns how many rules fired. Records their names when {@code fired} is given. */
    private static int fire(CompiledRuleSet ruleSet, Facts facts, List<String> fired) {
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
            session.insert(facts.draft());
            facts.candidates().forEach(session::insert);
            for (String phase : FOCUS_ORDER) {
                session.getAgenda().getAgendaGroup(phase).setFocus();
            }
            return session.fireAllRules(MAX_FIRINGS);
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

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return List.copyOf(copy);
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
