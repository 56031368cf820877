package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;

/**
 * Rules a rule author edits in a folder outside the jar. When the folder holds a {@value Manifest#FILE_NAME}, exactly
 * the files it lists are read, and only when each matches its hash (README "Publishing a rule set"); otherwise every
 * {@code *.drl} in the folder. Scenarios, when given, are read as they are: they must pass, but decide nothing.
 */
public final class DirectoryRuleSource implements RuleSource {
    private final Path rules;
    private final Path catalogue;
    private final Path scenarios;

    /** {@code scenarios} may be {@code null}: no scenarios to pass. */
    public DirectoryRuleSource(Path rules, Path catalogue, Path scenarios) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.scenarios = scenarios;
    }

    public Path rulesDirectory() {
        return rules;
    }

    public Path catalogueFile() {
        return catalogue;
    }

    @Override
    public RuleSetFiles read() throws IOException {
        if (!Files.isDirectory(rules)) {
            throw new IOException("rules directory not found: " + rules);
        }
        String prefix = rules.getFileName() == null ? "" : rules.getFileName() + "/";
        String catalogueName = catalogue.getFileName().toString();
        Path manifestFile = rules.resolve(Manifest.FILE_NAME);
        List<SourceFile> scenarioFiles = scenarios == null ? List.of()
                : ResourceFolder.read(scenarios, ".yaml", scenarios.getFileName() + "/");
        if (!Files.exists(manifestFile)) {
            return new RuleSetFiles(ResourceFolder.read(rules, ".drl", prefix),
                    new SourceFile(catalogueName, ResourceFolder.readText(catalogue, catalogueName)), scenarioFiles, false);
        }
        Manifest manifest = Manifest.parse(ResourceFolder.readText(manifestFile, prefix + Manifest.FILE_NAME));
        List<SourceFile> ruleFiles = new ArrayList<>();
        SourceFile catalogueFile = null;
        for (String name : manifest.sha256ByName().keySet()) {
            SourceFile file;
            if (name.equals(catalogueName)) {
                file = catalogueFile = new SourceFile(name, readListed(catalogue, name));
            } else if (name.startsWith(prefix) && name.endsWith(".drl") && name.indexOf('/', prefix.length()) < 0) {
                file = new SourceFile(name, readListed(rules.resolve(name.substring(prefix.length())), name));
                ruleFiles.add(file);
            } else {
                throw new IOException(Manifest.FILE_NAME + " lists " + name + ", which is neither " + catalogueName
                        + " nor a " + prefix + "*.drl file");
            }
            manifest.verify(name, file.content());
        }
        if (catalogueFile == null || ruleFiles.isEmpty()) {
            throw new IOException(Manifest.FILE_NAME + " must list " + catalogueName + " and the " + prefix + "*.drl files");
        }
        return new RuleSetFiles(ruleFiles, catalogueFile, scenarioFiles, true);
    }

    private static String readListed(Path file, String name) throws IOException {
        if (!Files.exists(file)) {
            throw new Manifest.IncompleteSnapshot(name + " is listed in " + Manifest.FILE_NAME + " but missing (a deploy may be under way)");
        }
        return ResourceFolder.readText(file, name);
    }

    @Override
    public String toString() {
        return rules + " + " + catalogue;
    }
}
