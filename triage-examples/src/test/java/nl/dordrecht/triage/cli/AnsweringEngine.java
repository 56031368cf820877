package nl.dordrecht.triage.cli;

import java.util.List;
import java.util.function.Function;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;

/** An engine whose advice a test decides, and which is otherwise the given engine (its version, its wijken). */
final class AnsweringEngine implements TriageEngine {
    private final TriageEngine engine;
    private final Function<HelpQuestion, TriageAdvice> advice;

    AnsweringEngine(TriageEngine engine, Function<HelpQuestion, TriageAdvice> advice) {
        this.engine = engine;
        this.advice = advice;
    }

    @Override
    public TriageAdvice advise(HelpQuestion question) {
        return advice.apply(question);
    }

    @Override
    public String rulesetVersion() {
        return engine.rulesetVersion();
    }

    @Override
    public List<String> neighbourhoods() {
        return engine.neighbourhoods();
    }
}
