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
import nl.dordrecht.triage.fact.AdviceDraft;
import nl.dordrecht.triage.fact.Candidate;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.fact.Question;
import org.kie.api.event.rule.AfterMatchFiredEvent;
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
        Catalogue catalogue = ruleSet.catalogue();
        Question fact = new Question(question, canonicalNeighbourhood(catalogue, question),
                catalogue.lifeDomainCount(question.topics()));
        AdviceDraft draft = new AdviceDraft(catalogue.gapDescriptions());
        List<Candidate> candidates = new ArrayList<>();
        for (Offer offer : catalogue.candidatesFor(question.topics(), question.safetySignals())) {
            candidates.add(new Candidate(offer));
        }
        List<String> fired = trace ? new ArrayList<>() : null;
        if (fire(ruleSet, fact, draft, candidates, fired) >= MAX_FIRINGS) {
            throw new IllegalStateException("rules fired " + MAX_FIRINGS + " times for one question; these keep "
                    + "re-triggering each other: " + loopingRules(ruleSet, question) + " (inside modify, change "
                    + "properties through setters or methods annotated @Modifies)");
        }
        return new Evaluation(AdviceAssembler.assemble(question.id(), draft, candidates, ruleSet.version()),
                fired == null ? List.of() : fired);
    }

    /** Runs the phases in order; returns how many rules fired. Records their names when {@code fired} is given. */
    private static int fire(CompiledRuleSet ruleSet, Question fact, AdviceDraft draft, List<Candidate> candidates,
                            List<String> fired) {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            if (fired != null) {
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        fired.add(event.getMatch().getRule().getName());
                    }
                });
            }
            session.insert(fact);
            session.insert(draft);
            candidates.forEach(session::insert);
            List<String> phases = Phase.agendaGroups();
            for (int i = phases.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
            }
            return session.fireAllRules(MAX_FIRINGS);
        } finally {
            session.dispose();
        }
    }

    /** Runs the question once more, recording firings, to name the rules that loop: the diagnosis costs nothing until needed. */
    private static List<String> loopingRules(CompiledRuleSet ruleSet, HelpQuestion question) {
        Catalogue catalogue = ruleSet.catalogue();
        List<Candidate> candidates = catalogue.candidatesFor(question.topics(), question.safetySignals()).stream()
                .map(Candidate::new).toList();
        List<String> fired = new ArrayList<>();
        fire(ruleSet, new Question(question, canonicalNeighbourhood(catalogue, question),
                catalogue.lifeDomainCount(question.topics())), new AdviceDraft(catalogue.gapDescriptions()), candidates, fired);
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
