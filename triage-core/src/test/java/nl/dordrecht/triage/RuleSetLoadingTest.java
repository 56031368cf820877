package nl.dordrecht.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

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
}
