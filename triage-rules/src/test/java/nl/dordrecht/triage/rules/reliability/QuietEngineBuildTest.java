package nl.dordrecht.triage.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import org.junit.jupiter.api.Test;

/**
 * A quiet library (issue 13): building an engine writes nothing at INFO or above into the embedder's console, from
 * this library or from Drools, neither on the shipped (precompiled) rules nor on a folder compiled at run time. The
 * test logger (src/test/resources/simplelogger.properties) writes every logger from DEBUG up to target/test-log.txt.
 */
class QuietEngineBuildTest {
    private static final Path LOG = Path.of("target/test-log.txt");
    private static final Path SHIPPED = Path.of("src/main/resources", RuleSource.DORDRECHT);
    /** Started before any size is taken: the test logger empties its file when it starts. */
    private static final org.slf4j.Logger CAPTURE_CHECK =
            org.slf4j.LoggerFactory.getLogger("org.drools.compiler.kie.builder.impl.KieContainerImpl");

    @Test
    void buildingOnTheShippedRulesLogsNothingAtInfoOrAbove() throws IOException {
        long before = size();
        TriageEngine engine = TriageEngine.dordrecht();
        assertThat(engine.neighbourhoods()).isNotEmpty();
        assertThat(loggedSince(before)).doesNotContain(" INFO ", " WARN ", " ERROR ");
    }

    @Test
    void compilingAFolderAtRunTimeLogsNothingAtInfoOrAbove() throws IOException {
        long before = size();
        TriageEngine engine = TriageEngine.builder()
                .rules(RuleSource.directory(SHIPPED.resolve("rules"), SHIPPED.resolve("catalogue.yaml"))).build();
        assertThat(engine.rulesetVersion()).startsWith("sha256:");
        assertThat(loggedSince(before)).doesNotContain(" INFO ", " WARN ", " ERROR ");
    }

    @Test
    void theCaptureSeesDroolsAtInfo() throws IOException {
        long before = size();
        CAPTURE_CHECK.info("capture check");
        assertThat(loggedSince(before)).contains(" INFO ", "capture check");
    }

    private static long size() throws IOException {
        return Files.exists(LOG) ? Files.size(LOG) : 0;
    }

    private static String loggedSince(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) (file.length() - offset)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
