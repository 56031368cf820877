package nl.dordrecht.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Engine plumbing, on the two-offer test rule set: facts in, the rules' outcome ranked out. */
class TriageEngineTest {
    private static TriageEngine engine;

    @BeforeAll
    static void build() {
        engine = TriageEngine.builder().rules(MiniRuleSet.source(MiniRuleSet.files())).build();
    }

    @Test
    void theLowestThresholdOnTheRouteIsThePrimaryAndTheRestAreAlternatives() {
        TriageAdvice advice = engine.advise(HelpQuestion.builder().id("q1").topics(Topic.MONEY).build());
        assertThat(advice.id()).isEqualTo("q1");
        assertThat(advice.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
        assertThat(advice.primary().offerId()).isEqualTo("meeting-place");
        assertThat(advice.primary().reasons()).containsExactly("Past.");
        assertThat(advice.alternatives()).extracting(Suggestion::offerId).containsExactly("wijkteam");
        assertThat(advice.explanation()).containsExactly("Ter plekke.");
        assertThat(advice.rulesetVersion()).isEqualTo(engine.rulesetVersion()).startsWith("sha256:");
    }

    @Test
    void onlyOffersServingTheTopicsAreConsidered() {
        TriageAdvice advice = engine.advise(HelpQuestion.about(Topic.HOUSING));
        assertThat(advice.primary().offerId()).isEqualTo("wijkteam");
        assertThat(advice.alternatives()).isEmpty();
    }

    @Test
    void aRuleSetThatLeavesATopicUnansweredIsRejectedAtLoad() {
        RuleSetException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleSetException.class, () ->
                TriageEngine.builder().rules(MiniRuleSet.source(MiniRuleSet.withCatalogue(MiniRuleSet.catalogueText()
                        .replace("NEIGHBOURS, ", "")))).build());
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("a question about NEIGHBOURS alone gets no advice"));
    }

    @Test
    void aGapIsNamedAndExplainedWithTheCatalogueDescription() {
        TriageAdvice advice = engine.advise(HelpQuestion.about(Topic.HOUSING));
        assertThat(advice.gaps()).containsExactly("TEST_GAP");
        assertThat(advice.explanation()).contains("Hier is nog niets voor.");
    }

    @Test
    void neighbourhoodsMatchCaseInsensitivelyAndByAlias() {
        assertThat(engine.advise(HelpQuestion.builder().topics(Topic.MONEY).neighbourhood("binnenstad").build())).isNotNull();
        assertThat(engine.neighbourhoods()).containsExactly("Centrum", "Krispijn");
    }

    @Test
    void anUnknownNeighbourhoodIsAnErrorListingTheKnownOnes() {
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> engine.advise(
                HelpQuestion.builder().id("q2").topics(Topic.MONEY).neighbourhood("Atlantis").build()));
        assertThat(e.questionId()).contains("q2");
        assertThat(e.errors()).containsExactly(new FieldError("neighbourhood", "unknown wijk; known: Centrum, Krispijn"));
    }

    @Test
    void theVersionIsAContentHashOfRulesAndCatalogue() {
        TriageEngine same = TriageEngine.builder().rules(MiniRuleSet.source(MiniRuleSet.files())).build();
        TriageEngine changed = TriageEngine.builder().rules(MiniRuleSet.source(MiniRuleSet.withCatalogue(
                MiniRuleSet.catalogueText().replace("name: Wijkteam", "name: Sociaal Wijkteam")))).build();
        assertThat(same.rulesetVersion()).isEqualTo(engine.rulesetVersion());
        assertThat(changed.rulesetVersion()).isNotEqualTo(engine.rulesetVersion());
    }
}
