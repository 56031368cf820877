package nl.dordrecht.triage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.ResourceFolder;
import nl.dordrecht.triage.internal.scenario.ScenarioReader;

/** The shipped rules and catalogue, copied into a folder where a test can add a rule or break them. */
final class ShippedRules {
    private ShippedRules() {
    }

    /** The shipped rules, catalogue and scenarios copied into {@code dir}, laid out as they ship; {@code dir}. */
    static Path copyLayout(Path dir) throws IOException {
        copyWith(dir, "zz-empty.drl", "package triage.dordrecht.rules\n");
        Files.delete(dir.resolve("rules/zz-empty.drl"));
        Files.createDirectories(dir.resolve("scenarios"));
        for (SourceFile f : ResourceFolder.readClasspath(ResourceFolder.defaultLoader(), RuleSource.DORDRECHT + "/scenarios",
                ".yaml", "scenarios/")) {
            Files.writeString(dir.resolve(f.name()), f.content());
        }
        return dir;
    }

    /** How many scenarios the shipped corpus holds, so a test does not pin a number the corpus outgrows. */
    static int scenarioCount() throws IOException {
        return ScenarioReader.read(ResourceFolder.readClasspath(ResourceFolder.defaultLoader(),
                RuleSource.DORDRECHT + "/scenarios", ".yaml", "scenarios/")).scenarios().size();
    }

    /** Copies them to {@code dir/rules} and {@code dir/catalogue.yaml}, adds {@code rules/fileName}; the options. */
    static List<String> copyWith(Path dir, String fileName, String drl) throws IOException {
        RuleSetFiles shipped = RuleSource.dordrecht().read();
        Files.createDirectories(dir.resolve("rules"));
        for (SourceFile f : shipped.rules()) {
            Files.writeString(dir.resolve(f.name()), f.content());
        }
        Files.writeString(dir.resolve("rules").resolve(fileName), drl);
        Files.writeString(dir.resolve("catalogue.yaml"), shipped.catalogue().content());
        return List.of("--rules", dir.resolve("rules").toString(), "--catalogue", dir.resolve("catalogue.yaml").toString());
    }
}
