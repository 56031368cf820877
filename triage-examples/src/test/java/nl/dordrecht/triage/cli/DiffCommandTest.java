package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage diff}: the advices a one-threshold change moves, before it ships; none when nothing changes. */
class DiffCommandTest {
    private static final String BUDDIES = """
              - id: schuldhulpmaatje
                name: "Schuldhulpmaatje / Alliantie vrijwillige schuldhulp"
                does: "Een vrijwilliger trekt als maatje op met de bewoner die schulden heeft en helpt op weg naar schuldhulp of hulp bij de administratie."
                formal: false
                general: false
                threshold: 3
            """;

    @TempDir
    static Path dir;
    static Path before;
    static Path after;

    @BeforeAll
    static void copyTheShippedRulesAndRaiseOneThreshold() throws IOException {
        before = ShippedRules.copyLayout(dir.resolve("before"));
        after = ShippedRules.copyLayout(dir.resolve("after"));
        Path catalogue = after.resolve("catalogue.yaml");
        String text = Files.readString(catalogue, StandardCharsets.UTF_8);
        assertThat(text).contains(BUDDIES);
        Files.writeString(catalogue, text.replace(BUDDIES, BUDDIES.replace("threshold: 3", "threshold: 4")), StandardCharsets.UTF_8);
    }

    /** The debt volunteers at 4 are no longer below the Financieel Hulphuis (3): their questions move, side by side. */
    @Test
    void aRaisedThresholdListsTheAdvicesItMoves() throws java.io.IOException {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "diff", before.toString(), after.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("scenarios/capacity.yaml:3 'a debt question goes to Schuldhulpmaatje before the busy "
                + "Financieel Hulphuis'  {\"id\":\"cap-debt\"")
                .containsPattern("\\n  primary      schuldhulpmaatje +->  financieel-hulphuis\\n")
                .containsPattern("\\n  alternatives financieel-hulphuis, [a-z, -]+ +->  schuldhulpmaatje, ")
                .contains("generated  {\"topics\":[\"DEBTS\"],\"age\":35}");
        String summary = run.outLines().get(run.outLines().size() - 1);
        assertThat(summary).matches("triage diff: \\d+ of \\d+ questions get another advice \\(\\d+ of " + ShippedRules.scenarioCount()
                + " scenario questions, "
                + "\\d+ of \\d+ generated\\)").doesNotStartWith("triage diff: 0 ");
    }

    @Test
    void anUnchangedCopyMovesNothing() {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "diff", before.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = ContractSchemas.assertValid(ContractSchemas.JSON_ANY, run.out().strip());
        assertThat(report.get("changed").asInt()).isZero();
        assertThat(report.get("changes")).isEmpty();
        assertThat(report.get("questions").asInt()).isGreaterThan(5000);
        assertThat(report.get("before").asText()).startsWith("the shipped rules");
    }

    @Test
    void aFolderThatIsNotLaidOutIsUnusable() {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "diff", dir.resolve("nope").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such folder");
    }
}
