package nl.dordrecht.triage;

import java.time.Duration;
import java.util.Objects;
import nl.dordrecht.triage.internal.CallGuard;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import nl.dordrecht.triage.internal.ReloadingTriageEngine;
import nl.dordrecht.triage.internal.RuleSetCompiler;

/** Configures and builds a {@link TriageEngine}. Not thread-safe; the engine it builds is. */
public final class TriageEngineBuilder {
    private RuleSource source = RuleSource.dordrecht();
    private ClassLoader classLoader = TriageEngineBuilder.class.getClassLoader();
    private Duration deadline = CallGuard.Limits.DEFAULT.deadline();
    private long memoryBudget = CallGuard.Limits.DEFAULT.memoryBudgetBytes();
    private Duration probeDeadline = RuleSetCompiler.DEFAULT_PROBE_DEADLINE;

    TriageEngineBuilder() {
    }

    /** Where the rules and catalogue come from; the shipped Dordrecht ones by default. */
    public TriageEngineBuilder rules(RuleSource source) {
        this.source = Objects.requireNonNull(source, "source");
        return this;
    }

    /** The class loader the rules are compiled against; this library's by default. */
    public TriageEngineBuilder classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        return this;
    }

    /**
     * How long one {@link TriageEngine#advise} may take; 2 seconds by default (a call normally takes well under a
     * millisecond). When the rules take longer they are halted and the caller gets the safe answer, flagged with
     * {@link Fallback#DEADLINE_EXCEEDED}.
     */
    public TriageEngineBuilder deadline(Duration deadline) {
        this.deadline = positive(deadline, "deadline");
        return this;
    }

    /**
     * How many bytes the rules may allocate for one call; 64 MiB by default (a call normally allocates about 100 KB).
     * Beyond it they are halted and the caller gets the safe answer, flagged with
     * {@link Fallback#MEMORY_BUDGET_EXCEEDED}. Checked where the JVM measures allocation per thread (HotSpot).
     */
    public TriageEngineBuilder memoryBudget(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("memory budget must be positive: " + bytes);
        }
        this.memoryBudget = bytes;
        return this;
    }

    /**
     * How long each acceptance probe may take before a version is refused (README "Reliability"); 30 seconds by
     * default, because the first probes run in a cold JVM that may share a busy machine.
     */
    public TriageEngineBuilder probeDeadline(Duration deadline) {
        this.probeDeadline = positive(deadline, "probe deadline");
        return this;
    }

    private static Duration positive(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + duration);
        }
        return duration;
    }

    /**
     * Reads, validates and compiles the rules and catalogue.
     *
     * @throws RuleSetException listing every problem, each with file, line and reason
     */
    public TriageEngine build() {
        return new DroolsTriageEngine(compiler().compile(source), limits());
    }

    /**
     * Like {@link #build()}, for an engine whose rules can be replaced while it serves.
     *
     * @throws RuleSetException when the first version cannot be used
     */
    public LiveTriageEngine buildLive() {
        return new ReloadingTriageEngine(compiler(), source, limits());
    }

    private RuleSetCompiler compiler() {
        return new RuleSetCompiler(classLoader, new CallGuard.Limits(probeDeadline, RuleSetCompiler.PROBE_MEMORY_BUDGET));
    }

    private CallGuard.Limits limits() {
        return new CallGuard.Limits(deadline, memoryBudget);
    }
}
