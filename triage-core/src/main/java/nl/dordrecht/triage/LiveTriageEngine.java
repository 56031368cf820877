package nl.dordrecht.triage;

import java.time.Duration;

/**
 * A {@link TriageEngine} whose rules and catalogue can be replaced while it serves.
 *
 * <p>A new version is read, compiled and tried off the serving path; only a complete, valid one replaces the
 * current one, in one atomic step. Calls in flight finish on the version they started with; every advice names its
 * version in {@code rulesetVersion}. A broken update is rejected with its problems and the old version keeps
 * serving. A version must pass the acceptance probes before it serves; an update that lacks a rule file or a safety
 * offer of the serving version is rejected unless it was published with a {@code ruleset.manifest}, and with a
 * manifest only a complete snapshot is read (README "Reliability"). Thread-safe; reloads are serialised.
 */
public interface LiveTriageEngine extends TriageEngine, AutoCloseable {

    /** Reads the rule source again and, when it changed and is valid, switches to it. */
    ReloadResult reload();

    /**
     * Checks the rule source for changes every {@code interval} on a background thread and reloads when it changed;
     * rejected updates are logged (file, line, reason) and the old version keeps serving.
     */
    void watch(Duration interval);

    /** Stops watching. The engine keeps serving its current version. */
    @Override
    void close();
}
