package nl.dordrecht.triage.serve;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.dordrecht.triage.LiveTriageEngine;
import nl.dordrecht.triage.ReloadResult;
import nl.dordrecht.triage.RuleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule set the server advises with, and what goes with it: when it was loaded and its catalogue as HSDS. Empty
 * until the first version compiles (the server is live, not yet ready). With {@link #watch} it follows the engine's
 * atomic reloads; the HSDS view is read again only when a new version was applied. Thread-safe.
 */
final class ServedRules implements AutoCloseable {
    /** One version as served: the engine's version, when it started serving, and its catalogue as HSDS. */
    record Serving(LiveTriageEngine engine, String version, Instant loadedAt, HsdsCatalogue hsds) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ServedRules.class);
    private final AtomicReference<Serving> serving = new AtomicReference<>();
    private final Clock clock;
    private ScheduledExecutorService watcher;
    private RuleSource source;

    ServedRules(Clock clock) {
        this.clock = clock;
    }

    /** Starts serving {@code engine}, built from {@code source}. */
    synchronized void serve(LiveTriageEngine engine, RuleSource source) throws IOException {
        this.source = source;
        serving.set(new Serving(engine, engine.rulesetVersion(), clock.instant(), HsdsCatalogue.read(source)));
    }

    boolean ready() {
        return serving.get() != null;
    }

    /** What serves now; 503 before the first version is loaded. */
    Serving current() {
        Serving now = serving.get();
        if (now == null) {
            throw new HttpProblem(503, "not ready: the rule set is still being loaded");
        }
        return now;
    }

    LiveTriageEngine engine() {
        return current().engine();
    }

    /** Reloads every {@code interval}; the engine swaps versions atomically and rejects broken ones (it logs why). */
    synchronized void watch(Duration interval) {
        Serving first = current();
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "triage-serve-watcher");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(() -> reload(first.engine()), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void reload(LiveTriageEngine engine) {
        try {
            ReloadResult result = engine.reload();
            if (result.applied()) {
                HsdsCatalogue hsds = HsdsCatalogue.read(source);
                serving.set(new Serving(engine, result.version(), clock.instant(), hsds));
            }
        } catch (Throwable e) {
            // Whatever a version throws, the watcher lives on and the current version keeps serving.
            LOG.warn("rule reload failed; the current version keeps serving: {}", e.getClass().getName());
        }
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        Serving now = serving.get();
        if (now != null) {
            now.engine().close();
        }
    }
}
