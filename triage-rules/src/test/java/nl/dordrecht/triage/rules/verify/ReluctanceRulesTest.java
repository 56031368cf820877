package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestion;
import static nl.dordrecht.triage.rules.verify.Advices.suggestions;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Suggestion;
import org.junit.jupiter.api.Test;

/** reluctance.drl, one rule at a time: each marker of vraagverlegenheid moves the ranking or adds a line. */
class ReluctanceRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    private static final String FEAR_ELSEWHERE = "De bewoner is bang dat informatie terechtkomt bij instanties zoals de Sociale Dienst";
    private static final String FEAR_WIJKTEAM = "Het wijkteam deelt soms informatie met andere instanties: zeg dat eerlijk";
    private static final String SHAME_ELSEWHERE = "De bewoner schaamt zich voor de vraag: zeg dat veel mensen hiermee komen";
    private static final String SHAME_WIJKTEAM = "het wijkteam kan voelen als een grote stap: vertel bij het voorstellen";

    // --- Definition

    @Test
    void aReluctanceMarkerCountsWithoutASafetySignal() {
        VERIFIER.verifyThat("Definition: a reluctance marker counts when no safety signal is known")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.SHAME))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains(SHAME_ELSEWHERE));
    }

    @Test
    void withoutAMarkerNothingCountsAsReluctance() {
        VERIFIER.verifyThat("Definition: a reluctance marker counts when no safety signal is known")
                .given(q -> q.topics(DEBTS).age(40))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("schaamt"));
    }

    @Test
    void withASafetySignalAMarkerChangesNothingInTheAdvice() {
        // Not a firing assertion: in the trace the marker's rules may fire before the safety signal is known and be
        // withdrawn after; what counts is that nothing of the marker is left in the advice.
        VERIFIER.verifyThat("Definition: a reluctance marker counts when no safety signal is known")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.SHAME).safetySignals(SafetySignal.DOMESTIC_VIOLENCE))
                .andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.SAFETY_ESCALATION);
                    assertThat(explanation(a)).doesNotContain("schaamt");
                    assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons()).noneMatch(r -> r.contains("probleemstempel")));
                });
    }

    // --- Fear of consequences

    @Test
    void fearOfConsequencesRaisesTheThresholdOfTheWijkteamThatSharesData() {
        VERIFIER.verifyThat("Fear of consequences makes an offer that shares data a high threshold")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(a.primary().threshold()).isEqualTo(6);
                    assertThat(a.primary().reasons()).contains("Deelt informatie met instanties, en daar is deze bewoner bang voor.");
                });
    }

    @Test
    void withoutFearTheWijkteamKeepsItsBaseThreshold() {
        VERIFIER.verifyThat("Fear of consequences makes an offer that shares data a high threshold")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(a.primary().threshold()).isEqualTo(5);
                });
    }

    @Test
    void fearOfConsequencesRulesOutTheBenefitsAgency() {
        VERIFIER.verifyThat("Fear of consequences rules out a specific agency that shares data")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sdd-geldzaken").contains("schuldhulpmaatje"));
    }

    @Test
    void anotherMarkerLeavesTheBenefitsAgencyInTheAdvice() {
        VERIFIER.verifyThat("Fear of consequences rules out a specific agency that shares data")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.BUREAUCRACY))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("sdd-geldzaken"));
    }

    @Test
    void fearOfConsequencesPutsDebtVolunteersFirstWithTheirReason() {
        VERIFIER.verifyThat("Fear of consequences puts volunteers who stand apart from agencies first")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("schuldhulpmaatje");
                    assertThat(a.primary().reasons()).anyMatch(r -> r.startsWith("Vrijwilligers, geen instantie"))
                            .noneMatch(r -> r.contains("gaat er niets naar de gemeente"));
                    assertThat(suggestion(a, "bureau-sociaal-raadslieden").reasons()).noneMatch(r -> r.startsWith("Vrijwilligers"));
                });
    }

    @Test
    void aTeenagersFearDoesNotPutVolunteersFirst() {
        VERIFIER.verifyThat("Fear of consequences puts volunteers who stand apart from agencies first")
                .given(q -> q.topics(DEBTS).age(15).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a))
                        .allSatisfy(s -> assertThat(s.reasons()).noneMatch(r -> r.startsWith("Vrijwilligers, geen instantie"))));
    }

    @Test
    void fearOfConsequencesOnASpecificReferralNamesWhoTheResidentFears() {
        VERIFIER.verifyThat("Fear of consequences: say that help without data sharing comes first")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(explanation(a)).contains(FEAR_ELSEWHERE + ":").doesNotContain("jeugdbescherming")
                            .doesNotContain(FEAR_WIJKTEAM);
                });
    }

    @Test
    void fearOfConsequencesOnTheWijkteamRouteGetsNoLineAboutHelpThatSharesNothing() {
        VERIFIER.verifyThat("Fear of consequences: say that help without data sharing comes first")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain(FEAR_ELSEWHERE));
    }

    @Test
    void fearOfConsequencesOnTheWijkteamRouteSaysHonestlyThatTheWijkteamShares() {
        VERIFIER.verifyThat("Fear of consequences on the wijkteam route: say honestly that the wijkteam shares information")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).contains(FEAR_WIJKTEAM).contains("zelf meebeslist");
                });
    }

    @Test
    void fearOfConsequencesOnASpecificReferralSaysNothingAboutTheWijkteamSharing() {
        VERIFIER.verifyThat("Fear of consequences on the wijkteam route: say honestly that the wijkteam shares information")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain(FEAR_WIJKTEAM));
    }

    @Test
    void fearOfConsequencesOnSeveralDomainsNamesMeClientSupport() {
        VERIFIER.verifyThat("Fear of consequences on several domains names independent client support")
                .given(q -> q.topics(HOUSING, HEALTH).age(40).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .fires().andAdvice(a -> assertThat(suggestion(a, "mee-clientondersteuning").reasons())
                        .anyMatch(r -> r.startsWith("Onafhankelijke cliëntondersteuning")));
    }

    @Test
    void fearOfConsequencesOnOneDomainNamesNoClientSupport() {
        VERIFIER.verifyThat("Fear of consequences on several domains names independent client support")
                .given(q -> q.topics(HEALTH).age(40).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("mee-clientondersteuning"));
    }

    // --- Shame

    @Test
    void shameRaisesTheThresholdOfFormalSpecificDebtHelp() {
        VERIFIER.verifyThat("Shame makes formal specific help a higher threshold")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.SHAME))
                .fires().andAdvice(a -> {
                    Suggestion bsr = suggestion(a, "bureau-sociaal-raadslieden");
                    assertThat(bsr.threshold()).isEqualTo(5);
                    assertThat(bsr.reasons()).anyMatch(r -> r.startsWith("Formele hulpverlening: voelt voor iemand die zich schaamt"));
                });
    }

    @Test
    void withoutShameFormalSpecificDebtHelpKeepsItsThreshold() {
        VERIFIER.verifyThat("Shame makes formal specific help a higher threshold")
                .given(q -> q.topics(DEBTS).age(40))
                .doesNotFire().andAdvice(a -> assertThat(suggestion(a, "bureau-sociaal-raadslieden").threshold()).isEqualTo(4));
    }

    @Test
    void shamePutsTheDebtBuddyFirstAsInformalHelp() {
        VERIFIER.verifyThat("Shame puts informal help first")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.SHAME))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("schuldhulpmaatje");
                    assertThat(a.primary().reasons()).anyMatch(r -> r.startsWith("Informele hulp, van bewoners en vrijwilligers"));
                });
    }

    @Test
    void withoutShameInformalHelpGetsNoShameReason() {
        VERIFIER.verifyThat("Shame puts informal help first")
                .given(q -> q.topics(DEBTS).age(40))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().reasons()).noneMatch(r -> r.startsWith("Informele hulp")));
    }

    @Test
    void shameMarksAnonymousHelpForYoungParents() {
        VERIFIER.verifyThat("Shame puts anonymous help first")
                .given(q -> q.topics(PARENTING).childAges(1).age(22).groups(Group.PREGNANT_OR_YOUNG_PARENT).reluctance(Reluctance.SHAME))
                .fires().andAdvice(a -> assertThat(suggestion(a, "schapenkopjes").reasons()).contains("Kan anoniem."));
    }

    @Test
    void withoutShameAnonymityIsNotAReason() {
        VERIFIER.verifyThat("Shame puts anonymous help first")
                .given(q -> q.topics(PARENTING).childAges(1).age(22).groups(Group.PREGNANT_OR_YOUNG_PARENT))
                .doesNotFire().andAdvice(a -> assertThat(suggestion(a, "schapenkopjes").reasons()).doesNotContain("Kan anoniem."));
    }

    @Test
    void shameOnASpecificReferralSaysTheHelpIsOrdinary() {
        VERIFIER.verifyThat("Shame: say that informal help without a problem label comes first")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.SHAME))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains(SHAME_ELSEWHERE).doesNotContain(SHAME_WIJKTEAM));
    }

    @Test
    void shameOnTheWijkteamRouteDoesNotGetTheGeneralShameLine() {
        VERIFIER.verifyThat("Shame: say that informal help without a problem label comes first")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35).reluctance(Reluctance.SHAME))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain(SHAME_ELSEWHERE));
    }

    @Test
    void shameOnAReferralMakesTheHandoverWarm() {
        VERIFIER.verifyThat("Shame on a referral: offer to make the first contact together")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.SHAME))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("Bied aan om samen te bellen");
                });
    }

    @Test
    void shameOnAQuestionHelpedOnTheSpotLeavesTheHandoverAlone() {
        VERIFIER.verifyThat("Shame on a referral: offer to make the first contact together")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(40).reluctance(Reluctance.SHAME))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(Handover.SELF_REFERRAL);
                });
    }

    @Test
    void shameOnTheWijkteamRouteIntroducesTheResidentInPerson() {
        VERIFIER.verifyThat("Shame on the wijkteam route: introduce the resident in person")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35).reluctance(Reluctance.SHAME))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).contains(SHAME_WIJKTEAM).contains("niet om te oordelen");
                });
    }

    @Test
    void shameOnASpecificReferralSaysNothingAboutTheWijkteam() {
        VERIFIER.verifyThat("Shame on the wijkteam route: introduce the resident in person")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.SHAME))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain(SHAME_WIJKTEAM));
    }

    // --- Normalised

    @Test
    void aNormalisedNeedPrefersMeetingPlaces() {
        VERIFIER.verifyThat("A normalised need is met where people meet without problems being the subject")
                // Noticed, not asked: the outreach team is an option too, and it is no meeting place.
                .given(q -> q.topics(LONELINESS).explicit(false).age(50).reluctance(Reluctance.NORMALISED))
                .fires().andAdvice(a -> {
                    String line = "Een plek om elkaar te ontmoeten, zonder dat het over problemen hoeft te gaan.";
                    assertThat(suggestion(a, "buurtwerk").reasons()).contains(line);
                    assertThat(suggestion(a, "hip-helpt").reasons()).doesNotContain(line);
                });
    }

    @Test
    void withoutTheMarkerMeetingPlacesGetNoNormalisedReason() {
        VERIFIER.verifyThat("A normalised need is met where people meet without problems being the subject")
                .given(q -> q.topics(LONELINESS).age(50))
                .doesNotFire().andAdvice(a -> assertThat(suggestion(a, "buurtwerk").reasons())
                        .noneMatch(r -> r.startsWith("Een plek om elkaar te ontmoeten")));
    }

    @Test
    void aHomeboundResidentIsNotToldOfAPlaceToMeet() {
        VERIFIER.verifyThat("A normalised need is met where people meet without problems being the subject")
                .given(q -> q.topics(LONELINESS, ELDERLY).explicit(false).age(70).neighbourhood("Sterrenburg")
                        .reluctance(Reluctance.NORMALISED).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND))
                // It may fire before "homebound" is concluded; truth maintenance then withdraws what it said.
                .andAdvice(a -> assertThat(Advices.suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                        .noneMatch(r -> r.startsWith("Een plek om elkaar te ontmoeten"))));
    }

    @Test
    void aNormalisedNeedIsNotMadeAProblem() {
        VERIFIER.verifyThat("A normalised need: do not make it a problem")
                .given(q -> q.topics(DEBTS).age(50).reluctance(Reluctance.NORMALISED))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("maak er geen probleem van"));
    }

    @Test
    void withoutTheNormalisedMarkerNoSuchLine() {
        VERIFIER.verifyThat("A normalised need: do not make it a problem")
                .given(q -> q.topics(DEBTS).age(50).reluctance(Reluctance.SHAME))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("maak er geen probleem van"));
    }

    @Test
    void aNormalisedNeedThatGoesToTheWijkteamIsNotPlayedDown() {
        VERIFIER.verifyThat("A normalised need that goes to the wijkteam: it is there for exactly this")
                .given(q -> q.topics(DEBTS, HOUSING, LETTERS_AND_FORMS, MENTAL_HEALTH).age(44).reluctance(Reluctance.NORMALISED)
                        .complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(nl.dordrecht.triage.Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).contains("voordat het groter wordt").doesNotContain("maak er geen probleem van");
                });
    }

    @Test
    void aNormalisedNeedHelpedNearbyHearsNothingAboutTheWijkteam() {
        VERIFIER.verifyThat("A normalised need that goes to the wijkteam: it is there for exactly this")
                .given(q -> q.topics(DEBTS).age(50).reluctance(Reluctance.NORMALISED))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("voordat het groter wordt"));
    }

    // --- Self-reliance

    @Test
    void selfRelianceMarksInformalGeneralHelp() {
        VERIFIER.verifyThat("Self-reliance puts informal general help first")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(50).reluctance(Reluctance.SELF_RELIANCE))
                .fires().andAdvice(a -> {
                    String line = "Helpt de bewoner het zelf te doen, zonder hulpverlener.";
                    assertThat(suggestion(a, "de-buitenwacht").reasons()).contains(line);
                    assertThat(suggestion(a, "bibliotheek-aanzet").reasons()).doesNotContain(line);
                });
    }

    @Test
    void forCompanySelfRelianceSaysTheResidentTakesPartAsOneOfTheOthers() {
        VERIFIER.verifyThat("Self-reliance puts informal general help first")
                .given(q -> q.topics(LONELINESS, ELDERLY).age(81).reluctance(Reluctance.SELF_RELIANCE))
                .fires().andAdvice(a -> assertThat(suggestion(a, "de-buitenwacht").reasons())
                        .contains("Hier komt de bewoner gewoon als een van de anderen.")
                        .doesNotContain("Helpt de bewoner het zelf te doen, zonder hulpverlener."));
    }

    @Test
    void withoutSelfRelianceNoDoItYourselfReason() {
        VERIFIER.verifyThat("Self-reliance puts informal general help first")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(50))
                .doesNotFire().andAdvice(a -> assertThat(suggestion(a, "de-buitenwacht").reasons())
                        .doesNotContain("Helpt de bewoner het zelf te doen, zonder hulpverlener."));
    }

    @Test
    void selfRelianceOffersToDoItTogether() {
        VERIFIER.verifyThat("Self-reliance: offer to do it together, not to take it over")
                .given(q -> q.topics(WORK_EDUCATION).age(40).reluctance(Reluctance.SELF_RELIANCE))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("niet om het over te nemen"));
    }

    @Test
    void anOddJobIsNotSomethingToDoTogether() {
        VERIFIER.verifyThat("Self-reliance: offer to do it together, not to take it over")
                .given(q -> q.topics(PRACTICAL_HELP).age(81).reluctance(Reluctance.SELF_RELIANCE))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("niet om het over te nemen"));
    }

    @Test
    void whoDoesNotWantToBotherAnyoneWithAnOddJobHearsThatAskingIsNormal() {
        VERIFIER.verifyThat("Self-reliance about an odd job: asking is normal, the volunteers like to do it")
                .given(q -> q.topics(PRACTICAL_HELP, LONELINESS).age(81).reluctance(Reluctance.SELF_RELIANCE))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("hulp krijgen bij zo'n klusje"));
    }

    @Test
    void whoWantsToLearnItHerselfHearsNothingAboutOddJobs() {
        VERIFIER.verifyThat("Self-reliance about an odd job: asking is normal, the volunteers like to do it")
                .given(q -> q.topics(WORK_EDUCATION).age(40).reluctance(Reluctance.SELF_RELIANCE))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("klusje"));
    }

    @Test
    void withoutSelfRelianceNoLineAboutDoingItTogether() {
        VERIFIER.verifyThat("Self-reliance: offer to do it together, not to take it over")
                .given(q -> q.topics(WORK_EDUCATION).age(40))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("niet om het over te nemen"));
    }

    // --- Does not know where to go

    @Test
    void whoDoesNotKnowWhereToGoIsHandedOverWarmly() {
        VERIFIER.verifyThat("Who does not know where to go is handed over warmly")
                .given(q -> q.topics(DEBTS).age(50).reluctance(Reluctance.DOES_NOT_KNOW_WHERE))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("breng de bewoner persoonlijk in contact");
                });
    }

    @Test
    void whoKnowsTheWayGoesThemselves() {
        VERIFIER.verifyThat("Who does not know where to go is handed over warmly")
                .given(q -> q.topics(DEBTS).age(50))
                .doesNotFire().andAdvice(a -> assertThat(a.handover()).isEqualTo(Handover.SELF_REFERRAL));
    }

    @Test
    void whoDoesNotKnowWhereToGoGetsTheSociaalMakelaarAsAlternative() {
        VERIFIER.verifyThat("Who does not know where to go meets the sociaal makelaar among the alternatives")
                .given(q -> q.topics(DEBTS).age(50).reluctance(Reluctance.DOES_NOT_KNOW_WHERE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("sociaal-makelaar");
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("sociaal-makelaar");
                        assertThat(s.reasons()).contains("Zoekt samen met de bewoner de weg, ook als die niet weet waar te beginnen.");
                    });
                });
    }

    @Test
    void whoKnowsTheWayGetsNoSociaalMakelaarOnADebtQuestion() {
        VERIFIER.verifyThat("Who does not know where to go meets the sociaal makelaar among the alternatives")
                .given(q -> q.topics(DEBTS).age(50))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-makelaar"));
    }

    @Test
    void whoDoesNotKnowWhereToGoWithQuestionsOnSeveralLifeDomainsGetsClientSupport() {
        VERIFIER.verifyThat("Who does not know where to go meets client support for the question among the alternatives")
                .given(q -> q.topics(DEBTS, HEALTH).age(50).reluctance(Reluctance.DOES_NOT_KNOW_WHERE))
                .fires().andAdvice(a -> assertThat(suggestion(a, "mee-clientondersteuning").reasons())
                        .contains("Helpt de weg te vinden naar wat past."));
    }

    @Test
    void whoDoesNotKnowWhereToGoWithOneDebtQuestionIsNotSentToClientSupport() {
        VERIFIER.verifyThat("Who does not know where to go meets client support for the question among the alternatives")
                .given(q -> q.topics(DEBTS).age(50).reluctance(Reluctance.DOES_NOT_KNOW_WHERE))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("mee-clientondersteuning"));
    }

    @Test
    void noClientSupportServesALegalQuestion() {
        VERIFIER.verifyThat("Who does not know where to go meets client support for the question among the alternatives")
                .given(q -> q.topics(LEGAL).age(50).reluctance(Reluctance.DOES_NOT_KNOW_WHERE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(suggested(a)).doesNotContain("mee-clientondersteuning", "ouderplatform-zhz");
                    assertThat(suggested(a)).contains("sociaal-makelaar");
                });
    }

    // --- Reciprocity

    @Test
    void whoCannotGiveBackIsWelcomeAtMeetingPlaces() {
        VERIFIER.verifyThat("Who cannot give anything back is welcome where everyone contributes")
                .given(q -> q.topics(LONELINESS).explicit(false).age(50).reluctance(Reluctance.RECIPROCITY))
                .fires().andAdvice(a -> {
                    String line = "Hier helpen bewoners elkaar: de bewoner kan ook zelf iets bijdragen.";
                    assertThat(a.primary().reasons()).contains(line);
                    assertThat(suggestion(a, "hip-helpt").reasons()).doesNotContain(line);
                });
    }

    @Test
    void withoutTheReciprocityMarkerNoContributingReason() {
        VERIFIER.verifyThat("Who cannot give anything back is welcome where everyone contributes")
                .given(q -> q.topics(LONELINESS).age(50))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().reasons())
                        .doesNotContain("Hier helpen bewoners elkaar: de bewoner kan ook zelf iets bijdragen."));
    }

    @Test
    void whoCannotGiveBackHearsNothingIsExpected() {
        VERIFIER.verifyThat("Who cannot give anything back hears that nothing is expected in return")
                .given(q -> q.topics(LONELINESS).age(50).reluctance(Reluctance.RECIPROCITY))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("er hoeft niets tegenover te staan"));
    }

    @Test
    void withoutTheReciprocityMarkerNoLineAboutGivingBack() {
        VERIFIER.verifyThat("Who cannot give anything back hears that nothing is expected in return")
                .given(q -> q.topics(LONELINESS).age(50))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("niets tegenover"));
    }

    // --- Bureaucracy

    @Test
    void bureaucracyLowersOffersWithoutIntakeSoTheLibraryLeads() {
        VERIFIER.verifyThat("Bureaucracy puts offers without forms or intake first")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(50).reluctance(Reluctance.BUREAUCRACY))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("bibliotheek-aanzet");
                    assertThat(a.primary().threshold()).isEqualTo(1);
                    assertThat(a.primary().reasons()).contains("Zonder formulieren of intake.");
                });
    }

    @Test
    void withoutBureaucracyTheLibraryKeepsItsThreshold() {
        VERIFIER.verifyThat("Bureaucracy puts offers without forms or intake first")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(50))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("bibliotheek-aanzet");
                    assertThat(suggestion(a, "bibliotheek-aanzet").threshold()).isEqualTo(2);
                });
    }

    @Test
    void bureaucracyRaisesFormalHelpWithAnIntake() {
        VERIFIER.verifyThat("Bureaucracy makes formal specific help a higher threshold")
                .given(q -> q.topics(DEBTS).age(50).reluctance(Reluctance.BUREAUCRACY))
                .fires().andAdvice(a -> {
                    Suggestion bsr = suggestion(a, "bureau-sociaal-raadslieden");
                    assertThat(bsr.threshold()).isEqualTo(5);
                    assertThat(bsr.reasons()).anyMatch(r -> r.startsWith("Werkt met aanmelding en intake"));
                });
    }

    @Test
    void withoutBureaucracyFormalHelpWithAnIntakeKeepsItsThreshold() {
        VERIFIER.verifyThat("Bureaucracy makes formal specific help a higher threshold")
                .given(q -> q.topics(DEBTS).age(50))
                .doesNotFire().andAdvice(a -> {
                    Suggestion bsr = suggestion(a, "bureau-sociaal-raadslieden");
                    assertThat(bsr.threshold()).isEqualTo(4);
                    assertThat(bsr.reasons()).noneMatch(r -> r.startsWith("Werkt met aanmelding"));
                });
    }

    @Test
    void bureaucracyOffersHelpWithForms() {
        VERIFIER.verifyThat("Bureaucracy: say there is no intake, and help with any form")
                .given(q -> q.topics(DEBTS).age(50).reluctance(Reluctance.BUREAUCRACY))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("zeg waar het zonder intake kan"));
    }

    @Test
    void withoutBureaucracyNoLineAboutForms() {
        VERIFIER.verifyThat("Bureaucracy: say there is no intake, and help with any form")
                .given(q -> q.topics(DEBTS).age(50))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("zonder intake"));
    }

    // --- Cultural norms

    @Test
    void culturalNormsLowerVluchtelingenWerkAsCultureSensitive() {
        VERIFIER.verifyThat("Cultural norms put culture-sensitive offers first")
                .given(q -> q.topics(HOUSING).age(30).groups(Group.STATUSHOUDER).monthsInDordrecht(6)
                        .reluctance(Reluctance.CULTURAL_NORMS))
                .fires().andAdvice(a -> {
                    Suggestion vw = suggestion(a, "vluchtelingenwerk");
                    assertThat(vw.threshold()).isEqualTo(1);
                    assertThat(vw.reasons()).contains("Werkt cultuursensitief.");
                });
    }

    @Test
    void withoutCulturalNormsVluchtelingenWerkKeepsItsThreshold() {
        VERIFIER.verifyThat("Cultural norms put culture-sensitive offers first")
                .given(q -> q.topics(HOUSING).age(30).groups(Group.STATUSHOUDER).monthsInDordrecht(6))
                .doesNotFire().andAdvice(a -> {
                    Suggestion vw = suggestion(a, "vluchtelingenwerk");
                    assertThat(vw.threshold()).isEqualTo(1);
                    assertThat(vw.reasons()).doesNotContain("Werkt cultuursensitief.");
                });
    }

    @Test
    void culturalNormsTakeTimeAndAWarmHandover() {
        VERIFIER.verifyThat("Cultural norms: take time and introduce the resident personally")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(50).reluctance(Reluctance.CULTURAL_NORMS))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("neem de tijd");
                });
    }

    @Test
    void withoutCulturalNormsAPracticalQuestionIsSelfReferral() {
        VERIFIER.verifyThat("Cultural norms: take time and introduce the resident personally")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(50))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.SELF_REFERRAL);
                    assertThat(explanation(a)).doesNotContain("neem de tijd");
                });
    }

    @Test
    void aCarerWhoWantsToManageAloneIsIntroducedInPerson() {
        VERIFIER.verifyThat("A carer who wants to manage alone is introduced in person")
                .given(q -> q.topics(CAREGIVING, ELDERLY).groups(nl.dordrecht.triage.Group.INFORMAL_CARER).age(74)
                        .reluctance(Reluctance.SELF_RELIANCE).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("De mantelzorger wil het zelf blijven doen");
                });
    }

    @Test
    void aCarerWithoutThatReluctanceIsNotToldSo() {
        VERIFIER.verifyThat("A carer who wants to manage alone is introduced in person")
                .given(q -> q.topics(CAREGIVING, ELDERLY).groups(nl.dordrecht.triage.Group.INFORMAL_CARER).age(74)
                        .complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("De mantelzorger wil het zelf blijven doen"));
    }

    @Test
    void whoWantsToGiveBackByVolunteeringHearsThatThisIsContributing() {
        VERIFIER.verifyThat("Who wants to give something back and asks to take part hears that this is the way to contribute")
                .given(q -> q.topics(PARTICIPATION).age(45).reluctance(Reluctance.RECIPROCITY))
                .fires().andAdvice(a -> assertThat(String.join(" ", a.explanation()))
                        .contains("iets terugdoen").doesNotContain("er hoeft niets tegenover te staan"));
        VERIFIER.verifyThat("Who wants to give something back and asks to take part hears that this is the way to contribute")
                .given(q -> q.topics(LONELINESS).age(45).reluctance(Reluctance.RECIPROCITY))
                .doesNotFire().andAdvice(a -> assertThat(String.join(" ", a.explanation())).contains("er hoeft niets tegenover te staan"));
    }

    @Test
    void anAdultAfraidOfTheConsequencesIsOfferedToMakeTheFirstContactTogether() {
        VERIFIER.verifyThat("Fear of consequences on a referral: offer to make the first contact together")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .childAges(9).age(38).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(nl.dordrecht.triage.Handover.WARM_HANDOVER);
                    assertThat(String.join(" ", a.explanation())).contains("samen het eerste contact");
                });
        VERIFIER.verifyThat("Fear of consequences on a referral: offer to make the first contact together")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).childAges(9).age(38))
                .doesNotFire().andAdvice(a -> assertThat(a.handover()).isEqualTo(nl.dordrecht.triage.Handover.SELF_REFERRAL));
    }

    @Test
    void anExhaustedCarerWhoWantsToManageAloneHearsTheCarersLineOnly() {
        VERIFIER.verifyThat("Self-reliance: offer to do it together, not to take it over")
                .given(q -> q.topics(CAREGIVING, ELDERLY).age(58).groups(Group.INFORMAL_CARER)
                        .reluctance(Reluctance.SELF_RELIANCE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(explanation(a)).contains("De mantelzorger wil het zelf blijven doen");
                    assertThat(explanation(a)).doesNotContain("De bewoner wil het zelf oplossen");
                });
    }

    @Test
    void shameDoesNotRaiseTheThresholdOfTheOfferWhereTheQuestionSurfaced() {
        VERIFIER.verifyThat("Shame makes formal specific help a higher threshold")
                .given(q -> q.topics(MENTAL_HEALTH).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .reluctance(Reluctance.SHAME).age(16).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("poh-jeugd");
                    assertThat(a.primary().reasons()).noneMatch(r -> r.startsWith("Formele hulpverlening"));
                });
    }

    @Test
    void anOlderResidentWhoWantsToManageAloneIsOfferedTheFirstContact() {
        VERIFIER.verifyThat("An older resident who wants to manage alone is offered the first contact")
                .given(q -> q.topics(LETTERS_AND_FORMS).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .reluctance(Reluctance.SELF_RELIANCE).age(80).neighbourhood("Krispijn")
                        .channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("Bied aan om het eerste contact samen te leggen");
                });
    }

    @Test
    void aYoungerResidentWhoWantsToManageAloneKeepsTheSelfReferral() {
        VERIFIER.verifyThat("An older resident who wants to manage alone is offered the first contact")
                .given(q -> q.topics(LETTERS_AND_FORMS).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .reluctance(Reluctance.SELF_RELIANCE).age(50).channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.SELF_REFERRAL);
                    assertThat(explanation(a)).doesNotContain("eerste contact samen te leggen");
                });
    }

    @Test
    void aGayStatushoudersFearIsNamedAsFearOfFamilyAndTheOwnCircle() {
        VERIFIER.verifyThat("Fear of consequences: say that help without data sharing comes first")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).groups(nl.dordrecht.triage.Group.LGBTI, nl.dordrecht.triage.Group.STATUSHOUDER)
                        .monthsInDordrecht(30).reluctance(Reluctance.FEAR_OF_CONSEQUENCES).age(27))
                .fires().andAdvice(a -> assertThat(a.explanation())
                        .anyMatch(l -> l.startsWith("De bewoner is bang dat informatie terechtkomt bij familie of de eigen kring")));
    }

    @Test
    void aParentsFearNamesTheAgenciesAndYouthProtection() {
        VERIFIER.verifyThat("Fear of consequences: say that help without data sharing comes first")
                .given(q -> q.topics(PARENTING).childAges(6).reluctance(Reluctance.FEAR_OF_CONSEQUENCES).age(35))
                .fires().andAdvice(a -> assertThat(a.explanation())
                        .anyMatch(l -> l.startsWith("De bewoner is bang dat informatie terechtkomt bij instanties zoals de Sociale Dienst of de jeugdbescherming")));
    }
}
