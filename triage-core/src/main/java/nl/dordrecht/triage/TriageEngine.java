package nl.dordrecht.triage;

import java.util.List;

/**
 * Advises on residents' help questions with one rule set and catalogue.
 *
 * <p>Thread-safe: build one engine at start-up and share it between all callers. On the shipped rules building loads
 * what the build precompiled and accepted (well under a second); on rules from a folder it compiles and accepts them
 * (a few seconds). Every {@link #advise} call then runs in its own short-lived rule session and shares no mutable
 * state with other calls.
 *
 * <pre>{@code
 * TriageEngine engine = TriageEngine.dordrecht();
 * TriageAdvice advice = engine.advise(HelpQuestion.builder().topics(Topic.MONEY).build());
 * }</pre>
 */
public interface TriageEngine {

    /**
     * The advice for one question: always a primary suggestion, never a half answer, within the engine's deadline.
     * When the rules cannot decide in time, within the memory budget or without failing, it is the safe answer,
     * flagged in {@link TriageAdvice#fallback()} (README "Reliability").
     *
     * @throws InvalidQuestionException when the question names a wijk the catalogue does not know
     */
    TriageAdvice advise(HelpQuestion question);

    /** Content hash of the rules and catalogue this engine decides with; every advice carries it. */
    String rulesetVersion();

    /** The wijken a question may name, as the catalogue spells them. */
    List<String> neighbourhoods();

    /** An engine with the shipped Dordrecht rules and catalogue. */
    static TriageEngine dordrecht() {
        return builder().build();
    }

    static TriageEngineBuilder builder() {
        return new TriageEngineBuilder();
    }
}
