package nl.dordrecht.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.internal.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** A scenario's expectations about a suggestion's own reasons: met, not met, and about an offer not suggested. */
class ScenarioExpectationsTest {
    /** Shame puts informal help first: Schuldhulpmaatje (informal) gets that reason, the Sociale Dienst does not. */
    private static final String QUESTION = "{id: t, topics: [DEBTS], reluctance: [SHAME], age: 50}";

    @Test
    void reasonsASuggestionGivesPass() {
        assertThat(failures("reasons: {schuldhulpmaatje: [\"zonder probleemstempel\"]}")).isEmpty();
    }

    @Test
    void aReasonASuggestionDoesNotGiveFailsNamingTheOfferAndTheWords() {
        assertThat(failures("reasons: {schuldhulpmaatje: [\"kan anoniem\"]}"))
                .containsExactly("reasons: schuldhulpmaatje does not mention \"kan anoniem\"");
    }

    @Test
    void aReasonOfAnOfferThatIsNotSuggestedFails() {
        assertThat(failures("reasons: {no-such-offer: [\"iets\"]}"))
                .containsExactly("reasons: no-such-offer is not suggested, so cannot say \"iets\"");
    }

    @Test
    void aReasonThatMustNotBeGivenFailsWhenGiven() {
        assertThat(failures("notReasons: {schuldhulpmaatje: [\"zonder probleemstempel\"]}"))
                .containsExactly("notReasons: schuldhulpmaatje mentions \"zonder probleemstempel\"");
        assertThat(failures("notReasons: {sdd-geldzaken: [\"zonder probleemstempel\"]}")).isEmpty();
    }

    private static List<String> failures(String expectation) {
        String yaml = "- name: t\n  source: test\n  question: " + QUESTION + "\n  expect: {" + expectation + "}\n";
        ScenarioReader.Result read = ScenarioReader.read(List.of(new SourceFile("scenarios/t.yaml", yaml)));
        assertThat(read.problems()).isEmpty();
        Scenario scenario = read.scenarios().get(0);
        return DordrechtScenarios.RUNNER.run(scenario).failures();
    }
}
