package nl.dordrecht.triage;

import java.util.Comparator;
import java.util.List;

/**
 * Everything that decides an advice: the {@code .drl} rule files and the catalogue file.
 * Rule files are kept sorted by name so the same files always make the same rule set and version.
 */
public record RuleSetFiles(List<SourceFile> rules, SourceFile catalogue) {
    public RuleSetFiles {
        rules = rules.stream().sorted(Comparator.comparing(SourceFile::name)).toList();
    }
}
