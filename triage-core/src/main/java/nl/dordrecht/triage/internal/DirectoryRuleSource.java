package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
        return new RuleSetFiles(readDrlFiles(rules, prefix),
                new SourceFile(catalogue.getFileName().toString(), Files.readString(catalogue, StandardCharsets.UTF_8)));
    }

    /** Every {@code .drl} file directly in {@code dir}, named {@code prefix + file name}. */
    static List<SourceFile> readDrlFiles(Path dir, String prefix) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".drl") && Files.isRegularFile(p)) {
                    files.add(new SourceFile(prefix + name, Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no .drl files in " + dir);
        }
        return files;
    }

    @Override
    public String toString() {
        return rules + " + " + catalogue;
    }
}
