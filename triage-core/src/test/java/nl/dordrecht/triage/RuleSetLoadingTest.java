package nl.dordrecht.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken rule file or catalogue fails at load with the file, line and reason; nothing half-built escapes. */
class RuleSetLoadingTest {

    private static RuleSetException loading(RuleSetFiles files) {
        return catchThrowableOfType(RuleSetException.class,
                () -> TriageEngine.builder().rules(MiniRuleSet.source(files)).build());
    }

    @Test
    void aDrlSyntaxErrorNamesFileAndLine() {
        RuleSetException e = loading(MiniRuleSet.withRule("broken.drl", """
                package mini
                import nl.dordrecht.triage.fact.*

                rule "Broken"
                when
                    $o : Offer( general == )
                then
                end
                """));
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/broken.drl"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(6));
    }

    @Test
    void anUnknownFactFieldNamesFileAndLine() {
        RuleSetException e = loading(MiniRuleSet.withRule("unknown-field.drl", """
                package mini
                import nl.dordrecht.triage.fact.*

                rule "Unknown field"
                when
                    $o : Offer( colour == "red" )
                then
                end
                """));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("rules/unknown-field.drl");
            assertThat(p.line()).isGreaterThan(0);
            assertThat(p.message()).contains("colour");
        });
    }

    @Test
    void anUnknownGapCodeInARuleIsCaughtAtLoad() {
        RuleSetException e = loading(MiniRuleSet.withRule("gaps.drl", """
                package mini
                import nl.dordrecht.triage.fact.*

                rule "Names a gap that does not exist"
                when
                    Question()
                then
                    insertLogical( Gap.named( "NO_SUCH_GAP" ) );
                end
                """));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("rules/gaps.drl:8:");
            assertThat(p.message()).contains("NO_SUCH_GAP").contains("TEST_GAP");
        });
    }

    @Test
    void anAgendaGroupIsRejectedWhereItStandsBecauseDrl10DropsIt() {
        RuleSetException e = loading(MiniRuleSet.withRule("phases.drl", """
                package mini
                import nl.dordrecht.triage.fact.*

                rule "Still in a phase"
                    agenda-group "fit"
                when
                    Question()
                then
                end
                """));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("rules/phases.drl:5:");
            assertThat(p.message()).contains("agenda-group", "route.drl");
        });
    }

    @Test
    void catalogueErrorsNameTheEntryAndField() {
        String broken = MiniRuleSet.catalogueText()
                .replace("id: wijkteam", "id: meeting-place")
                .replace("topics: [LONELINESS, MONEY]", "topics: [LONELINESS, CARS]\n    minAge: 30\n    maxAge: 20")
                .replace("    source: T 2\n", "");
        RuleSetException e = loading(MiniRuleSet.withCatalogue(broken));
        assertThat(e.problems()).extracting(Problem::message).contains(
                "offer meeting-place: field id: duplicate id; every offer needs its own",
                "offer meeting-place: field minAge: impossible age range 30-20");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                .startsWith("offer meeting-place: field topics: unknown topic code 'CARS'"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                .startsWith("offer meeting-place: field source: missing"));
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("catalogue.yaml");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void unreadableYamlNamesLineAndColumn() {
        RuleSetException e = loading(MiniRuleSet.withCatalogue("offers:\n  - id: [unclosed\n"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void anUnknownCatalogueFieldIsNamed() {
        RuleSetException e = loading(MiniRuleSet.withCatalogue(
                MiniRuleSet.catalogueText().replace("    source: T 2", "    source: T 2\n    phone: 0800")));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("offer wijkteam: field phone: unknown field"));
    }
    @Test
    void aSecondOffersKeyIsAnErrorAtItsLineNotASilentOverride() {
        String text = MiniRuleSet.catalogueText() + "offers:\n  - id: only-this-one\n";
        RuleSetException e = loading(MiniRuleSet.withCatalogue(text));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("catalogue.yaml");
            assertThat(p.line()).isEqualTo(lineOf(text, "offers:", 2));
            assertThat(p.message()).isEqualTo("key 'offers' appears twice in one mapping; "
                    + "the second would silently replace the first");
        });
    }

    @Test
    void aRepeatedFieldInAnOfferIsAnErrorAtItsLine() {
        String text = MiniRuleSet.catalogueText().replace("    threshold: 1\n", "    threshold: 1\n    minAge: 3\n    minAge: 30\n");
        RuleSetException e = loading(MiniRuleSet.withCatalogue(text));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "    minAge:", 2));
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.message()).startsWith("key 'minAge' appears twice in one mapping");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "topics: &both [LONELINESS, MONEY]   | an anchor (&both) is not allowed",
            "topics: *both                       | an alias (*both) is not allowed",
            "topics: !!seq [LONELINESS, MONEY]   | a tag (!...) is not allowed",
            "topics: !offer [LONELINESS, MONEY]  | a tag (!...) is not allowed",
    })
    void anchorsAliasesAndTagsAreRejectedAtTheirLine(String topics, String message) {
        String text = MiniRuleSet.catalogueText().replace("topics: [LONELINESS, MONEY]", topics);
        RuleSetException e = loading(MiniRuleSet.withCatalogue(text));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("catalogue.yaml");
            assertThat(p.line()).isEqualTo(lineOf(text, topics, 1));
            assertThat(p.message()).startsWith(message);
        });
    }

    /** The 1-based line of the {@code nth} line starting with {@code start}, ignoring indentation. */
    private static int lineOf(String text, String start, int nth) {
        List<String> lines = text.lines().toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start.strip()) && ++seen == nth) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + nth + " starting with " + start);
    }
}
