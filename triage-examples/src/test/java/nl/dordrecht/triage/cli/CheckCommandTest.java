package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage check}: a rule author sees file and line for every kind of mistake. */
class CheckCommandTest {
    @TempDir
    Path dir;

    /** The shipped rules, catalogue and scenarios, copied where a test can break them (the scenarios found beside the rules). */
    private String[] copyOfShippedRulesWith(String fileName, String drl) throws IOException {
        ShippedRules.copyLayout(dir);
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(ShippedRules.copyWith(dir, fileName, drl));
        return args.toArray(String[]::new);
    }

    private static String rule(String condition) {
        return """
                package triage.dordrecht.rules

                import nl.dordrecht.triage.fact.*
                import nl.dordrecht.triage.*

                rule "A rule an author got wrong"
                    // what it decides, in a comment
                when
                    %s
                    Question()
                then
                    insertLogical( new Guidance( "x" ) );
                end
                """.formatted(condition);
    }

    @Test
    void theShippedRulesPassWithASummaryLine() {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "check");
        assertThat(run.out()).as(run.out()).contains("triage check: OK");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines().get(run.outLines().size() - 1)).startsWith("triage check: OK: 0 errors");
    }

    @Test
    void jsonFormatForCiTools() {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "check", "--format", "json");
        JsonNode report = ContractSchemas.assertValid(ContractSchemas.JSON_ANY, run.out().strip());
        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("counts").get("scenarios").asInt()).isGreaterThanOrEqualTo(60);
        assertThat(report.get("counts").get("uncoveredRules").asInt()).isZero();
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumnOnce() throws IOException {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", copyOfShippedRulesWith("zz-broken.drl",
                rule("Question( topics contains )")));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("rules/zz-broken.drl:9:31: error: ").doesNotContain("null Package");
        assertThat(run.outLines().get(run.outLines().size() - 1)).startsWith("triage check: FAILED");
    }

    @Test
    void anUnknownFactFieldNamesFileAndLine() throws IOException {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", copyOfShippedRulesWith("zz-field.drl",
                rule("Question( shoeSize > 40 )")));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsPattern("rules/zz-field\\.drl:9:\\d+: error: .*shoeSize");
    }

    @Test
    void aNumberComparedWithTextNamesFileAndLine() throws IOException {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", copyOfShippedRulesWith("zz-type.drl",
                rule("Question( age == \"old\" )")));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("rules/zz-type.drl:9:15: error: cannot evaluate `age == \"old\"`")
                .contains("a number compared with text");
    }

    @Test
    void aRuleNoScenarioFiresIsReportedWhereItStands() throws IOException {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", copyOfShippedRulesWith("zz-unfired.drl",
                rule("Question( age == 119, topics contains Topic.LEGAL, groups contains Group.LGBTI )")));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("rules/zz-unfired.drl:6:1: error: rule \"A rule an author got wrong\" fires in no scenario");
    }

    @Test
    void aGapTheCatalogueNowFillsIsNotSaidAndCheckNamesItsRule() throws IOException {
        String[] check = copyOfShippedRulesWith("zz-empty.drl", "package triage.dordrecht.rules\n");
        Path catalogue = dir.resolve("catalogue.yaml");
        Files.writeString(catalogue, Files.readString(catalogue) + """

                  - id: ouderensoos-dubbeldam
                    name: "Ouderensoos Dubbeldam"
                    formal: false
                    general: true
                    threshold: 1
                    topics: [LONELINESS, ELDERLY]
                    minAge: 55
                    neighbourhoods: [Dubbeldam]
                    meetingPlace: true
                    noIntake: true
                    source: "S1 §5.1"
                """);
        String question = "{\"topics\":[\"LONELINESS\"],\"age\":78,\"neighbourhood\":\"Dubbeldam\"}";
        AdviseCommandTest.Run advice = AdviseCommandTest.run(question, "advise", check[1], check[2], check[3], check[4]);
        assertThat(advice.exit()).as(advice.err()).isZero();
        assertThat(advice.out()).contains("ouderensoos-dubbeldam").doesNotContain("DUBBELDAM_ELDERLY_MEETING")
                .doesNotContain("In Dubbeldam is weinig plek");

        AdviseCommandTest.Run run = AdviseCommandTest.run("", check);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("rule \"An older resident in Dubbeldam looking for company falls into the Dubbeldam "
                + "meeting gap\" names gap DUBBELDAM_ELDERLY_MEETING but fires in no scenario: if the catalogue now has an offer "
                + "that fills this gap");
    }

    @Test
    void adviseTakesRulesAndCatalogueFromAFolderAndTheSameFilesGiveTheSameVersion() throws IOException {
        String[] check = copyOfShippedRulesWith("zz-empty.drl", "package triage.dordrecht.rules\n");
        String question = "{\"topics\":[\"MONEY\"]}";
        AdviseCommandTest.Run fromFolder = AdviseCommandTest.run(question, "advise", check[1], check[2], check[3], check[4]);
        Files.delete(dir.resolve("rules/zz-empty.drl"));
        AdviseCommandTest.Run sameFiles = AdviseCommandTest.run(question, "advise", check[1], check[2], check[3], check[4]);
        AdviseCommandTest.Run shipped = AdviseCommandTest.run(question, "advise");
        assertThat(fromFolder.exit()).isZero();
        String version = ContractSchemas.assertValid(ContractSchemas.ADVICE, shipped.out()).get("rulesetVersion").asText();
        assertThat(ContractSchemas.assertValid(ContractSchemas.ADVICE, sameFiles.out()).get("rulesetVersion").asText())
                .isEqualTo(version);
        assertThat(ContractSchemas.assertValid(ContractSchemas.ADVICE, fromFolder.out()).get("rulesetVersion").asText())
                .isNotEqualTo(version);
    }

    /**
     * An author's folder is checked with its own scenarios, the new one included, never with the shipped ones in its
     * place; what is in the rules folder but is not a rule is said, and the coverage gaps are a note in Dutch.
     */
    @Test
    void aFolderIsCheckedWithItsOwnScenarios() throws IOException {
        Path layout = ShippedRules.copyLayout(dir.resolve("mine"));
        Files.writeString(layout.resolve("rules/aanbod.xlsx"), "PK");
        Files.writeString(layout.resolve("scenarios/zz-mine.yaml"), """
                - name: my new scenario expects the wrong offer
                  source: "S2 §5.4"
                  question: {topics: [DEBTS], age: 41}
                  expect: {primary: sociaal-wijkteam}
                """);
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "check", layout.toString());
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.outLines().get(0)).isEqualTo("triage check: " + layout.resolve("rules") + " and "
                + layout.resolve("catalogue.yaml") + " with 24 scenario files from " + layout.resolve("scenarios"));
        assertThat(run.out()).contains("scenarios/zz-mine.yaml:1:1: error: scenario 'my new scenario expects the wrong "
                        + "offer': primary: expected sociaal-wijkteam but was schuldhulpmaatje",
                "rules/aanbod.xlsx:0:0: warning: not a rule file in the rules folder",
                "dekking: 17 combinaties van onderwerp en leeftijd zonder open aanbod met drempel 3 of lager")
                .doesNotContain("catalogue.yaml:0:0");
        int shipped = ShippedRules.scenarioCount();
        assertThat(run.outLines().get(run.outLines().size() - 1)).contains(shipped + "/" + (shipped + 1) + " scenarios passed");
    }

    @Test
    void rulesWithoutACatalogueBesideThemOrAFolderThatIsNotLaidOutAreUnusable() {
        AdviseCommandTest.Run rules = AdviseCommandTest.run("", "check", "--rules", dir.toString());
        assertThat(rules.exit()).isEqualTo(2);
        assertThat(rules.err()).contains("no catalogue.yaml beside it; give --catalogue FILE");
        AdviseCommandTest.Run folder = AdviseCommandTest.run("", "check", dir.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains("is not laid out like the shipped rules: it needs rules/ and catalogue.yaml");
    }

    @Test
    void unusableArgumentsExitTwo() {
        assertThat(AdviseCommandTest.run("", "check", "--scenarios", dir.resolve("nope").toString()).exit()).isEqualTo(2);
        assertThat(AdviseCommandTest.run("", "check", "--format", "xml").exit()).isEqualTo(2);
    }
}
