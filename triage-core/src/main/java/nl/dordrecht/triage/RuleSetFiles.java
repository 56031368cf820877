package nl.dordrecht.triage;

import java.util.Comparator;
import java.util.List;

/**
 * Everything that decides an advice: the {@code .drl} rule files and the catalogue file.
 * Rule files are kept sorted by name so the same files always make the same rule set and version.
 *
 * @param scenarios scenario files that must pass before this version may serve; they do not decide advice, so they
 *                  are not part of its version
 * @param published the files were published with a manifest that lists exactly these (README "Reliability"): what
 *                  the serving version has and these lack was dropped on purpose
 */
public record RuleSetFiles(List<SourceFile> rules, SourceFile catalogue, List<SourceFile> scenarios, boolean published) {
    public RuleSetFiles {
        rules = rules.stream().sorted(Comparator.comparing(SourceFile::name)).toList();
        scenarios = scenarios.stream().sorted(Comparator.comparing(SourceFile::name)).toList();
    }

    /** Rule files and a catalogue, read without a manifest and without scenarios. */
    public RuleSetFiles(List<SourceFile> rules, SourceFile catalogue) {
        this(rules, catalogue, List.of(), false);
    }
}
