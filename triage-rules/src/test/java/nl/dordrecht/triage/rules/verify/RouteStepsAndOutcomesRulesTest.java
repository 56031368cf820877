package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import org.junit.jupiter.api.Test;

/**
 * The rules of route.drl and outcomes.drl that {@link RoutePolicyRulesTest} does not name: the choice of the first
 * step, steps 5, 9 and 11, the two "nothing fits" outcomes and the final route.
 */
class RouteStepsAndOutcomesRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    private static final String STEP_10_LINE = "De bewoner heeft zelf (nog) niet om hulp gevraagd: begin met ontmoeting en vertrouwen, op een vertrouwde plek dichtbij.";
    private static final String STEP_11_LINE = "Hiervoor is geen verwijzing of indicatie nodig: de bewoner kan zelf terecht bij vrij toegankelijk aanbod.";
    private static final String STEP_12_LINE = "Voor deze vraag is kennis van het onderwerp nodig: we verwijzen naar aanbod dat deze vraag kent, zo licht als het kan.";
    private static final String BROKER_OUTCOME_LINE = "Er is geen passend aanbod op deze route; de sociaal makelaar kent de sociale kaart en zoekt samen met de bewoner verder. Draag warm over.";
    private static final String WIJKTEAM_OUTCOME_LINE = "Er is geen passend aanbod op deze route; het Sociaal Wijkteam is er voor volwassenen en jeugd en kijkt samen met de bewoner verder. Draag warm over.";

    // --- The route is the first step that applies ---
    // Every question is classified, so step 11, 12 or 13 always applies and this rule fires for every question: there
    // is no question for which it does not fire. The tests show that the lowest applicable step decides.

    @Test
    void theLowestApplicableStepDecidesHomeboundBeforeTheNewStatushouder() {
        VERIFIER.verifyThat("The route is the first step of the policy that applies")
                .given(q -> q.topics(PRACTICAL_HELP).barriers(Barrier.HOMEBOUND).groups(Group.STATUSHOUDER)
                        .monthsInDordrecht(5).age(40))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(a.handover()).isEqualTo(Handover.OUTREACH_VISIT);
                    assertThat(explanation(a)).doesNotContain("VluchtelingenWerk");
                });
    }

    @Test
    void anUnaskedPracticalQuestionTakesStep8AndNotStep9WhichAlsoApplies() {
        VERIFIER.verifyThat("Step 11: a simple practical question is helped by the general offer")
                .given(q -> q.topics(PRACTICAL_HELP).explicit(false).age(50)).fires();
        VERIFIER.verifyThat("The route is the first step of the policy that applies")
                .given(q -> q.topics(PRACTICAL_HELP).explicit(false).age(50))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.explanation()).doesNotContain(STEP_11_LINE).anyMatch(l -> l.contains("Het klusje is een goede ingang"));
                });
    }

    // --- Step 4 ---

    @Test
    void step5FiresForAnUnaskedQuestionOnSeveralDomainsAtAMeetingPlace() {
        VERIFIER.verifyThat("Step 5: an implicit question noticed where the resident already comes starts there")
                .given(q -> q.topics(HOUSING, MENTAL_HEALTH).explicit(false).channel(Channel.MEETING_PLACE).age(50))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("bouw eerst vertrouwen op, hier of", "Ander aanbod is voor later");
                    assertThat(a.primary().offerId()).isNotIn("sociaal-makelaar", "sociaal-wijkteam");
                });
    }

    @Test
    void step5AtSchoolBuildsTrustThereWithTheSchoolsOwnOffer() {
        VERIFIER.verifyThat("Step 5: an implicit question noticed where the resident already comes starts there")
                .given(q -> q.topics(PARENTING).explicit(false).channel(Channel.SCHOOL).childAges(9))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("bouw daar eerst vertrouwen op")
                        .doesNotContain("Ander aanbod is voor later"));
    }

    @Test
    void step5DoesNotFireAtTheGpSoTheSociaalMakelaarComes() {
        VERIFIER.verifyThat("Step 5: an implicit question noticed where the resident already comes starts there")
                .given(q -> q.topics(HOUSING, MENTAL_HEALTH).explicit(false).channel(Channel.GP).age(50))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                });
    }

    // --- Step 8 ---

    @Test
    void step9FiresForAnUnaskedQuestionOnOneDomain() {
        VERIFIER.verifyThat("Step 10: an implicit question starts with meeting and trust")
                .given(q -> q.topics(LONELINESS).explicit(false).age(50))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.explanation()).contains(STEP_10_LINE);
                });
    }

    @Test
    void step9ForAnUnaskedOddJobStartsWithTheOddJob() {
        VERIFIER.verifyThat("Step 10: an implicit question starts with meeting and trust")
                .given(q -> q.topics(PRACTICAL_HELP).explicit(false).age(50))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.explanation()).doesNotContain(STEP_10_LINE)
                            .anyMatch(l -> l.contains("Het klusje is een goede ingang"));
                });
    }

    @Test
    void step9DoesNotFireWhenTheResidentAsked() {
        VERIFIER.verifyThat("Step 10: an implicit question starts with meeting and trust")
                .given(q -> q.topics(PRACTICAL_HELP).age(50))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.SELF_REFERRAL);
                    assertThat(a.explanation()).doesNotContain(STEP_10_LINE);
                });
    }

    // --- Step 11 ---

    @Test
    void step11FiresForALegalQuestion() {
        VERIFIER.verifyThat("Step 12: a single question needing specific knowledge is referred to an offer with that knowledge")
                .given(q -> q.topics(LEGAL).age(40))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.handover()).isEqualTo(Handover.SELF_REFERRAL);
                    assertThat(a.primary().offerId()).isEqualTo("juridisch-loket");
                    assertThat(a.explanation()).contains(STEP_12_LINE);
                });
    }

    @Test
    void step11DoesNotFireForALetter() {
        VERIFIER.verifyThat("Step 12: a single question needing specific knowledge is referred to an offer with that knowledge")
                .given(q -> q.topics(LETTERS_AND_FORMS))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.explanation()).doesNotContain(STEP_12_LINE);
                });
    }

    // --- Nothing fits ---

    @Test
    void nothingFitsAnAdultsRelationshipQuestionSoTheSociaalMakelaarLooksFurther() {
        VERIFIER.verifyThat("Outcome: nothing fits the route, so the sociaal makelaar finds an offer with the resident")
                .given(q -> q.topics(RELATIONSHIPS).age(40))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(a.primary().reasons()).contains("Kent de sociale kaart: weet welk aanbod er nog meer is.");
                    assertThat(a.explanation()).contains(BROKER_OUTCOME_LINE).doesNotContain(STEP_12_LINE);
                });
    }

    @Test
    void aParentsSeparationQuestionFitsTheAdviespuntSoTheSociaalMakelaarIsNotNeeded() {
        VERIFIER.verifyThat("Outcome: nothing fits the route, so the sociaal makelaar finds an offer with the resident")
                .given(q -> q.topics(RELATIONSHIPS).childAges(8).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(a.explanation()).doesNotContain(BROKER_OUTCOME_LINE);
                });
    }

    @Test
    void nothingFitsATeenagersHousingQuestionAndTheSociaalMakelaarIsForAdultsSoTheWijkteam() {
        VERIFIER.verifyThat("Outcome: nothing fits the route and the sociaal makelaar does not fit, so the Sociaal Wijkteam")
                .given(q -> q.topics(HOUSING).age(15))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(a.primary().reasons()).contains("Is er voor volwassenen en jeugd, ook als niets anders past.");
                    assertThat(a.explanation()).contains(WIJKTEAM_OUTCOME_LINE);
                    assertThat(suggested(a)).doesNotContain("sociaal-makelaar");
                });
    }

    @Test
    void nothingFitsAnAdultsHousingQuestionButTheSociaalMakelaarDoesSoNotTheWijkteam() {
        VERIFIER.verifyThat("Outcome: nothing fits the route and the sociaal makelaar does not fit, so the Sociaal Wijkteam")
                .given(q -> q.topics(HOUSING).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(a.explanation()).doesNotContain(WIJKTEAM_OUTCOME_LINE);
                });
    }

    // --- The final route ---
    // The decided route's FinalRoute is inserted as soon as the RouteDecision exists, before any outcome can override
    // it, so that rule fires for every question (and is withdrawn by an override): there is no question for which it
    // does not fire.

    @Test
    void theDecidedRouteIsFinalWhenNothingOverridesIt() {
        VERIFIER.verifyThat("The decided route is final when no outcome overrides it")
                .given(q -> q.topics(DEBTS).age(45))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.explanation()).contains(STEP_12_LINE);
                });
    }

    @Test
    void theDecidedRouteGivesWayWhenAnOutcomeOverridesIt() {
        VERIFIER.verifyThat("The decided route is final when no outcome overrides it")
                .given(q -> q.topics(HOUSING).age(40))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isNotEqualTo(Route.REFER_SPECIFIC).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.explanation()).doesNotContain(STEP_12_LINE);
                });
    }

    @Test
    void anOutcomesRouteIsFinal() {
        VERIFIER.verifyThat("An outcome's route is final")
                .given(q -> q.topics(HOUSING).age(40))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.explanation()).contains(BROKER_OUTCOME_LINE);
                });
    }

    @Test
    void withoutAnOutcomeNoOutcomeRouteIsFinal() {
        VERIFIER.verifyThat("An outcome's route is final")
                .given(q -> q.topics(DEBTS).age(45))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("schuldhulpmaatje");
                });
    }

    @Test
    void onTheWijkteamsOwnChannelTheQuestionStaysWithTheWijkteam() {
        VERIFIER.verifyThat("Step 13: a question on several life domains goes to the Sociaal Wijkteam with a warm handover")
                .given(q -> q.topics(HOUSING, DEBTS, NEIGHBOURS).age(45).channel(Channel.WIJKTEAM))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).contains("de vraag blijft bij het wijkteam").doesNotContain("Draag warm over");
                });
    }

    @Test
    void onThePhoneTheWijkteamIsIntroducedInPerson() {
        VERIFIER.verifyThat("Step 13: a question on several life domains goes to the Sociaal Wijkteam with a warm handover")
                .given(q -> q.topics(HOUSING, DEBTS, NEIGHBOURS).age(45).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("Draag warm over: stel de bewoner persoonlijk voor."));
    }
}
