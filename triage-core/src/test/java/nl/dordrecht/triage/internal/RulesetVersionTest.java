package nl.dordrecht.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.SourceFile;
import org.junit.jupiter.api.Test;

/** The same version always means the same files: each name and content is framed by its length. */
class RulesetVersionTest {
    private static String version(String nameA, String contentA, String nameB, String contentB) {
        return RuleSetCompiler.version(new RuleSetFiles(List.of(new SourceFile(nameA, contentA), new SourceFile(nameB, contentB)),
                new SourceFile("catalogue.yaml", "offers: []")));
    }

    @Test
    void textMovedFromOneFileToTheNextIsAnotherVersion() {
        assertThat(version("rules/a.drl", "rule A", "rules/b.drl", "rule B"))
                .isNotEqualTo(version("rules/a.drl", "rule A" + "\0", "rules/b.drl", "rule B"))
                .isNotEqualTo(version("rules/a.drl", "rule ", "rules/b.drl", "Arule B"));
    }

    @Test
    void theSameFilesAreTheSameVersionWhateverTheirOrderOrFolder() {
        assertThat(version("rules/a.drl", "rule A", "rules/b.drl", "rule B"))
                .isEqualTo(version("other/b.drl", "rule B", "other/a.drl", "rule A"))
                .startsWith("sha256:").hasSize("sha256:".length() + 16);
    }
}
