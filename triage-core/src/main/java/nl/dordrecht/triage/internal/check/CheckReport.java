package nl.dordrecht.triage.internal.check;

import java.util.List;

/**
 * The outcome of {@code triage check}: every finding, the counts for the summary line, and what was checked.
 *
 * @param checked    what was read, in one line (which rules, catalogue and scenarios)
 * @param notChecked what was not checked and why: the author must not read "OK" as more than it is
 * @param coverage   the topic × age combinations without an open low-threshold offer: facts about the catalogue, not
 *                   mistakes at a line, so notes (the report draws them as the heat map's gaps)
 */
public record CheckReport(List<Finding> findings, int rules, int offers, int scenarios, int scenariosPassed,
                          int uncoveredRules, String version, String checked, List<String> notChecked,
                          List<CatalogueLint.CoverageGap> coverage) {
    public CheckReport {
        findings = List.copyOf(findings);
        notChecked = List.copyOf(notChecked);
        coverage = List.copyOf(coverage);
    }

    /** A check that stopped early: nothing was compiled. */
    static CheckReport stopped(List<Finding> findings, CheckTarget target, List<String> notChecked) {
        return new CheckReport(findings, 0, 0, 0, 0, 0, "", target.described(), notChecked, List.of());
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
                + uncoveredRules + " rules fire in no scenario" + (notChecked.isEmpty() ? "" : "; not everything was checked, see above") + ")";
    }
}
