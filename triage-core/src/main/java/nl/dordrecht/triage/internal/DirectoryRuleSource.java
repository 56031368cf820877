package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;

/** Rules a rule author edits in a folder outside the jar. */
public final class DirectoryRuleSource implements RuleSource {
    private final Path rules;
    private final Path catalogue;

    public DirectoryRuleSource(Path rules, Path catalogue) {
        this.rules = rules;
        this.catalogue = catalogue;
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
        if (!Files.isRegularFile(catalogue)) {
            throw new IOException("catalogue file not found: " + catalogue);
        }
        String prefix = rules.getFileName() == null ? "" : rules.getFileName() + "/";
        return new RuleSetFiles(ResourceFolder.read(rules, ".drl", prefix),
                new SourceFile(catalogue.getFileName().toString(), Files.readString(catalogue, StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return rules + " + " + catalogue;
    }
}
