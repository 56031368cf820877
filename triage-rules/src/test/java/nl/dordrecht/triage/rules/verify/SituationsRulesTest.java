package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestion;
import static nl.dordrecht.triage.rules.verify.Advices.suggestions;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.Channel;
import org.junit.jupiter.api.Test;

/** situations.drl, one rule at a time: the offer made for a life event stays named in the advice. */
class SituationsRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    private static final String SNUFFELSTAGE = "Snuffelstage: begeleiding naar vrijwillige inzet, voor wie een participatieplek nog een stap te ver is.";
    private static final String PARTICIPATION_PLACE = "Zoekt met begeleiding een participatieplek die past.";

    @Test
    void aSeparationWithAChildKeepsTheAdviespuntSko() {
        VERIFIER.verifyThat("A separation with children keeps the Adviespunt SKO in the advice")
                .given(q -> q.topics(RELATIONSHIPS).childAges(8).age(38))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(a.primary().reasons()).anyMatch(r -> r.startsWith("Voor ouders die uit elkaar gaan"));
                });
    }

    @Test
    void aSeparationWithParentingQuestionsIsLedByTheSko() {
        VERIFIER.verifyThat("A separation with children keeps the Adviespunt SKO in the advice")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING).age(38))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko"));
    }

    @Test
    void aDivorceWithAToddlerGoesToTheSkoBeforeSupportForParentsOfYoungChildren() {
        VERIFIER.verifyThat("A separation with children keeps the Adviespunt SKO in the advice")
                .given(q -> q.topics(RELATIONSHIPS, LEGAL, PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .childAges(3, 7).age(33).channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(a.alternatives()).extracting(Suggestion::offerId).contains("buurtgezinnen", "juridisch-loket");
                });
    }

    @Test
    void aRelationshipQuestionWithoutChildrenDoesNotGoToTheSko() {
        VERIFIER.verifyThat("A separation with children keeps the Adviespunt SKO in the advice")
                .given(q -> q.topics(RELATIONSHIPS).age(38))
                .doesNotFire().andAdvice(a -> {
                    assertThat(suggested(a)).doesNotContain("adviespunt-sko");
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                });
    }

    @Test
    void aBereavedResidentKeepsTrost() {
        VERIFIER.verifyThat("A bereaved resident keeps the support after a loss in the advice")
                .given(q -> q.topics(LONELINESS).groups(Group.BEREAVED).age(70))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("trost");
                    assertThat(a.primary().reasons()).contains("Steun bij het verlies van iemand die dichtbij stond.");
                });
    }

    @Test
    void lonelinessWithoutALossDoesNotBringTrost() {
        VERIFIER.verifyThat("A bereaved resident keeps the support after a loss in the advice")
                .given(q -> q.topics(LONELINESS).age(70))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("trost"));
    }

    @Test
    void takingPartWithAPsychiatricVulnerabilityNamesTheStepsTowardsIt() {
        VERIFIER.verifyThat("Taking part for someone for whom a volunteer job is a step too far names the steps towards it")
                .given(q -> q.topics(PARTICIPATION).groups(Group.PSYCHIATRIC_VULNERABILITY).age(40))
                .fires().andAdvice(a -> {
                    assertThat(Advices.suggestion(a, "mee-matchingunit").reasons()).contains(PARTICIPATION_PLACE);
                    assertThat(Advices.suggestion(a, "de-buitenwacht").reasons()).contains(SNUFFELSTAGE);
                    assertThat(Advices.suggestion(a, "inzet078").reasons()).contains("Zoekt mee naar vrijwilligerswerk dat past.");
                });
    }

    @Test
    void takingPartWithSelfRelianceAlsoNamesTheSteps() {
        VERIFIER.verifyThat("Taking part for someone for whom a volunteer job is a step too far names the steps towards it")
                .given(q -> q.topics(PARTICIPATION).reluctance(Reluctance.SELF_RELIANCE).age(40))
                .fires().andAdvice(a -> assertThat(suggested(a)).contains("mee-matchingunit"));
    }

    @Test
    void aWorkQuestionWithSelfRelianceAloneDoesNotNameTheSteps() {
        VERIFIER.verifyThat("Taking part for someone for whom a volunteer job is a step too far names the steps towards it")
                .given(q -> q.topics(WORK_EDUCATION).reluctance(Reluctance.SELF_RELIANCE).age(40))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a))
                        .allSatisfy(s -> assertThat(s.reasons()).doesNotContain(SNUFFELSTAGE, PARTICIPATION_PLACE)));
    }

    @Test
    void aJobAmongFourLifeDomainsAfterDetentionLeavesRoomForTheMoneyBesideTheWijkteam() {
        VERIFIER.verifyThat("Taking part for someone for whom a volunteer job is a step too far names the steps towards it")
                .given(q -> q.topics(WORK_EDUCATION, HOUSING, DEBTS, MONEY).reluctance(Reluctance.BUREAUCRACY, Reluctance.FEAR_OF_CONSEQUENCES)
                        .groups(Group.EX_DETAINEE).age(29).neighbourhood("Centrum").channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(suggested(a)).contains("buddyzorg", "schuldhulpmaatje");
                    assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons()).doesNotContain(SNUFFELSTAGE));
                });
        VERIFIER.verifyThat("Taking part for someone for whom a volunteer job is a step too far names the steps towards it")
                .given(q -> q.topics(WORK_EDUCATION).groups(Group.EX_DETAINEE).age(29))
                .fires().andAdvice(a -> assertThat(suggested(a)).contains("mee-matchingunit"));
    }

    @Test
    void whoNeedsGuidanceToTakePartStartsWithTheGuidedStepsNotTheVolunteerCentre() {
        VERIFIER.verifyThat("Who takes part with psychiatric complaints does not start at the volunteer centre")
                .given(q -> q.topics(PARTICIPATION, WORK_EDUCATION).groups(Group.PSYCHIATRIC_VULNERABILITY).age(34)
                        .complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("de-buitenwacht", "mee-matchingunit");
                    assertThat(suggested(a)).contains("inzet078");
                });
    }

    @Test
    void whoTakesPartWithoutNeedingGuidanceMayStartAtTheVolunteerCentre() {
        VERIFIER.verifyThat("Who takes part with psychiatric complaints does not start at the volunteer centre")
                .given(q -> q.topics(PARTICIPATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(34))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("inzet078"));
    }

    @Test
    void aTeenagerWithAPsychiatricVulnerabilityIsNotNamedTheAdultSteps() {
        VERIFIER.verifyThat("Taking part for someone for whom a volunteer job is a step too far names the steps towards it")
                .given(q -> q.topics(PARTICIPATION).groups(Group.PSYCHIATRIC_VULNERABILITY).age(16))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jongerenwerk");
                    assertThat(suggested(a)).doesNotContain("mee-matchingunit");
                });
    }

    @Test
    void aParentOfABabyKeepsTheConsultatiebureauEvenWhenOffersForYoungParentsFillTheList() {
        VERIFIER.verifyThat("A parent's question about a young child keeps the youth health care for that age in the advice")
                .given(q -> q.topics(PARENTING, LONELINESS).groups(Group.PREGNANT_OR_YOUNG_PARENT).childAges(0).age(20))
                .fires().andAdvice(a -> {
                    assertThat(suggested(a)).contains("jgz-consultatiebureau", "jgz-voorzorg");
                    assertThat(Advices.suggestion(a, "jgz-consultatiebureau").reasons())
                            .contains("Jeugdgezondheidszorg voor kinderen van deze leeftijd: elke ouder kan er terecht met vragen over opvoeden en opgroeien.");
                });
    }

    @Test
    void aParentOfATeenagerIsNotSentToTheConsultatiebureau() {
        VERIFIER.verifyThat("A parent's question about a young child keeps the youth health care for that age in the advice")
                .given(q -> q.topics(PARENTING).childAges(14).age(45))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("jgz-consultatiebureau"));
    }

    @Test
    void aWidowersGriefForHimselfAndHisChildrenGoesToTrostFirst() {
        VERIFIER.verifyThat("A bereaved resident's grief goes first to the support after a loss")
                .given(q -> q.topics(MENTAL_HEALTH, PARENTING).groups(Group.BEREAVED, Group.SINGLE_PARENT).childAges(10, 14).age(45)
                        .complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("trost");
                    assertThat(a.gaps()).doesNotContain("CHILDRENS_WORK");
                });
    }

    @Test
    void aBereavedResidentsOddJobIsNotAboutGrief() {
        VERIFIER.verifyThat("A bereaved resident's grief goes first to the support after a loss")
                .given(q -> q.topics(PRACTICAL_HELP, LONELINESS).groups(Group.BEREAVED).age(79))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isIn("helpende-handen", "stichting-present"));
    }

    @Test
    void aLowIncomePensionerAskingAboutAllowancesKeepsTheDordtpas() {
        VERIFIER.verifyThat("A low-income resident's income question keeps the Dordtpas in the advice")
                .given(q -> q.topics(MONEY).groups(Group.LOW_INCOME).age(67))
                .fires().andAdvice(a -> assertThat(Advices.suggestion(a, "dordtpas").reasons())
                        .contains("Gratis voor wie weinig te besteden heeft: meedoen aan sport, cultuur en vrije tijd, zonder stempel."));
    }

    @Test
    void anIncomeQuestionWithoutALowIncomeDoesNotBringTheDordtpas() {
        VERIFIER.verifyThat("A low-income resident's income question keeps the Dordtpas in the advice")
                .given(q -> q.topics(MONEY).age(67))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("dordtpas"));
    }

    @Test
    void aCarerReferredToRespiteIsIntroducedInPerson() {
        VERIFIER.verifyThat("A carer referred onward is introduced in person")
                .given(q -> q.topics(CAREGIVING).groups(Group.INFORMAL_CARER).age(58))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.handover()).isEqualTo(nl.dordrecht.triage.Handover.WARM_HANDOVER);
                    assertThat(a.explanation()).anyMatch(l -> l.contains("maak het eerste contact samen"));
                });
    }

    @Test
    void aCarerWhoWantsToManageAloneHasItsOwnLineNotThisOne() {
        VERIFIER.verifyThat("A carer referred onward is introduced in person")
                .given(q -> q.topics(CAREGIVING).groups(Group.INFORMAL_CARER).reluctance(Reluctance.SELF_RELIANCE).age(58))
                .doesNotFire().andAdvice(a -> assertThat(a.explanation()).anyMatch(l -> l.startsWith("De mantelzorger wil het zelf blijven doen")));
    }

    @Test
    void atTheGpTheSupportAfterALossIsTheFirstAlternativeBesideTheSociaalRecept() {
        VERIFIER.verifyThat("A bereaved resident keeps the support after a loss in the advice")
                .given(q -> q.topics(MENTAL_HEALTH, LONELINESS).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.BEREAVED).reluctance(Reluctance.NORMALISED).age(72).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(a.alternatives().get(0).offerId()).isEqualTo("trost");
                });
    }

    @Test
    void aManWithAPsychiatricHistoryWhoAsksForVolunteerWorkStartsWithTheStepsTowardsIt() {
        VERIFIER.verifyThat("Who asks to take part and needs guidance towards it does not start at a meeting place for the group")
                .given(q -> q.topics(PARTICIPATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(45)
                        .groups(Group.PSYCHIATRIC_VULNERABILITY, Group.LOW_INCOME).neighbourhood("Wielwijk"))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("de-buitenwacht", "mee-matchingunit");
                    assertThat(suggested(a)).contains("yulius-inloophuis", "inzet078");
                });
    }

    @Test
    void aLonelyManWithAPsychiatricHistoryMayStartAtTheWalkInHouse() {
        VERIFIER.verifyThat("Who asks to take part and needs guidance towards it does not start at a meeting place for the group")
                .given(q -> q.topics(LONELINESS).age(45).groups(Group.PSYCHIATRIC_VULNERABILITY))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("yulius-inloophuis"));
    }

    @Test
    void aBereavedWomansLetterIsHelpedFirstAndTheGriefSupportStaysNamed() {
        VERIFIER.verifyThat("A bereaved resident's grief goes first to the support after a loss")
                .given(q -> q.topics(LETTERS_AND_FORMS, LONELINESS).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .groups(Group.BEREAVED).age(74).neighbourhood("Sterrenburg").channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("trost");
                    assertThat(suggested(a)).contains("trost");
                });
    }

    @Test
    void griefNoticedAtTheGpHasTheSupportAfterALossFirstAmongTheOptionsNotAsTheFirstStep() {
        VERIFIER.verifyThat("An unasked grief has the support after a loss first among the options")
                .given(q -> q.topics(LONELINESS, HEALTH).explicit(false).groups(Group.BEREAVED).reluctance(Reluctance.NORMALISED)
                        .age(72).neighbourhood("Zuidhoven").channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(a.alternatives().get(0).offerId()).isEqualTo("trost");
                    assertThat(a.alternatives().get(0).reasons()).anyMatch(r -> r.startsWith("Bedoeld voor verdriet na een verlies"));
                });
    }

    @Test
    void griefNoticedAtAMeetingPlaceStartsWithTrustThere() {
        VERIFIER.verifyThat("An unasked grief has the support after a loss first among the options")
                .given(q -> q.topics(LONELINESS).explicit(false).groups(Group.BEREAVED).age(69).neighbourhood("Sterrenburg")
                        .channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("trost");
                    assertThat(a.alternatives().get(0).offerId()).isEqualTo("trost");
                });
    }

    @Test
    void griefAskedForItselfIsNotTheUnaskedRule() {
        VERIFIER.verifyThat("An unasked grief has the support after a loss first among the options")
                .given(q -> q.topics(LONELINESS).groups(Group.BEREAVED).age(69))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("trost"));
    }

    @Test
    void anOverloadedCarerNoticedAtTheGpHasTheHelpForCarersAmongTheOptions() {
        VERIFIER.verifyThat("Where the sociaal makelaar first visits a carer, the help for carers is among the options")
                .given(q -> q.topics(CAREGIVING, HEALTH).explicit(false).reluctance(Reluctance.NORMALISED, Reluctance.SELF_RELIANCE)
                        .groups(Group.INFORMAL_CARER).age(49).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a)).contains("respijt-vrijwilligers", "mee-mantelzorg");
                });
    }

    @Test
    void anUnaskedQuestionWithoutCaringDoesNotBringTheHelpForCarers() {
        VERIFIER.verifyThat("Where the sociaal makelaar first visits a carer, the help for carers is among the options")
                .given(q -> q.topics(LONELINESS, HEALTH).explicit(false).age(49).channel(nl.dordrecht.triage.Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("respijt-vrijwilligers", "mee-mantelzorg"));
    }

    @Test
    void aCarerAskingAboutIncomeSupportIsHelpedWithTheMoneyFirst() {
        VERIFIER.verifyThat("A carer's money question goes to the money help, with the help for carers beside it")
                .given(q -> q.topics(MONEY, CAREGIVING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.INFORMAL_CARER).age(41).channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("financieel-hulphuis");
                    assertThat(suggested(a)).contains("respijt-vrijwilligers");
                });
    }

    @Test
    void aCarerAskingAboutRespiteGetsTheRespiteFirst() {
        VERIFIER.verifyThat("A carer's money question goes to the money help, with the help for carers beside it")
                .given(q -> q.topics(CAREGIVING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.INFORMAL_CARER).age(41))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isIn("respijt-vrijwilligers", "mee-mantelzorg"));
    }

    @Test
    void aGuidedParticipationPlaceIsNotForARetrainingQuestionWithNothingThatCallsForGuidance() {
        VERIFIER.verifyThat("A guided participation place is not for a work question of a resident with nothing that calls for guidance")
                .given(q -> q.topics(WORK_EDUCATION, PARTICIPATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(55)
                        .channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("leerwerkloket");
                    assertThat(suggested(a)).contains("inzet078").doesNotContain("mee-matchingunit");
                });
    }

    @Test
    void aGuidedParticipationPlaceStaysForSomeoneWithPsychiatricComplaints() {
        VERIFIER.verifyThat("A guided participation place is not for a work question of a resident with nothing that calls for guidance")
                .given(q -> q.topics(WORK_EDUCATION, PARTICIPATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(40)
                        .groups(Group.PSYCHIATRIC_VULNERABILITY))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("mee-matchingunit"));
    }

    @Test
    void aWomanWithPsychiatricComplaintsWhoWantsToVolunteerStartsWithASnuffelstage() {
        VERIFIER.verifyThat("Who takes part with psychiatric complaints starts with a Snuffelstage")
                .given(q -> q.topics(PARTICIPATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.PSYCHIATRIC_VULNERABILITY).age(45).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("de-buitenwacht");
                    assertThat(a.primary().reasons()).containsOnlyOnce(SNUFFELSTAGE);
                    assertThat(suggested(a)).contains("inzet078", "mee-matchingunit");
                });
    }

    @Test
    void aManWithBackPainWhoWantsToVolunteerStartsAtTheVolunteerCentre() {
        VERIFIER.verifyThat("Who takes part with psychiatric complaints starts with a Snuffelstage")
                .given(q -> q.topics(PARTICIPATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.DISABILITY_OR_CHRONIC_ILLNESS).age(52).channel(nl.dordrecht.triage.Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("de-buitenwacht"));
    }

    @Test
    void aFiveYearOldsLanguageDelayNoticedAtSchoolIsForTheSchoolNurseWithLanguageHelpForTheMotherBeside() {
        VERIFIER.verifyThat("A young child's language is first for the youth health care that follows the child's development")
                .given(q -> q.topics(PARENTING, LANGUAGE).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .barriers(nl.dordrecht.triage.Barrier.LIMITED_DUTCH).groups(Group.MIGRANT_BACKGROUND)
                        .childAges(5).age(31).neighbourhood("Krispijn").channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("jgz-jeugdverpleegkundige");
                    assertThat(a.primary().reasons()).contains("Volgt hoe het kind zich ontwikkelt, ook in de taal, en geeft de ouders advies.")
                            .doesNotContain("Kijkt vooral naar gezondheid.");
                    assertThat(suggested(a)).contains("taalvrijwilligers");
                });
    }

    @Test
    void aToddlersLanguageAtTheGpIsForTheConsultatiebureau() {
        VERIFIER.verifyThat("A young child's language is first for the youth health care that follows the child's development")
                .given(q -> q.topics(PARENTING, LANGUAGE).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .childAges(2).age(28).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("jgz-consultatiebureau"));
    }

    @Test
    void aTeenagersLanguageIsNotTheYouthHealthCaresDevelopmentQuestion() {
        VERIFIER.verifyThat("A young child's language is first for the youth health care that follows the child's development")
                .given(q -> q.topics(PARENTING, LANGUAGE).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .childAges(15).age(45))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().reasons())
                        .doesNotContain("Volgt hoe het kind zich ontwikkelt, ook in de taal, en geeft de ouders advies."));
    }

    @Test
    void aGirlsGriefRaisedAtSchoolStartsWithThoseWhoSeeHerThereWithTrostNamed() {
        VERIFIER.verifyThat("A bereaved resident's grief goes first to the support after a loss")
                .given(q -> q.topics(PARENTING, MENTAL_HEALTH).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.BEREAVED).childAges(11).neighbourhood("De Staart").channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("schoolmaatschappelijk-werk", "jgz-jeugdverpleegkundige");
                    assertThat(suggested(a)).contains("trost");
                    assertThat(suggestion(a, "trost").reasons()).noneMatch(r -> r.contains("kinderen"));
                });
    }

    @Test
    void whoSeeksCompanyWithAChronicIllnessHearsOfTheSociaalMakelaar() {
        VERIFIER.verifyThat("Who seeks company with a chronic illness or a disability has the sociaal makelaar named, who knows where others meet")
                .given(q -> q.topics(LONELINESS).groups(Group.DISABILITY_OR_CHRONIC_ILLNESS).age(34).channel(Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("sociaal-makelaar");
                    assertThat(suggestion(a, "sociaal-makelaar").reasons()).anyMatch(r -> r.contains("hetzelfde meemaken"));
                });
    }

    @Test
    void whoSeeksCompanyWithoutAnIllnessIsNotSentToTheSociaalMakelaar() {
        VERIFIER.verifyThat("Who seeks company with a chronic illness or a disability has the sociaal makelaar named, who knows where others meet")
                .given(q -> q.topics(LONELINESS).age(34).channel(Channel.ONLINE))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-makelaar"));
    }

    @Test
    void aLowIncomeAloneIsNoCallForAGuidedParticipationPlace() {
        VERIFIER.verifyThat("A guided participation place is not for a work question of a resident with nothing that calls for guidance")
                .given(q -> q.topics(HOUSING, DEBTS, WORK_EDUCATION).groups(Group.LOW_INCOME).age(58).channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> assertThat(suggested(a)).contains("leerwerkloket").doesNotContain("mee-matchingunit"));
    }

    @Test
    void aCarerOfAnOlderRelativeKeepsTheSociaalMakelaarAndTheWijkteamInViewForTheRelative() {
        VERIFIER.verifyThat("A carer of an older relative keeps the sociaal makelaar and the wijkteam in view for the relative")
                .given(q -> q.topics(CAREGIVING, ELDERLY).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).groups(Group.INFORMAL_CARER)
                        .age(52).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("respijt-vrijwilligers");
                    assertThat(Advices.suggestion(a, "sociaal-makelaar").reasons()).anyMatch(r -> r.startsWith("Voor de oudere zelf"));
                    assertThat(suggested(a)).contains("sociaal-wijkteam");
                });
        VERIFIER.verifyThat("A carer of an older relative keeps the sociaal makelaar and the wijkteam in view for the relative")
                .given(q -> q.topics(CAREGIVING).groups(Group.INFORMAL_CARER).age(52).channel(nl.dordrecht.triage.Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-wijkteam"));
    }

    @Test
    void aQuarrelWithTheNeighboursKeepsTheSociaalMakelaarBesideTheMediation() {
        VERIFIER.verifyThat("A quarrel with the neighbours keeps the sociaal makelaar in view for when mediation is not the way")
                .given(q -> q.topics(NEIGHBOURS).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(40)
                        .channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("buurtbemiddeling");
                    assertThat(suggestion(a, "sociaal-makelaar").reasons()).anyMatch(r -> r.contains("Als bemiddeling niet lukt"));
                });
    }

    @Test
    void aYoungPersonsQuarrelWithTheNeighboursDoesNotNameTheSociaalMakelaar() {
        VERIFIER.verifyThat("A quarrel with the neighbours keeps the sociaal makelaar in view for when mediation is not the way")
                .given(q -> q.topics(NEIGHBOURS).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(16))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-makelaar"));
    }

    @Test
    void whoAsksAboutALetterAndLearningDutchKeepsTheLanguageVolunteers() {
        VERIFIER.verifyThat("Who asks to learn Dutch beside a practical question keeps the language volunteers in view")
                .given(q -> q.topics(LETTERS_AND_FORMS, INTEGRATION, LANGUAGE).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .groups(Group.STATUSHOUDER).monthsInDordrecht(8).age(29).channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(suggestion(a, "taalvrijwilligers").reasons()).anyMatch(r -> r.contains("beter Nederlands te leren"));
                });
    }

    @Test
    void aLetterWithoutALanguageQuestionDoesNotNameTheLanguageVolunteers() {
        VERIFIER.verifyThat("Who asks to learn Dutch beside a practical question keeps the language volunteers in view")
                .given(q -> q.topics(LETTERS_AND_FORMS).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL).age(29))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("taalvrijwilligers"));
    }

    @Test
    void arrearsAskedWithAnIncomeQuestionDoNotNameTheDordtpasAboveTheDebtHelp() {
        VERIFIER.verifyThat("A low-income resident's income question keeps the Dordtpas in the advice")
                .given(q -> q.topics(DEBTS, MONEY).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.LOW_INCOME).age(52).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(suggested(a)).doesNotContain("dordtpas");
                    assertThat(suggested(a)).contains("schuldhulpmaatje");
                });
    }
}
