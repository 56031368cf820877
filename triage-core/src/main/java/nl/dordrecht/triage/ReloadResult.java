package nl.dordrecht.triage;

import java.util.List;

/**
 * What a {@link LiveTriageEngine#reload()} did.
 *
 * @param applied  {@code true} when a new version now serves
 * @param version  the version serving after the reload (the old one when nothing was applied)
 * @param problems why an update was rejected; empty when it was applied or when nothing had changed
 */
public record ReloadResult(boolean applied, String version, List<Problem> problems) {
    public ReloadResult {
        problems = List.copyOf(problems);
    }

    public boolean rejected() {
        return !problems.isEmpty();
    }
}
