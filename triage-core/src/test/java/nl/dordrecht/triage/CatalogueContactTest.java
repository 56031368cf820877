package nl.dordrecht.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An offer's contact reaches the advice as the catalogue gives it; a wrong contact value, like any wrong value, is
 * reported at the field's own line; a draft's unclassified fields stop the engine, each named.
 */
class CatalogueContactTest {
    private static final String CONTACT = """
                contact:
                  phone: "0800-0113"
                  hours: "dag en nacht"
                  source: T 3
            """;

    private static String withContact(String contact) {
        return MiniRuleSet.catalogueText().replace("    source: T 3\n", "    source: T 3\n" + contact);
    }

    private static RuleSetException loading(String catalogue) {
        return catchThrowableOfType(() -> TriageEngine.builder().rules(() -> MiniRuleSet.withCatalogue(catalogue)).build(),
                RuleSetException.class);
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + start);
    }

    @Test
    void theSuggestionCarriesTheCataloguesContactAndNoneWhereItKnowsNone() {
        TriageEngine engine = TriageEngine.builder().rules(() -> MiniRuleSet.withCatalogue(withContact(CONTACT))).build();
        TriageAdvice advice = engine.advise(HelpQuestion.builder().topics(Topic.MENTAL_HEALTH)
                .safetySignals(SafetySignal.SUICIDE_RISK).build());
        assertThat(advice.primary().offerId()).isEqualTo("safety-line");
        assertThat(advice.primary().contact()).hasValueSatisfying(c -> {
            assertThat(c.phone()).contains("0800-0113");
            assertThat(c.hours()).contains("dag en nacht");
            assertThat(c.url()).isEmpty();
            assertThat(c.email()).isEmpty();
            assertThat(c.address()).isEmpty();
        });
        assertThat(advice.alternatives()).allSatisfy(s -> assertThat(s.contact()).isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "url: \"www.example.nl\"          | contact.url | is not a web address",
            "url: \"ftp://example.nl\"        | contact.url | is not a web address",
            "phone: \"bel ons\"               | contact.phone | is not a phone number",
            "phone: 1234567                  | contact.phone | must be text in quotes",
            "email: \"info at example.nl\"    | contact.email | is not an e-mail address",
            "fax: \"078 123\"                 | contact.fax | unknown field",
    })
    void aWrongContactValueIsReportedAtItsOwnLine(String line, String field, String message) {
        String text = withContact(CONTACT.replace("phone: \"0800-0113\"", line.strip()));
        RuleSetException e = loading(text);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, line.strip()));
            assertThat(p.message()).startsWith("offer safety-line: field " + field + ": ").contains(message);
        });
    }

    @Test
    void aContactWithoutItsSourceIsNamed() {
        String text = withContact(CONTACT.replace("      source: T 3\n", ""));
        assertThat(loading(text).problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("offer safety-line: field contact.source: missing (cite the seed document and section, e.g. \"S1 §4.3\")"));
    }

    @Test
    void aWrongValueIsReportedAtItsFieldsLineNotTheOffersFirst() {
        String text = MiniRuleSet.catalogueText().replace("threshold: 4", "threshold: 9")
                .replace("topics: [RELATIONSHIPS]", "topics:\n      - RELATIONSHIPS\n      - FIRE");
        assertThat(loading(text).problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(lineOf(text, "threshold: 9"), "offer safety-line: field threshold: must be a whole number from 1 to 5, not '9'"),
                tuple(lineOf(text, "- FIRE"), "offer safety-line: field topics: unknown topic code 'FIRE'; known: "
                        + List.of(Topic.values())));
    }

    @Test
    void anEngineRefusesADraftNamingEveryFieldStillToClassify() {
        String text = MiniRuleSet.catalogueText().replace("    threshold: 4\n    topics: [RELATIONSHIPS]\n",
                "    threshold: TO_CLASSIFY\n    topics: [TO_CLASSIFY]\n").replace("source: T 3", "source: TO_CLASSIFY");
        RuleSetException e = loading(text);
        assertThat(e.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(1, "this catalogue is a draft: 1 offer imported from HSDS still has "
                        + "fields marked TO_CLASSIFY [safety-line]; no engine is built until every one is classified"),
                tuple(lineOf(text, "threshold: TO_CLASSIFY"), draft("threshold")),
                tuple(lineOf(text, "topics: [TO_CLASSIFY]"), draft("topics")),
                tuple(lineOf(text, "source: TO_CLASSIFY"), draft("source")));
    }

    private static String draft(String field) {
        return "offer safety-line: field " + field + ": not classified yet (TO_CLASSIFY): this offer was imported from "
                + "HSDS as a draft; replace TO_CLASSIFY with the value (docs/CATALOGUE_FORMAT.md)";
    }
}
