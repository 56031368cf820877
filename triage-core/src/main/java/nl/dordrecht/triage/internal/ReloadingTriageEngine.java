package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.fact.Offer;
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
    /** What serves now, as read: guarded by {@code reloadLock}. */
    private RuleSetFiles servingFiles;
    /** The last version rejected and why, so an unchanged broken version is not compiled again every tick. */
    private String rejectedVersion;
    private List<Problem> rejectedProblems = List.of();
    private int compilations;

    public ReloadingTriageEngine(RuleSetCompiler compiler, RuleSource source, CallGuard.Limits limits) {
        this.compiler = compiler;
        this.source = source;
        this.guard = new CallGuard(limits);
        servingFiles = RuleSetCompiler.read(source);
        current.set(compiler.compile(servingFiles));
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
            } catch (Manifest.IncompleteSnapshot e) {
                // A deploy under way: nothing is wrong yet, the next check will see the complete version.
                LOG.debug("rule set not read: {}", e.getMessage());
                return new ReloadResult(false, serving.version(), List.of(new Problem(source.toString(), 0, 0, e.getMessage())));
            } catch (IOException | RuntimeException e) {
                return rejected(serving, null, List.of(RuleSetCompiler.unreadable(source, e)));
            }
            String version = RuleSetCompiler.version(files);
            if (version.equals(serving.version())) {
                return new ReloadResult(false, serving.version(), List.of());
            }
            if (version.equals(rejectedVersion)) {
                return new ReloadResult(false, serving.version(), rejectedProblems); // said once already
            }
            List<Problem> dropped = files.published() ? List.of() : droppedFiles(files);
            if (!dropped.isEmpty()) {
                return rejected(serving, version, dropped);
            }
            CompiledRuleSet candidate;
            compilations++;
            try {
                candidate = compiler.compile(files);
            } catch (RuleSetException e) {
                return rejected(serving, version, e.problems());
            } catch (RuntimeException | StackOverflowError e) {
                return rejected(serving, version, List.of(new Problem("rules", 0, 0, "cannot compile: "
                        + e.getClass().getSimpleName() + " (an expression nested too deep, or a rule too large?)")));
            }
            List<Problem> droppedSafety = files.published() ? List.of() : droppedSafetyOffers(serving, candidate);
            if (!droppedSafety.isEmpty()) {
                return rejected(serving, version, droppedSafety);
            }
            current.set(candidate);
            servingFiles = files;
            LOG.info("rule set {} replaced {}", candidate.version(), serving.version());
            return new ReloadResult(true, candidate.version(), List.of());
        }
    }

    @Override
    public synchronized void watch(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero() || interval.toMillis() == 0) {
            throw new IllegalArgumentException("watch interval must be at least a millisecond: " + interval);
        }
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

    /** The watcher's task: whatever a version throws (a StackOverflowError from a parser), the watcher lives on. */
    private void reloadQuietly() {
        try {
            reload();
        } catch (Throwable e) {
            LOG.warn("rule reload failed; the current version keeps serving: {}", e.getClass().getName());
        }
    }

    /** How many updates were compiled (not counting the first version): for tests of the reload loop. */
    int compilations() {
        synchronized (reloadLock) {
            return compilations;
        }
    }

    /** Rule files the serving version has and these lack: without a manifest, a missing file is an accident. */
    private List<Problem> droppedFiles(RuleSetFiles files) {
        Set<String> now = new HashSet<>();
        files.rules().forEach(f -> now.add(RuleSetCompiler.baseName(f.name())));
        List<Problem> problems = new ArrayList<>();
        for (SourceFile f : servingFiles.rules()) {
            if (!now.contains(RuleSetCompiler.baseName(f.name()))) {
                problems.add(new Problem(f.name(), 0, 0, "the serving version has this file and the update does not; "
                        + "to drop a rule file on purpose, publish the update with a " + Manifest.FILE_NAME));
            }
        }
        return problems;
    }

    /** Safety services the serving catalogue has and the candidate lacks: without a manifest, an accident. */
    private static List<Problem> droppedSafetyOffers(CompiledRuleSet serving, CompiledRuleSet candidate) {
        List<Problem> problems = new ArrayList<>();
        for (Offer offer : serving.catalogue().offers()) {
            if (offer.isSafetyService() && candidate.catalogue().offer(offer.getId()).filter(Offer::isSafetyService).isEmpty()) {
                problems.add(new Problem("catalogue.yaml", 0, 0, "safety offer " + offer.getId() + " is in the serving "
                        + "version but not in the update; to drop it on purpose, publish the update with a " + Manifest.FILE_NAME));
            }
        }
        return problems;
    }

    /** Logs a rejection once: the same problems again (an unchanged broken file, each tick) are not logged again. */
    private ReloadResult rejected(CompiledRuleSet serving, String version, List<Problem> problems) {
        if (!problems.equals(rejectedProblems)) {
            LOG.warn("rule set update rejected; {} keeps serving:\n{}", serving.version(),
                    String.join("\n", problems.stream().map(Problem::toString).toList()));
        }
        rejectedVersion = version;
        rejectedProblems = List.copyOf(problems);
        return new ReloadResult(false, serving.version(), rejectedProblems);
    }
}
