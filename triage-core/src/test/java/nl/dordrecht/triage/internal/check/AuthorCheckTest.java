package nl.dordrecht.triage.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code triage check} as a rule author meets it, on the small test rule set laid out like the shipped one: what
 * is read from a folder, and each kind of mistake in small broken rule files, said in the author's words at the
 * line that is wrong, with the nearest known name.
 */
class AuthorCheckTest {
    private static final String HEADER = "package mini\n\nimport nl.dordrecht.triage.fact.*\nimport nl.dordrecht.triage.*\n\n";
    private static final String SCENARIO = """
            - name: a lonely resident in Krispijn meets others nearby
              source: T 1
              question: {topics: [LONELINESS], neighbourhood: Krispijn}
              expect: {primary: meeting-place}
            - name: a safety signal goes to the safety line
              source: T 3
              question: {topics: [RELATIONSHIPS], safetySignals: [DOMESTIC_VIOLENCE]}
              expect: {primary: safety-line, route: SAFETY_ESCALATION}
            - name: housing is a gap
              source: T 2
              question: {topics: [HOUSING]}
              expect: {gaps: [TEST_GAP]}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void layOutTheMiniRuleSet() throws IOException, URISyntaxException {
        Path mini = Path.of(AuthorCheckTest.class.getResource("/mini").toURI());
        Files.createDirectories(dir.resolve("rules"));
        Files.copy(mini.resolve("rules/mini.drl"), dir.resolve("rules/mini.drl"));
        Files.copy(mini.resolve("catalogue.yaml"), dir.resolve("catalogue.yaml"));
        write("scenarios/mini.yaml", SCENARIO);
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private CheckReport check() throws IOException {
        return RuleSetCheck.run(CheckTarget.folder(dir), AuthorCheckTest.class.getClassLoader());
    }

    private List<String> findings() throws IOException {
        return check().findings().stream().map(Finding::toString).toList();
    }

    private static String rule(String name, String when, String then) {
        return "rule \"" + name + "\"\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n\n";
    }

    @Test
    void aFolderIsCheckedWithItsOwnScenarios() throws IOException {
        CheckReport report = check();
        assertThat(report.ok()).as("%s", report.findings()).isTrue();
        assertThat(report.scenarios()).isEqualTo(3);
        assertThat(report.scenariosPassed()).isEqualTo(3);
        assertThat(report.notChecked()).isEmpty();
        assertThat(report.checked()).contains("rules", "catalogue.yaml", "1 scenario files from " + dir.resolve("scenarios"));
    }

    @Test
    void rulesAloneFindTheCatalogueAndScenariosBesideThem() throws IOException {
        CheckTarget target = CheckTarget.rules(dir.resolve("rules"), null, null);
        assertThat(target.scenarios()).singleElement().extracting(f -> f.name()).isEqualTo("scenarios/mini.yaml");
        assertThat(target.described()).contains(dir.resolve("catalogue.yaml").toString());
        Files.delete(dir.resolve("catalogue.yaml"));
        assertThatThrownBy(() -> CheckTarget.rules(dir.resolve("rules"), null, null))
                .hasMessageContaining("no catalogue.yaml beside it; give --catalogue FILE");
    }

    /** Never the shipped scenarios for an author's rules: without scenarios of its own, it says what it did not check. */
    @Test
    void withoutScenariosItSaysScenariosAndCoverageWereNotChecked() throws IOException {
        Files.delete(dir.resolve("scenarios/mini.yaml"));
        CheckReport report = check();
        assertThat(report.scenarios()).isZero();
        assertThat(report.findings()).noneMatch(f -> f.kind().equals("COVERAGE"));
        assertThat(report.notChecked()).singleElement().asString()
                .contains("scenarios: none run and rule coverage not checked", "the shipped scenarios are not used");
        assertThat(report.summary()).contains("not everything was checked");
    }

    @Test
    void aFileInTheRulesFolderThatIsNotARuleIsReported() throws IOException {
        write("rules/offers.xlsx", "PK");
        assertThat(findings()).contains("rules/offers.xlsx:0:0: warning: not a rule file in the rules folder: only *.drl "
                + "files directly in it are read, so this one is ignored");
    }

    @Test
    void unknownFieldsFunctionsCodesAndTypesGetTheNearestKnownName() throws IOException {
        write("rules/zz.drl", HEADER
                + rule("a", "Question( neighbourhod == \"Krispijn\" )", "insertLogical( new Guidance( \"x\" ) );")   // line 6
                + rule("b", "Question( topics contains Topic.DEBT )", "insertLogical( new Guidance( \"x\" ) );")     // 13
                + rule("c", "Question( isYoungerThen( 18 ) )", "insertLogical( new Guidance( \"x\" ) );")            // 20
                + rule("d", "Questoin( age > 3 )", "insertLogical( new Guidance( \"x\" ) );")                        // 27
                + rule("e", "Offer( tailoredcare )", "insertLogical( new Guidanse( \"x\" ) );")                      // 34
                + rule("f", "Question( )", "insertLogical( new Guidance( $line ) );"));                             // 41
        assertThat(findings()).contains(
                "rules/zz.drl:8:15: error: Question has no field neighbourhod; did you mean neighbourhood?",
                "rules/zz.drl:15:31: error: Topic.DEBT is not a code; did you mean Topic.DEBTS (Schulden en betalingsachterstanden)?",
                "rules/zz.drl:22:15: error: Question has no function isYoungerThen(Integer); did you mean isYoungerThan?",
                "rules/zz.drl:29:5: error: there is no fact type Questoin; did you mean Question? (a pattern names a fact: "
                        + "Question, Offer, or a type declared with `declare`)",
                "rules/zz.drl:36:12: error: Offer has no field tailoredcare; did you mean tailoredCare?",
                "rules/zz.drl:38:24: error: there is no type Guidanse; did you mean Guidance? (used after `then`)",
                "rules/zz.drl:45:34: error: $line is not bound: after `then` use only variables the conditions bind ($line : …)");
    }

    /** The parser gives up at `then`; the line that is wrong is where the bracket opens. */
    @Test
    void anUnclosedBracketIsReportedWhereItOpens() throws IOException {
        write("rules/zz.drl", HEADER + rule("g", "Question( age > 3", "insertLogical( new Guidance( \"x\" ) );"));
        assertThat(findings()).containsExactly("rules/zz.drl:8:13: error: syntax error: this `(` is never closed: add `)` "
                + "before line 9 (`then`)");
    }

    @Test
    void aRuleWithoutEndIsReportedAtTheRule() throws IOException {
        write("rules/zz.drl", HEADER + "rule \"h\"\nwhen\n    Question( )\nthen\n    insertLogical( new Guidance( \"x\" ) );\n");
        assertThat(findings()).containsExactly("rules/zz.drl:6:1: error: syntax error: the file ends in rule \"h\" before "
                + "its `end`: close every rule with `end` on a line of its own");
    }

    /** One syntax error drops its package's declared types, and every file using them would fail too. */
    @Test
    void theErrorsThatFollowFromASyntaxErrorAreLeftOutAndSaidToBe() throws IOException {
        write("rules/types.drl", HEADER + "declare Lonely end\n\n" + rule("i", "Question( has( Topic.LONELINESS ) )",
                "insertLogical( new Lonely() );"));
        write("rules/uses.drl", HEADER + rule("j", "Lonely()", "insertLogical( new Guidance( \"x\" ) );"));
        write("rules/zz.drl", HEADER + rule("k", "Question( age > 3", "insertLogical( new Guidance( \"x\" ) );"));
        CheckReport report = check();
        assertThat(report.findings()).singleElement().extracting(f -> f.where().file()).isEqualTo("rules/zz.drl");
        assertThat(report.notChecked()).anyMatch(n -> n.contains("further compiler messages left out: they follow from the syntax errors"));
    }

    @Test
    void aWijkOrGapARuleComparesWithMustBeInTheCatalogue() throws IOException {
        write("rules/zz.drl", HEADER
                + rule("l", "Question( neighbourhood == \"Krispyn\" )", "insertLogical( new Guidance( \"x\" ) );")
                + rule("m", "Gap( code == \"TEST_GAPS\" )", "insertLogical( new Guidance( \"y\" ) );"));
        assertThat(findings()).contains(
                "rules/zz.drl:8:33: error: the catalogue has no wijk \"Krispyn\", so this never matches; did you mean Krispijn?",
                "rules/zz.drl:15:19: error: the catalogue has no gap code \"TEST_GAPS\", so this never matches; did you mean TEST_GAP?");
    }

    @Test
    void anOfferIdOrRouteAScenarioExpectsMustExist() throws IOException {
        write("scenarios/mini.yaml", SCENARIO + """
                - name: a misspelt expectation
                  source: T 1
                  question: {topics: [LONELINESS]}
                  expect: {primary: meeting-plac, route: HELP_ON_THE_SPOTT, notSuggested: [wijkteem]}
                """);
        assertThat(findings()).contains(
                "scenarios/mini.yaml:13:1: error: scenario 'a misspelt expectation': primary: there is no offer id "
                        + "meeting-plac; did you mean meeting-place?",
                "scenarios/mini.yaml:13:1: error: scenario 'a misspelt expectation': notSuggested: there is no offer id "
                        + "wijkteem; did you mean wijkteam?",
                "scenarios/mini.yaml:13:1: error: scenario 'a misspelt expectation': route: there is no route "
                        + "HELP_ON_THE_SPOTT; did you mean HELP_ON_THE_SPOT?");
    }

    @Test
    void didYouMeanOffersOnlyNamesThatAreNear() {
        assertThat(DidYouMean.nearest("neighbourhod", List.of("neighbourhood", "age"))).contains("neighbourhood");
        assertThat(DidYouMean.nearest("shoeSize", List.of("neighbourhood", "age", "topics"))).isEmpty();
    }
}
