package nl.dordrecht.triage.internal.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.dordrecht.triage.Problem;

/** Files in the rules folder that are not rules: an author who saved a spreadsheet there expects it to count. */
final class RulesFolder {
    /** The publishing manifest (README "Reliability") belongs in the rules folder. */
    private static final String MANIFEST = "ruleset.manifest";

    private RulesFolder() {
    }

    static List<Finding> strangers(Path rules) {
        List<Finding> findings = new ArrayList<>();
        if (rules == null || !Files.isDirectory(rules)) {
            return findings;
        }
        try (Stream<Path> list = Files.list(rules)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".drl") && !name.equals(MANIFEST) && !name.startsWith(".")) {
                    findings.add(Finding.warning("FILES", new Problem(rules.getFileName() + "/" + name, 0, 0,
                            (Files.isDirectory(p) ? "a folder" : "not a rule file") + " in the rules folder: only *.drl "
                                    + "files directly in it are read, so this one is ignored")));
                }
            }
        } catch (IOException e) {
            findings.add(Finding.error("FILES", new Problem(rules.toString(), 0, 0, "cannot list: " + e.getMessage())));
        }
        return findings;
    }
}
