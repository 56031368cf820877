package nl.dordrecht.triage.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.TriageEngine;
import org.junit.jupiter.api.Test;

/**
 * Nothing a resident said reaches the logs. The test logger (src/test/resources/simplelogger.properties) writes
 * everything from DEBUG up to target/test-log.txt; this test reads what advising a batch added to it.
 */
class PrivacyLogTest {
    private static final Path LOG = Path.of("target/test-log.txt");

    @Test
    void advisingLogsNoQuestionContentAndNothingAtInfo() throws IOException {
        TriageEngine engine = TriageEngine.dordrecht();
        List<HelpQuestion> batch = Questions.mix(300, 20_261_122, engine.neighbourhoods()).stream()
                .map(q -> HelpQuestion.builder().id("privacy-probe-" + (7000 + q.topics().size() * 113))
                        .topics(q.topics()).reluctance(q.reluctance()).barriers(q.barriers()).groups(q.groups())
                        .age(97).childAges(q.childAges()).monthsInDordrecht(1234).neighbourhood(q.neighbourhood())
                        .safetySignals(q.safetySignals()).channel(q.channel()).build())
                .toList();
        long before = Files.exists(LOG) ? Files.size(LOG) : 0;
        batch.forEach(engine::advise);
        String logged = readFrom(before);

        assertThat(logged).as("log lines at INFO or above while advising").doesNotContain(" INFO ", " WARN ", " ERROR ");
        for (HelpQuestion q : batch) {
            assertThat(logged).doesNotContain(q.id(), "1234", "97");
            if (q.neighbourhood() != null) {
                assertThat(logged).doesNotContain(q.neighbourhood());
            }
        }
    }

    @Test
    void theTestLoggerReallyCapturesDebugOutput() throws IOException {
        long before = Files.exists(LOG) ? Files.size(LOG) : 0;
        org.slf4j.LoggerFactory.getLogger(PrivacyLogTest.class).debug("capture check");
        assertThat(readFrom(before)).contains("capture check");
    }

    private static String readFrom(long offset) throws IOException {
        if (!Files.exists(LOG)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) (file.length() - offset)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
