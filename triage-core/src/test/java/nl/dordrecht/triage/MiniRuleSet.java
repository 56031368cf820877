package nl.dordrecht.triage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The two-offer test rule set in src/test/resources/mini, as files a test can change. */
final class MiniRuleSet {
    private MiniRuleSet() {
    }

    static RuleSetFiles files() {
        try {
            Path root = Path.of(MiniRuleSet.class.getResource("/mini").toURI());
            return RuleSource.directory(root.resolve("rules"), root.resolve("catalogue.yaml")).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RuleSetFiles withRule(String name, String drl) {
        List<SourceFile> rules = new ArrayList<>(files().rules());
        rules.add(new SourceFile("rules/" + name, drl));
        return new RuleSetFiles(rules, files().catalogue());
    }

    static RuleSetFiles withCatalogue(String yaml) {
        return new RuleSetFiles(files().rules(), new SourceFile("catalogue.yaml", yaml));
    }

    static String catalogueText() {
        return files().catalogue().content();
    }

    static RuleSource source(RuleSetFiles files) {
        return () -> files;
    }

    static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        for (SourceFile f : files().rules()) {
            Files.writeString(dir.resolve(f.name()), f.content());
        }
        Files.writeString(dir.resolve("catalogue.yaml"), catalogueText());
        return dir;
    }
}
