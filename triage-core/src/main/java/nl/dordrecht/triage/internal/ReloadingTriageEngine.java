package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.LiveTriageEngine;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.ReloadResult;
import nl.dordrecht.triage.RuleSetException;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageAdvice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one compiled version at a time and swaps in a new one atomically. The current version is read once per
 * call, so a call never mixes versions; a replaced version is dropped as soon as its last call finishes (its module
 * was already removed from the global KieRepository when it was compiled).
 */
public final class ReloadingTriageEngine implements LiveTriageEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadingTriageEngine.class);

    private final RuleSetCompiler compiler;
    private final RuleSource source;
    private final CallGuard guard;
    private final AtomicReference<CompiledRuleSet> current = new AtomicReference<>();
    private final Object reloadLock = new Object();
    private volatile ScheduledExecutorService watcher;

    public ReloadingTriageEngine(RuleSetCompiler compiler, RuleSource source, CallGuard.Limits limits) {
        this.compiler = compiler;
        this.source = source;
        this.guard = new CallGuard(limits);
        current.set(compiler.compile(source));
    }

    @Override
    public TriageAdvice advise(HelpQuestion question) {
        return DroolsTriageEngine.advise(current.get(), guard, question);
    }

    @Override
    public String rulesetVersion() {
        return current.get().version();
    }

    @Override
    public List<String> neighbourhoods() {
        return current.get().catalogue().neighbourhoods();
    }

    @Override
    public ReloadResult reload() {
        synchronized (reloadLock) {
            CompiledRuleSet serving = current.get();
            RuleSetFiles files;
            try {
                files = source.read();
            } catch (IOException | RuntimeException e) {
                return rejected(serving, List.of(new Problem(source.toString(), 0, 0, "cannot read: " + e.getMessage())));
            }
            if (RuleSetCompiler.version(files).equals(serving.version())) {
                return new ReloadResult(false, serving.version(), List.of());
            }
            CompiledRuleSet candidate;
            try {
                candidate = compiler.compile(files);
            } catch (RuleSetException e) {
                return rejected(serving, e.problems());
            }
            current.set(candidate);
            LOG.info("rule set {} replaced {}", candidate.version(), serving.version());
            return new ReloadResult(true, candidate.version(), List.of());
        }
    }

    @Override
    public synchronized void watch(Duration interval) {
        if (watcher != null) {
            throw new IllegalStateException("already watching");
        }
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "triage-rule-watcher");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(this::reloadQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
            watcher = null;
        }
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.warn("rule reload failed; the current version keeps serving: {}", e.toString());
        }
    }

    private static ReloadResult rejected(CompiledRuleSet serving, List<Problem> problems) {
        LOG.warn("rule set update rejected; {} keeps serving:\n{}", serving.version(),
                String.join("\n", problems.stream().map(Problem::toString).toList()));
        return new ReloadResult(false, serving.version(), problems);
    }
}
