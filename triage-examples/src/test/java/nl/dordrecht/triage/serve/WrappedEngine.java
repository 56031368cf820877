package nl.dordrecht.triage.serve;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.LiveTriageEngine;
import nl.dordrecht.triage.ReloadResult;
import nl.dordrecht.triage.TriageAdvice;

/** The shipped engine with something done before each advice: a failure, or a wait, for the server's tests. */
final class WrappedEngine implements LiveTriageEngine {
    private final LiveTriageEngine engine;
    private final UnaryOperator<HelpQuestion> before;

    WrappedEngine(LiveTriageEngine engine, UnaryOperator<HelpQuestion> before) {
        this.engine = engine;
        this.before = before;
    }

    /** The shipped engine, except that each advice counts down {@code entered} and then waits for {@code release}. */
    static WrappedEngine held(CountDownLatch entered, CountDownLatch release) {
        return new WrappedEngine(Servers.ENGINE, q -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return q;
        });
    }

    @Override
    public TriageAdvice advise(HelpQuestion question) {
        return engine.advise(before.apply(question));
    }

    @Override
    public String rulesetVersion() {
        return engine.rulesetVersion();
    }

    @Override
    public List<String> neighbourhoods() {
        return engine.neighbourhoods();
    }

    @Override
    public ReloadResult reload() {
        return engine.reload();
    }

    @Override
    public void watch(Duration interval) {
        throw new UnsupportedOperationException("the server watches, not the engine");
    }

    @Override
    public void close() {
        // The shipped engine is shared by every test; it is not this wrapper's to close.
    }
}
