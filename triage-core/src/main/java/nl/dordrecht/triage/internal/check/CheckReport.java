package nl.dordrecht.triage.internal.check;

import java.util.List;

/** The outcome of {@code triage check}: every finding, and the counts for the summary line. */
public record CheckReport(List<Finding> findings, int rules, int offers, int scenarios, int scenariosPassed,
                          int uncoveredRules, String version) {
    public CheckReport {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return findings.stream().noneMatch(Finding::error);
    }

    public long errors() {
        return findings.stream().filter(Finding::error).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    /** One line that says whether the rules are fit to ship, and why not. */
    public String summary() {
        return "triage check: " + (ok() ? "OK" : "FAILED") + ": " + errors() + " errors, " + warnings() + " warnings ("
                + rules + " rules, " + offers + " offers, " + scenariosPassed + "/" + scenarios + " scenarios passed, "
                + uncoveredRules + " rules fire in no scenario)";
    }
}
