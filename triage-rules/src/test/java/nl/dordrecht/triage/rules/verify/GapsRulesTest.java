package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.SafetySignal;
import org.junit.jupiter.api.Test;

/** gaps.drl, one rule at a time: which known gap of the sociale kaart the advice names, and when it does not. */
class GapsRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void aHousingQuestionNamesTheHousingInformationGap() {
        VERIFIER.verifyThat("A housing question falls into the housing information gap")
                .given(q -> q.topics(HOUSING).age(40))
                .fires().andAdvice(a -> {
                    assertThat(a.gaps()).contains("HOUSING_INFORMATION");
                    assertThat(String.join(" ", a.explanation())).contains("informatiepunt voor woonvragen");
                });
    }

    @Test
    void duringASafetyEscalationNoHousingGapIsNamed() {
        VERIFIER.verifyThat("A housing question falls into the housing information gap")
                .given(q -> q.topics(HOUSING).safetySignals(SafetySignal.DOMESTIC_VIOLENCE).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.SAFETY_ESCALATION);
                    assertThat(a.gaps()).isEmpty();
                });
    }

    @Test
    void whereNothingAnswersAHousingQuestionTheWijkteamIsNamedBesideTheSociaalMakelaar() {
        VERIFIER.verifyThat("Where nothing answers a housing question, the wijkteam where such questions land now is named")
                .given(q -> q.topics(HOUSING).barriers(Barrier.LOW_DIGITAL_SKILLS).age(68).channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(Advices.suggestion(a, "sociaal-wijkteam").reasons()).anyMatch(r -> r.startsWith("Vragen over wonen komen nu meestal bij het wijkteam terecht"));
                });
    }

    @Test
    void whereAnOfferMadeForTheResidentAnswersTheHousingQuestionNoWijkteamIsNamedForTheGap() {
        VERIFIER.verifyThat("Where nothing answers a housing question, the wijkteam where such questions land now is named")
                .given(q -> q.topics(HOUSING, MONEY).groups(Group.EX_DETAINEE).age(35))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("buddyzorg"));
    }

    @Test
    void anLgbtiResidentLookingForCompanyFallsIntoTheMeetingPlaceGap() {
        VERIFIER.verifyThat("An LGBTI resident looking for company falls into the meeting place gap")
                .given(q -> q.topics(LONELINESS).groups(Group.LGBTI).age(30))
                .fires().andAdvice(a -> {
                    assertThat(a.gaps()).contains("LGBTI_MEETING_PLACE");
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("dordrecht-pride");
                });
    }

    @Test
    void anLgbtiResidentsHousingQuestionNamesNoMeetingPlaceGap() {
        VERIFIER.verifyThat("An LGBTI resident looking for company falls into the meeting place gap")
                .given(q -> q.topics(HOUSING).groups(Group.LGBTI).age(30))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("LGBTI_MEETING_PLACE"));
    }

    @Test
    void aLonelyTenYearOldFallsIntoTheChildrensWorkGap() {
        VERIFIER.verifyThat("A child up to 14 looking for something to do falls into the children's work gap")
                .given(q -> q.topics(LONELINESS).age(10))
                .fires().andAdvice(a -> assertThat(a.gaps()).containsExactly("CHILDRENS_WORK"));
    }

    @Test
    void aLonely15YearOldIsPastChildrensWork() {
        VERIFIER.verifyThat("A child up to 14 looking for something to do falls into the children's work gap")
                .given(q -> q.topics(LONELINESS).age(15))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CHILDRENS_WORK"));
    }

    @Test
    void aLowIncomeFamilyWithAnEightYearOldFallsIntoTheChildrensWorkGap() {
        VERIFIER.verifyThat("A vulnerable family with a child up to 14 falls into the children's work gap")
                .given(q -> q.topics(PARENTING).groups(Group.LOW_INCOME).childAges(8).age(35))
                .fires().andAdvice(a -> assertThat(a.gaps()).contains("CHILDRENS_WORK"));
    }

    @Test
    void aSingleMothersQuestionAboutHerChildInASeparationIsNotAboutChildrensWork() {
        VERIFIER.verifyThat("A vulnerable family with a child up to 14 falls into the children's work gap")
                .given(q -> q.topics(PARENTING, RELATIONSHIPS).groups(Group.SINGLE_PARENT).childAges(7).age(36))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(a.gaps()).doesNotContain("CHILDRENS_WORK");
                });
    }

    @Test
    void aLowIncomeFamilyWithOnlyA15YearOldIsNotInTheChildrensWorkGap() {
        VERIFIER.verifyThat("A vulnerable family with a child up to 14 falls into the children's work gap")
                .given(q -> q.topics(PARENTING).groups(Group.LOW_INCOME).childAges(15).age(35))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CHILDRENS_WORK"));
    }

    @Test
    void aStatushouderAfterTheGuidanceFallsIntoTheCultureSensitiveAccessGap() {
        VERIFIER.verifyThat("A statushouder after the first 15 months falls into the culture-sensitive access gap")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(20).age(30))
                .fires().andAdvice(a -> assertThat(a.gaps()).contains("CULTURE_SENSITIVE_ACCESS"));
    }

    @Test
    void aStatushouderStillGuidedByVluchtelingenWerkIsNotInTheCultureGap() {
        VERIFIER.verifyThat("A statushouder after the first 15 months falls into the culture-sensitive access gap")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(10).age(30))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CULTURE_SENSITIVE_ACCESS"));
    }

    @Test
    void anAdultWithAMigrationBackgroundHeldBackByCulturalNormsFallsIntoTheCultureSensitiveAccessGap() {
        VERIFIER.verifyThat("Cultural norms, limited Dutch with a migrant background or an integration question fall into the culture-sensitive access gap")
                .given(q -> q.topics(LETTERS_AND_FORMS).reluctance(Reluctance.CULTURAL_NORMS).groups(Group.MIGRANT_BACKGROUND).age(40))
                .fires().andAdvice(a -> assertThat(a.gaps()).contains("CULTURE_SENSITIVE_ACCESS"));
    }

    @Test
    void aMigrantWithLimitedDutchFallsIntoTheCultureSensitiveAccessGap() {
        VERIFIER.verifyThat("Cultural norms, limited Dutch with a migrant background or an integration question fall into the culture-sensitive access gap")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.MIGRANT_BACKGROUND).barriers(Barrier.LIMITED_DUTCH).age(40))
                .fires().andAdvice(a -> assertThat(a.gaps()).contains("CULTURE_SENSITIVE_ACCESS"));
    }

    @Test
    void aTeenagerHeldBackByCulturalNormsIsNotInTheCultureGap() {
        VERIFIER.verifyThat("Cultural norms, limited Dutch with a migrant background or an integration question fall into the culture-sensitive access gap")
                .given(q -> q.topics(LETTERS_AND_FORMS).reluctance(Reluctance.CULTURAL_NORMS).age(16))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CULTURE_SENSITIVE_ACCESS"));
    }

    @Test
    void aNewStatushoudersIntegrationQuestionHasVluchtelingenWerkSoNoCultureGap() {
        VERIFIER.verifyThat("Cultural norms, limited Dutch with a migrant background or an integration question fall into the culture-sensitive access gap")
                .given(q -> q.topics(INTEGRATION).groups(Group.STATUSHOUDER).monthsInDordrecht(5).age(30))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk");
                    assertThat(a.gaps()).doesNotContain("CULTURE_SENSITIVE_ACCESS");
                });
    }

    @Test
    void anAdultCarersQuestionForTheWijkteamFallsIntoTheElderlyExpertiseGap() {
        VERIFIER.verifyThat("An elderly or carer question for the wijkteam, the sociaal makelaar or a home visit falls into the elderly expertise gap")
                .given(q -> q.topics(CAREGIVING, HOUSING).age(50))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.gaps()).contains("ELDERLY_EXPERTISE");
                });
    }

    @Test
    void anOldCarerOfAWifeWithDementiaReferredToRespiteFallsIntoTheElderlyExpertiseGap() {
        VERIFIER.verifyThat("A carer of an older person referred to specific help falls into the elderly expertise gap")
                .given(q -> q.topics(CAREGIVING, ELDERLY).age(82).groups(nl.dordrecht.triage.Group.INFORMAL_CARER))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.gaps()).contains("ELDERLY_EXPERTISE");
                });
    }

    @Test
    void aCarerOfAChildReferredToSpecificHelpIsNotAboutElderlyExpertise() {
        VERIFIER.verifyThat("A carer of an older person referred to specific help falls into the elderly expertise gap")
                .given(q -> q.topics(CAREGIVING).age(40).groups(nl.dordrecht.triage.Group.INFORMAL_CARER))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("ELDERLY_EXPERTISE"));
    }

    @Test
    void aHomeboundWomanOf80NoticedByANeighbourFallsIntoTheElderlyExpertiseGap() {
        VERIFIER.verifyThat("An elderly or carer question for the wijkteam, the sociaal makelaar or a home visit falls into the elderly expertise gap")
                .given(q -> q.topics(LONELINESS, PRACTICAL_HELP, ELDERLY).explicit(false).age(80)
                        .barriers(nl.dordrecht.triage.Barrier.HOMEBOUND))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(a.handover()).isEqualTo(nl.dordrecht.triage.Handover.OUTREACH_VISIT);
                    assertThat(a.gaps()).contains("ELDERLY_EXPERTISE");
                });
    }

    @Test
    void aYoungAdultCarersQuestionIsNotAboutElderlyExpertise() {
        VERIFIER.verifyThat("An elderly or carer question for the wijkteam, the sociaal makelaar or a home visit falls into the elderly expertise gap")
                .given(q -> q.topics(CAREGIVING, HOUSING).age(20))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.gaps()).doesNotContain("ELDERLY_EXPERTISE");
                });
    }

    @Test
    void aLonelyOlderResidentInDubbeldamHearsTheGapWithTheWijksName() {
        VERIFIER.verifyThat("An older resident in Dubbeldam looking for company falls into the Dubbeldam meeting gap")
                .given(q -> q.topics(LONELINESS).age(70).neighbourhood("Dubbeldam"))
                .fires().andAdvice(a -> {
                    assertThat(a.gaps()).containsExactly("DUBBELDAM_ELDERLY_MEETING");
                    assertThat(String.join(" ", a.explanation())).contains("In Dubbeldam is weinig plek waar ouderen elkaar")
                            .doesNotContain("in sommige wijken");
                });
    }

    @Test
    void aHomeboundOlderResidentInDubbeldamIsReachedAtHomeWhereThePlacesToMeetDoNotCount() {
        VERIFIER.verifyThat("An older resident in Dubbeldam looking for company falls into the Dubbeldam meeting gap")
                .given(q -> q.topics(LONELINESS).age(84).neighbourhood("Dubbeldam").barriers(Barrier.HOMEBOUND))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(a.gaps()).doesNotContain("DUBBELDAM_ELDERLY_MEETING");
                });
    }

    @Test
    void inDubbeldamTheBuurtwerksLonelinessExpertsLeadBeforeAMeetingPlaceAcrossTheCity() {
        VERIFIER.verifyThat("Where the Dubbeldam meeting gap is named, a meeting place or outreach team from elsewhere does not lead")
                .given(q -> q.topics(LONELINESS, ELDERLY).reluctance(Reluctance.SELF_RELIANCE).age(81).neighbourhood("Dubbeldam")
                        .channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("buurtwerk");
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("de-buitenwacht", "sociaal-makelaar");
                });
    }

    @Test
    void elsewhereTheMeetingPlaceLeadsForALonelyOlderResident() {
        VERIFIER.verifyThat("Where the Dubbeldam meeting gap is named, a meeting place or outreach team from elsewhere does not lead")
                .given(q -> q.topics(LONELINESS).age(81).neighbourhood("Zuidhoven"))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("buurtwerk"));
    }

    @Test
    void inDubbeldamTheLonelyOlderResidentIsBroughtToAPlaceFurtherAwayInPerson() {
        VERIFIER.verifyThat("Where the Dubbeldam meeting gap is named, the resident is handed over warmly")
                .given(q -> q.topics(LONELINESS).age(78).neighbourhood("Dubbeldam"))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(String.join(" ", a.explanation())).contains("naar een plek verderop gaat iemand makkelijker");
                });
        VERIFIER.verifyThat("Where the Dubbeldam meeting gap is named, the resident is handed over warmly")
                .given(q -> q.topics(LONELINESS).age(78).neighbourhood("Sterrenburg"))
                .doesNotFire().andAdvice(a -> assertThat(String.join(" ", a.explanation())).doesNotContain("plek verderop"));
    }

    @Test
    void forALonelyLgbtiResidentPrideWithoutAPlaceOfItsOwnIsAnOptionNotTheFirstStep() {
        VERIFIER.verifyThat("Where the LGBTI meeting place gap is named, an LGBTI offer without a place does not lead")
                .given(q -> q.topics(LONELINESS).groups(Group.LGBTI, Group.NEW_IN_TOWN).age(19).monthsInDordrecht(3)
                        .neighbourhood("Centrum"))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("dordtse-helden", "jongerenwerk");
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("dordrecht-pride");
                    assertThat(a.gaps()).contains("LGBTI_MEETING_PLACE");
                });
    }

    @Test
    void anLgbtiResidentsLetterIsNotAboutAPlaceToMeet() {
        VERIFIER.verifyThat("Where the LGBTI meeting place gap is named, an LGBTI offer without a place does not lead")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.LGBTI).age(30))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("LGBTI_MEETING_PLACE"));
    }

    @Test
    void anOlderResidentInDubbeldamAskingOnlyForAnOddJobIsNotInTheGapWhichIsAboutPlacesToMeet() {
        VERIFIER.verifyThat("An older resident in Dubbeldam looking for company falls into the Dubbeldam meeting gap")
                .given(q -> q.topics(PRACTICAL_HELP).groups(nl.dordrecht.triage.Group.BEREAVED).age(78).neighbourhood("Dubbeldam"))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("ELDERLY_EXPERTISE"));
    }

    @Test
    void aLonelyOlderResidentInTheCentreIsNotInTheDubbeldamGap() {
        VERIFIER.verifyThat("An older resident in Dubbeldam looking for company falls into the Dubbeldam meeting gap")
                .given(q -> q.topics(LONELINESS).age(70).neighbourhood("Centrum"))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("ELDERLY_EXPERTISE"));
    }

    @Test
    void anUnaskedQuestionInTheCentreNamesTheCentreGap() {
        VERIFIER.verifyThat("A vulnerable resident of the Centrum falls into the centre gap")
                .given(q -> q.topics(DEBTS).explicit(false).age(60).neighbourhood("Centrum"))
                .fires().andAdvice(a -> {
                    assertThat(a.gaps()).contains("CENTRUM_VULNERABLE_RESIDENTS");
                    assertThat(String.join(" ", a.explanation())).contains("In het centrum van Dordrecht is er minder laagdrempelig aanbod");
                });
    }

    @Test
    void anOutrightQuestionWithoutVulnerabilityInTheCentreNamesNoCentreGap() {
        VERIFIER.verifyThat("A vulnerable resident of the Centrum falls into the centre gap")
                .given(q -> q.topics(DEBTS).age(60).neighbourhood("Centrum"))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CENTRUM_VULNERABLE_RESIDENTS"));
    }

    @Test
    void anElderAbuseEscalationWithTheWijkteamToFollowNamesTheElderlyExpertiseGap() {
        VERIFIER.verifyThat("An older resident followed up by the wijkteam after a safety escalation falls into the elderly expertise gap")
                .given(q -> q.topics(ELDERLY, MONEY).explicit(false).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND).age(81)
                        .safetySignals(nl.dordrecht.triage.SafetySignal.ELDER_ABUSE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(nl.dordrecht.triage.Route.SAFETY_ESCALATION);
                    assertThat(a.gaps()).containsExactly("ELDERLY_EXPERTISE");
                });
    }

    @Test
    void aDomesticViolenceEscalationOfAYoungerResidentNamesNoElderlyGap() {
        VERIFIER.verifyThat("An older resident followed up by the wijkteam after a safety escalation falls into the elderly expertise gap")
                .given(q -> q.topics(RELATIONSHIPS).safetySignals(nl.dordrecht.triage.SafetySignal.DOMESTIC_VIOLENCE).age(35))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).isEmpty());
    }

    @Test
    void whoIsHelpedAtTheMeetingPlaceInTheCentreHearsNoCentreGap() {
        VERIFIER.verifyThat("A vulnerable resident of the Centrum falls into the centre gap")
                .given(q -> q.topics(LETTERS_AND_FORMS).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .barriers(nl.dordrecht.triage.Barrier.LOW_LITERACY).age(24).neighbourhood("Centrum")
                        .channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CENTRUM_VULNERABLE_RESIDENTS"));
    }

    @Test
    void whereFewPlacesAreNearForAnOlderResidentsCompanyTheSociaalMakelaarIsNamed() {
        VERIFIER.verifyThat("Where few places are near for an older resident's company, the sociaal makelaar is named")
                .given(q -> q.topics(LONELINESS, ELDERLY).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .age(79).neighbourhood("Dubbeldam"))
                .fires().andAdvice(a -> {
                    assertThat(a.gaps()).contains("DUBBELDAM_ELDERLY_MEETING");
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("sociaal-makelaar");
                        assertThat(s.reasons()).anyMatch(r -> r.startsWith("Kent de wijk"));
                    });
                });
        VERIFIER.verifyThat("Where few places are near for an older resident's company, the sociaal makelaar is named")
                .given(q -> q.topics(LONELINESS, ELDERLY).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .age(79).neighbourhood("Sterrenburg"))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("DUBBELDAM_ELDERLY_MEETING"));
    }

    @Test
    void aVulnerableYoungMotherWithABabyHearsNoChildrensWorkGap() {
        VERIFIER.verifyThat("A vulnerable family with a child up to 14 falls into the children's work gap")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.SINGLE_PARENT).childAges(0).age(19))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CHILDRENS_WORK"));
    }

    @Test
    void aLonelyLgbtiGirlOf13HearsNoLineAboutChildrensWork() {
        VERIFIER.verifyThat("A child up to 14 looking for something to do falls into the children's work gap")
                .given(q -> q.topics(MENTAL_HEALTH, LONELINESS).age(13).groups(Group.LGBTI).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CHILDRENS_WORK"));
    }

    @Test
    void anOldManWithMemoryLossVisitedByTheSociaalMakelaarFallsIntoTheElderlyExpertiseGap() {
        VERIFIER.verifyThat("An elderly or carer question for the wijkteam, the sociaal makelaar or a home visit falls into the elderly expertise gap")
                .given(q -> q.topics(ELDERLY, LETTERS_AND_FORMS, HEALTH).complexity(nl.dordrecht.triage.Complexity.MULTI_DOMAIN)
                        .explicit(false).age(81).neighbourhood("Stadspolders")
                        .barriers(Barrier.HOMEBOUND).groups(Group.DISABILITY_OR_CHRONIC_ILLNESS))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(a.gaps()).contains("ELDERLY_EXPERTISE");
                });
    }

    @Test
    void aMotherAskingAboutTheTantrumsOfHerSonOfNineFallsIntoTheChildrensWorkGap() {
        VERIFIER.verifyThat("A parent's question about bringing up a child of 6 to 12 falls into the children's work gap")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).childAges(9).age(40)
                        .channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.gaps()).containsExactly("CHILDRENS_WORK");
                    assertThat(a.explanation()).anyMatch(l -> l.contains("kinderen van 6 tot 12 jaar met probleemgedrag"));
                });
    }

    @Test
    void aParentAskingAboutAToddlerIsOutsideTheGapForChildrenOfSixToTwelve() {
        VERIFIER.verifyThat("A parent's question about bringing up a child of 6 to 12 falls into the children's work gap")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).childAges(3).age(30))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CHILDRENS_WORK"));
    }

    @Test
    void aParentInTheCentrumAskingAboutTheKindtegoedHearsNoLineAboutFindingSomethingNearby() {
        VERIFIER.verifyThat("A vulnerable resident of the Centrum falls into the centre gap")
                .given(q -> q.topics(MONEY).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL).groups(Group.LOW_INCOME)
                        .childAges(8, 11).neighbourhood("Centrum").channel(nl.dordrecht.triage.Channel.ONLINE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("dordtpas");
                    assertThat(a.gaps()).doesNotContain("CENTRUM_VULNERABLE_RESIDENTS");
                });
    }
}
