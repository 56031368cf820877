package nl.dordrecht.triage.internal.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.ResourceFolder;

/**
 * What {@code triage check} (and {@code diff}, {@code report}) reads: rules, catalogue and scenarios that belong
 * together. A folder is laid out like the shipped one ({@code rules/}, {@code catalogue.yaml}, {@code scenarios/});
 * an author's rules are never checked against the shipped scenarios: without scenarios of their own, the scenarios
 * and the rule coverage are not checked, and {@link #notChecked()} says so.
 *
 * @param rulesFolder the folder of the rule files on disk, {@code null} for the shipped rules
 * @param described   one line naming what is checked, for the report's first line
 * @param notChecked  what could not be checked and why, each as a sentence
 */
public record CheckTarget(RuleSource source, List<SourceFile> scenarios, Path rulesFolder, String described,
                          List<String> notChecked) {
    public static final String RULES = "rules";
    public static final String CATALOGUE = "catalogue.yaml";
    public static final String SCENARIOS = "scenarios";

    public CheckTarget {
        scenarios = List.copyOf(scenarios);
        notChecked = List.copyOf(notChecked);
    }

    /** The shipped Dordrecht rules, catalogue and scenarios, or other scenarios for them. */
    public static CheckTarget shipped(ClassLoader loader, Path scenarioFolder) throws IOException {
        if (scenarioFolder != null) {
            return of(RuleSource.dordrecht(), null, "the shipped rules and catalogue", scenarioFolder, "--scenarios");
        }
        List<SourceFile> files = ResourceFolder.readClasspath(loader, RuleSource.DORDRECHT + "/" + SCENARIOS, ".yaml", SCENARIOS + "/");
        return new CheckTarget(RuleSource.dordrecht(), files, null, "the shipped rules, catalogue and "
                + files.size() + " scenario files", List.of());
    }

    /** {@code dir/rules}, {@code dir/catalogue.yaml} and {@code dir/scenarios}. */
    public static CheckTarget folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no such folder: " + dir);
        }
        if (!Files.isDirectory(dir.resolve(RULES)) || !Files.isRegularFile(dir.resolve(CATALOGUE))) {
            throw new IllegalArgumentException(dir + " is not laid out like the shipped rules: it needs " + RULES
                    + "/ and " + CATALOGUE + " (and " + SCENARIOS + "/ to run scenarios)");
        }
        return rules(dir.resolve(RULES), null, null);
    }

    /**
     * Rule files from a folder; the catalogue and scenarios, when not given, from beside it ({@code ../catalogue.yaml},
     * {@code ../scenarios}).
     */
    public static CheckTarget rules(Path rules, Path catalogue, Path scenarios) throws IOException {
        Path cat = catalogue;
        if (cat == null) {
            cat = rules.resolveSibling(CATALOGUE);
            if (!Files.isRegularFile(cat)) {
                throw new IllegalArgumentException("--rules " + rules + ": no " + CATALOGUE + " beside it; give --catalogue FILE");
            }
        }
        if (scenarios != null) {
            return of(RuleSource.directory(rules, cat), rules, rules + " and " + cat, scenarios, "--scenarios");
        }
        return of(RuleSource.directory(rules, cat), rules, rules + " and " + cat, rules.resolveSibling(SCENARIOS), null);
    }

    private static CheckTarget of(RuleSource source, Path rulesFolder, String what, Path scenarios, String option)
            throws IOException {
        List<String> notChecked = new ArrayList<>();
        List<SourceFile> files = List.of();
        if (Files.isDirectory(scenarios)) {
            files = readScenarios(scenarios);
        } else if (option != null) {
            throw new IllegalArgumentException(option + ": no such folder: " + scenarios);
        }
        if (files.isEmpty()) {
            notChecked.add("scenarios: none run and rule coverage not checked: no scenario files in "
                    + scenarios
                    + " (the shipped scenarios are not used for other rules; give --scenarios DIR)");
        }
        return new CheckTarget(source, files, rulesFolder, what + (files.isEmpty() ? ", without scenarios"
                : " with " + files.size() + " scenario files from " + scenarios), notChecked);
    }

    private static List<SourceFile> readScenarios(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            if (list.noneMatch(p -> p.getFileName().toString().endsWith(".yaml"))) {
                return List.of();
            }
        }
        return ResourceFolder.read(dir, ".yaml", dir.getFileName() + "/");
    }
}
