package nl.dordrecht.triage;

import java.util.Objects;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import nl.dordrecht.triage.internal.ReloadingTriageEngine;
import nl.dordrecht.triage.internal.RuleSetCompiler;

/** Configures and builds a {@link TriageEngine}. Not thread-safe; the engine it builds is. */
public final class TriageEngineBuilder {
    private RuleSource source = RuleSource.dordrecht();
    private ClassLoader classLoader = TriageEngineBuilder.class.getClassLoader();

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
     * Reads, validates and compiles the rules and catalogue.
     *
     * @throws RuleSetException listing every problem, each with file, line and reason
     */
    public TriageEngine build() {
        return new DroolsTriageEngine(new RuleSetCompiler(classLoader).compile(source));
    }

    /**
     * Like {@link #build()}, for an engine whose rules can be replaced while it serves.
     *
     * @throws RuleSetException when the first version cannot be used
     */
    public LiveTriageEngine buildLive() {
        return new ReloadingTriageEngine(new RuleSetCompiler(classLoader), source);
    }
}
