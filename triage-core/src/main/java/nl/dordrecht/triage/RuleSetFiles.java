package nl.dordrecht.triage;

import java.util.Comparator;
import java.util.List;

/**
 * Everything that decides an advice: the {@code .drl} rule files and the catalogue file.
 * Rule files are kept sorted by name so the same files always make the same rule set and version.
 *
 * @param published the files were published with a manifest that lists exactly these (README "Publishing a rule
 *                  set"): what the serving version has and these lack was dropped on purpose
 */
public record RuleSetFiles(List<SourceFile> rules, SourceFile catalogue, boolean published) {
    public RuleSetFiles {
        rules = rules.stream().sorted(Comparator.comparing(SourceFile::name)).toList();
    }

    /** Files read without a manifest. */
    public RuleSetFiles(List<SourceFile> rules, SourceFile catalogue) {
        this(rules, catalogue, false);
    }
}
