package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.Suggestion;
import org.junit.jupiter.api.Test;

/**
 * One rule at a time, for the rules that keep where the seeds put them: work, income and low mood (the SDD, the
 * Sociaal Recept), a way back to taking part, a carer's first orientation, arrears behind a letter or noticed at the
 * GP, a vulnerable parent's pregnancy and money, and who leads for a resident of a group or at home (complexity.drl,
 * route.drl, route-offers.drl, situations.drl, definitions.drl, money.drl, groups.drl, implicit.drl).
 */
class WorkCarersAndArrearsRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void feelingLowAfterLosingOnesJobIsOneQuestionForTheSociaalMakelaarAtTheGp() {
        VERIFIER.verifyThat("Exception: at the GP, feeling low about being out of work is one question")
                .given(q -> q.topics(WORK_EDUCATION, MENTAL_HEALTH).age(52).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(explanation(a)).contains("Sociaal Recept");
                });
    }

    @Test
    void feelingLowWithoutWorkAskedOnThePhoneIsNotMadeOneQuestion() {
        VERIFIER.verifyThat("Exception: at the GP, feeling low about being out of work is one question")
                .given(q -> q.topics(WORK_EDUCATION, MENTAL_HEALTH).age(52).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("leerwerkloket"));
    }

    @Test
    void theSociaalMakelaarsExplorationOfLowMoodWithoutWorkKeepsTheWayBackToWork() {
        VERIFIER.verifyThat("Social broker route: an offer that knows the work question is an alternative")
                .given(q -> q.topics(WORK_EDUCATION, MENTAL_HEALTH, LONELINESS).age(34).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a)).contains("leerwerkloket");
                    assertThat(suggested(a)).doesNotContain("jongerenwerk");
                });
    }

    @Test
    void theSociaalMakelaarsRouteWithoutAWorkQuestionNamesNoWorkOffer() {
        VERIFIER.verifyThat("Social broker route: an offer that knows the work question is an alternative")
                .given(q -> q.topics(LONELINESS).age(70).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("leerwerkloket"));
    }

    @Test
    void aYoungWomanWithADisabilityWhoWantsWorkStartsWithGuidedStepsNotTheYouthWork() {
        VERIFIER.verifyThat("Who is grown up and needs guidance towards work or taking part does not start at the youth work")
                .given(q -> q.topics(WORK_EDUCATION, PARTICIPATION).groups(Group.DISABILITY_OR_CHRONIC_ILLNESS).age(23))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("mee-matchingunit", "de-buitenwacht", "inzet078");
                    assertThat(suggested(a)).contains("jongerenwerk");
                });
    }

    @Test
    void aYoungWomanWithoutAnythingThatCallsForGuidanceMayStartAtTheYouthWork() {
        VERIFIER.verifyThat("Who is grown up and needs guidance towards work or taking part does not start at the youth work")
                .given(q -> q.topics(WORK_EDUCATION, PARTICIPATION).age(20))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("jongerenwerk"));
    }

    @Test
    void aManTwoYearsOutOfPrisonWhoWantsToTakePartIsGuidedNotGivenTheDordtpas() {
        VERIFIER.verifyThat("Definition: taking part needs guidance with psychiatric complaints, a disability or after detention")
                .given(q -> q.topics(PARTICIPATION).groups(Group.EX_DETAINEE, Group.LOW_INCOME).age(45))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("dordtpas");
                    assertThat(suggested(a)).contains("mee-matchingunit", "buddyzorg");
                });
    }

    @Test
    void aDaughterWhoDoesNotKnowWhereToStartWithHerFathersDeclineIsHelpedToFindTheWay() {
        VERIFIER.verifyThat("A carer who does not know where to start with an older relative's decline is helped to find the way first")
                .given(q -> q.topics(ELDERLY, CAREGIVING, HEALTH).groups(Group.INFORMAL_CARER).age(79)
                        .reluctance(Reluctance.DOES_NOT_KNOW_WHERE).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a)).contains("respijt-vrijwilligers", "mee-mantelzorg");
                });
    }

    @Test
    void aCarerWhoKnowsWhatSheNeedsIsNotSentToFindTheWayFirst() {
        VERIFIER.verifyThat("A carer who does not know where to start with an older relative's decline is helped to find the way first")
                .given(q -> q.topics(ELDERLY, CAREGIVING, HEALTH).groups(Group.INFORMAL_CARER).age(79).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("sociaal-makelaar"));
    }

    @Test
    void respiteDoesNotLeadBeforeItIsClearWhatAnOlderRelativeNeeds() {
        VERIFIER.verifyThat("Respite does not lead while a carer does not yet know where to start with an older relative's decline")
                .given(q -> q.topics(ELDERLY, CAREGIVING, HEALTH).groups(Group.INFORMAL_CARER).age(79)
                        .reluctance(Reluctance.DOES_NOT_KNOW_WHERE).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("respijt-vrijwilligers"));
    }

    @Test
    void anExhaustedCarerWhoAsksForReliefStillGetsRespiteFirst() {
        VERIFIER.verifyThat("Respite does not lead while a carer does not yet know where to start with an older relative's decline")
                .given(q -> q.topics(CAREGIVING).groups(Group.INFORMAL_CARER).age(58).reluctance(Reluctance.DOES_NOT_KNOW_WHERE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("respijt-vrijwilligers"));
    }

    @Test
    void arrearsBehindAFormLabelledSimpleBringInTheDebtHelpInPerson() {
        VERIFIER.verifyThat("Helped nearby: debt help for the arrears behind a letter or odd job is the next step, introduced in person")
                .given(q -> q.topics(MONEY, LETTERS_AND_FORMS, DEBTS).complexity(Complexity.SIMPLE_PRACTICAL)
                        .groups(Group.SINGLE_PARENT, Group.LOW_INCOME).childAges(2, 6, 9).age(31).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("betalingsachterstand");
                    assertThat(a.alternatives().stream().map(Suggestion::offerId).toList().indexOf("financieel-hulphuis"))
                            .isBetween(0, 2);
                });
    }

    @Test
    void anIncomeFormWithoutArrearsNamesNoDebtHelp() {
        VERIFIER.verifyThat("Helped nearby: debt help for the arrears behind a letter or odd job is the next step, introduced in person")
                .given(q -> q.topics(MONEY, LETTERS_AND_FORMS).complexity(Complexity.SIMPLE_PRACTICAL).age(31))
                .doesNotFire().andAdvice(a -> {
                    assertThat(suggested(a)).doesNotContain("schuldhulpmaatje");
                    assertThat(explanation(a)).doesNotContain("betalingsachterstand");
                });
    }

    @Test
    void aPregnantWomanOf19AtTheGpAboutHerHealthAndMoneyIsTakenUpByTheApproachForVulnerableParents() {
        VERIFIER.verifyThat("On the wijkteam route the approach for vulnerable parents takes up a question about the child or the pregnancy on two domains, or about her health and money")
                .given(q -> q.topics(HEALTH, MONEY).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME).age(19).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("jgz-voorzorg");
                    assertThat(suggested(a)).contains("sociaal-wijkteam");
                    assertThat(explanation(a)).doesNotContain("geldzorgen en de stress");
                });
    }

    @Test
    void herHealthAndMoneyAreNotTakenForMoneyWorriesWithStress() {
        VERIFIER.verifyThat("Exception: money worries with the stress they bring are one question")
                .given(q -> q.topics(HEALTH, MONEY).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME).age(19).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("jgz-voorzorg"));
    }

    @Test
    void aPregnantWomanOf19AtTheGpIsNotOfferedTheSociaalReceptBesideTheApproachMadeForHer() {
        VERIFIER.verifyThat("At the GP an adult's social question behind the complaints can also go to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(HEALTH, MONEY).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME).age(19).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-makelaar"));
    }

    @Test
    void theGpDoesNotArrangeTheFormsTogetherWithThePatient() {
        VERIFIER.verifyThat("Arranging something practical is done together, so the resident can do it next time")
                .given(q -> q.topics(MONEY).age(45).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("de volgende keer zelf"));
    }

    @Test
    void aCarerWhoDoesNotKnowWhereToStartWithAnOlderRelativesHealthSeeksTheWay() {
        VERIFIER.verifyThat("Definition: a carer seeks the way with an older relative's decline")
                .given(q -> q.topics(ELDERLY, HEALTH).groups(Group.INFORMAL_CARER).age(84).reluctance(Reluctance.DOES_NOT_KNOW_WHERE))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar"));
    }

    @Test
    void aCarerWhoDoesNotKnowWhereToGoWithMoneyDoesNotSeekTheWayWithADecline() {
        VERIFIER.verifyThat("Definition: a carer seeks the way with an older relative's decline")
                .given(q -> q.topics(ELDERLY, MONEY).groups(Group.INFORMAL_CARER).age(84).reluctance(Reluctance.DOES_NOT_KNOW_WHERE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("respijt-vrijwilligers"));
    }

    @Test
    void aSelfEmployedManWhoLostHisIncomeIsAnAdultWhoseIncomeWentWithTheWork() {
        VERIFIER.verifyThat("Definition: the income went with the work")
                .given(q -> q.topics(MONEY, WORK_EDUCATION).complexity(Complexity.SINGLE_SPECIFIC).age(45).channel(Channel.ONLINE))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("Bbz"));
    }

    @Test
    void incomeAndArrearsAreNotAnIncomeThatWentWithTheWork() {
        VERIFIER.verifyThat("Definition: the income went with the work")
                .given(q -> q.topics(MONEY, WORK_EDUCATION, DEBTS).age(45))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("Bbz"));
    }

    @Test
    void whoLostTheIncomeWithTheWorkAppliesForALivingAllowanceAtTheSdd() {
        VERIFIER.verifyThat("Who lost the income with the work applies for a living allowance at the SDD")
                .given(q -> q.topics(MONEY, WORK_EDUCATION).complexity(Complexity.SINGLE_SPECIFIC).age(45).channel(Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sdd-geldzaken");
                    assertThat(suggested(a)).contains("leerwerkloket", "financieel-hulphuis").doesNotContain("sociaal-wijkteam");
                });
    }

    @Test
    void whoFearsTheAgencyIsNotSentToTheSddFirst() {
        VERIFIER.verifyThat("Who lost the income with the work applies for a living allowance at the SDD")
                .given(q -> q.topics(MONEY, WORK_EDUCATION).complexity(Complexity.SINGLE_SPECIFIC).age(45)
                        .reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("sdd-geldzaken"));
    }

    @Test
    void whoLostTheIncomeWithTheWorkHearsOfTheLivingAllowanceNotOnlyOfBijzondereBijstand() {
        VERIFIER.verifyThat("Who lost the income with the work hears where the living allowance is asked")
                .given(q -> q.topics(MONEY, WORK_EDUCATION).complexity(Complexity.SINGLE_SPECIFIC).age(45))
                .fires().andAdvice(a -> {
                    assertThat(explanation(a)).contains("vraagt meteen WW aan bij het UWV");
                    assertThat(explanation(a)).doesNotContain("Gaat het om bijzondere bijstand of een minimaregeling");
                });
    }

    @Test
    void anIncomeQuestionWithoutWorkHearsOfBijzondereBijstand() {
        VERIFIER.verifyThat("Who lost the income with the work hears where the living allowance is asked")
                .given(q -> q.topics(MONEY).complexity(Complexity.SINGLE_SPECIFIC).age(45))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).contains("Gaat het om bijzondere bijstand of een minimaregeling"));
    }

    @Test
    void aWomanWithABurnOutWhoWantsToDoSomethingUsefulKeepsTheVolunteeringCentreInView() {
        VERIFIER.verifyThat("Social broker route: an offer for taking part is an alternative")
                .given(q -> q.topics(WORK_EDUCATION, MENTAL_HEALTH, PARTICIPATION).age(41).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a)).contains("inzet078");
                });
    }

    @Test
    void aLonelyOlderManAtTheGpIsNotSentToVolunteerWork() {
        VERIFIER.verifyThat("Social broker route: an offer for taking part is an alternative")
                .given(q -> q.topics(LONELINESS).age(84).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("inzet078"));
    }

    @Test
    void aHomeboundWomanBehindOnPaymentsHearsThatWhoeverVisitsBringsUpTheArrears() {
        VERIFIER.verifyThat("At home, arrears behind an odd job are brought up by whoever visits")
                .given(q -> q.topics(PRACTICAL_HELP, DEBTS).complexity(Complexity.SIMPLE_PRACTICAL).age(50)
                        .barriers(nl.dordrecht.triage.Barrier.HOMEBOUND).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(explanation(a)).contains("betalingsachterstand", "Schuldhulpmaatje");
                });
    }

    @Test
    void aHomeboundResidentAskingOnlyForAnOddJobHearsNothingOfArrears() {
        VERIFIER.verifyThat("At home, arrears behind an odd job are brought up by whoever visits")
                .given(q -> q.topics(PRACTICAL_HELP).age(50).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("betalingsachterstand"));
    }

    @Test
    void theWijkteamsOwnLabelOfSeveralLifeDomainsStands() {
        VERIFIER.verifyThat("A caller's label of several life domains gives way when the topics lie in one")
                .given(q -> q.topics(LETTERS_AND_FORMS, DEBTS, LONELINESS).complexity(Complexity.MULTI_DOMAIN).age(45)
                        .groups(Group.DISABILITY_OR_CHRONIC_ILLNESS).channel(Channel.WIJKTEAM))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).doesNotContain("horen bij één levensgebied");
                });
    }

    @Test
    void arrearsLabelledSimpleAreNamedEvenWhenAnotherReasonForAWarmHandoverIsReadOut() {
        VERIFIER.verifyThat("Helped nearby: debt help for the arrears behind a letter or odd job is the next step, introduced in person")
                .given(q -> q.topics(HOUSING, DEBTS, LETTERS_AND_FORMS).complexity(Complexity.SIMPLE_PRACTICAL)
                        .groups(Group.STATUSHOUDER, Group.LOW_INCOME).reluctance(Reluctance.CULTURAL_NORMS, Reluctance.SHAME)
                        .monthsInDordrecht(30).age(45).channel(Channel.OTHER))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("er is ook een betalingsachterstand", "neem de tijd"));
    }

    @Test
    void incomeLostWithTheWorkAskedOnlineIsOneQuestionForTheSdd() {
        VERIFIER.verifyThat("Exception: income lost with the work is one question")
                .given(q -> q.topics(MONEY, WORK_EDUCATION).age(45).channel(Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("sdd-geldzaken");
                });
    }

    @Test
    void workAndIncomeWithTheHomeAsWellAreNotOneQuestion() {
        VERIFIER.verifyThat("Exception: income lost with the work is one question")
                .given(q -> q.topics(MONEY, WORK_EDUCATION, HOUSING).age(45))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void aVulnerablePregnantWomansPregnancyHealthAndMoneyStayWithTheApproachMadeForHer() {
        VERIFIER.verifyThat("On the wijkteam route the approach for vulnerable parents takes up a question about the child or the pregnancy on two domains, or about her health and money")
                .given(q -> q.topics(PARENTING, HEALTH, MONEY).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME, Group.NEW_IN_TOWN)
                        .age(19).monthsInDordrecht(5).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jgz-voorzorg");
                    assertThat(suggested(a)).contains("sociaal-wijkteam");
                });
    }

    @Test
    void aVulnerableParentWithArrearsAndAHousingQuestionAsWellGoesToTheWijkteam() {
        VERIFIER.verifyThat("On the wijkteam route the approach for vulnerable parents takes up a question about the child or the pregnancy on two domains, or about her health and money")
                .given(q -> q.topics(PARENTING, HOUSING, DEBTS, HEALTH).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME).age(19))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam"));
    }

    @Test
    void aNeighbourConflictOfAWomanWithAPsychiatricHistoryGoesToBuurtbemiddelingNotTheWalkInHouse() {
        VERIFIER.verifyThat("A meeting place made for the resident's group does not lead a question it only partly knows")
                .given(q -> q.topics(NEIGHBOURS, MENTAL_HEALTH).complexity(Complexity.SINGLE_SPECIFIC)
                        .groups(Group.PSYCHIATRIC_VULNERABILITY).age(58).channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("buurtbemiddeling");
                    assertThat(suggested(a)).contains("yulius-inloophuis");
                });
    }

    @Test
    void aLonelyManWithPsychiatricComplaintsMayStartAtTheWalkInHouse() {
        VERIFIER.verifyThat("A meeting place made for the resident's group does not lead a question it only partly knows")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).complexity(Complexity.SINGLE_SPECIFIC)
                        .groups(Group.PSYCHIATRIC_VULNERABILITY).age(45).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("yulius-inloophuis"));
    }

    @Test
    void arrearsTheGpHearsOfUnaskedGoToTheSociaalMakelaarWithTheSociaalRecept() {
        VERIFIER.verifyThat("Step 8: an adult's loneliness, low mood or complaints without work, or unasked money trouble at the GP goes to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(DEBTS, HEALTH).explicit(false).reluctance(Reluctance.SHAME)
                        .groups(Group.DISABILITY_OR_CHRONIC_ILLNESS).age(52).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(explanation(a)).doesNotContain("Verwijs nog niet meteen door");
                });
    }

    @Test
    void arrearsTheGpHearsOfUnaskedKeepTheDebtHelpInView() {
        VERIFIER.verifyThat("Social broker route: debt help for the arrears is an alternative")
                .given(q -> q.topics(DEBTS, HEALTH).explicit(false).age(52).channel(Channel.GP))
                .fires().andAdvice(a -> assertThat(suggested(a)).contains("schuldhulpmaatje", "financieel-hulphuis"));
    }

    @Test
    void theSociaalMakelaarsRouteWithoutArrearsNamesNoDebtHelp() {
        VERIFIER.verifyThat("Social broker route: debt help for the arrears is an alternative")
                .given(q -> q.topics(LONELINESS).age(60).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("schuldhulpmaatje"));
    }

    @Test
    void aMothersLowMoodAfterTheBirthNoticedAtTheGpStartsAtTheConsultatiebureau() {
        VERIFIER.verifyThat("A parent's low mood noticed at the GP starts with the consultatiebureau the parent already visits")
                .given(q -> q.topics(MENTAL_HEALTH, PARENTING).explicit(false).reluctance(Reluctance.NORMALISED)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT).childAges(0).age(31).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jgz-consultatiebureau");
                    assertThat(explanation(a)).contains("ouder en kind").contains("stemming van de ouder");
                });
    }

    @Test
    void aMothersLowMoodWithASchoolChildIsNotForTheConsultatiebureau() {
        VERIFIER.verifyThat("A parent's low mood noticed at the GP starts with the consultatiebureau the parent already visits")
                .given(q -> q.topics(MENTAL_HEALTH, PARENTING).explicit(false).childAges(9).age(38).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("jgz-consultatiebureau"));
    }

    @Test
    void aHomeboundWomanWhoAsksHerGpForSomethingToDoIsNotLedByTheTeamForResidentsNobodyReaches() {
        VERIFIER.verifyThat("At the GP a homebound adult who asks is visited by the sociaal makelaar, not first by the team for residents nobody reaches")
                .given(q -> q.topics(LONELINESS, HEALTH, PARTICIPATION).groups(Group.DISABILITY_OR_CHRONIC_ILLNESS)
                        .barriers(nl.dordrecht.triage.Barrier.HOMEBOUND).age(52).neighbourhood("Dubbeldam").channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a)).contains("hip-helpt");
                });
    }

    @Test
    void aHomeboundResidentWhoseLonelinessOthersNoticedMayBeReachedByTheOutreachTeam() {
        VERIFIER.verifyThat("At the GP a homebound adult who asks is visited by the sociaal makelaar, not first by the team for residents nobody reaches")
                .given(q -> q.topics(LONELINESS).explicit(false).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND).age(82))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("hip-helpt"));
    }

    @Test
    void aWidowWhoseGpCallsHerGriefPensionAndMortgageOneQuestionKeepsThatLabel() {
        VERIFIER.verifyThat("A caller's label of one question gives way when the topics lie in three or more life domains")
                .given(q -> q.topics(MENTAL_HEALTH, MONEY, HOUSING).complexity(Complexity.SINGLE_SPECIFIC).groups(Group.BEREAVED)
                        .age(50).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isNotEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(suggested(a)).contains("trost", "sociaal-makelaar", "financieel-hulphuis");
                });
    }

    @Test
    void aLowIncomeSingleMothersParentingQuestionIsNotAboutPayingForTheChild() {
        VERIFIER.verifyThat("Definition: a low-income family asks about a school-age child joining in")
                .given(q -> q.topics(PARENTING).groups(Group.LOW_INCOME, Group.SINGLE_PARENT).childAges(7).age(35))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("dordtpas"));
    }

    @Test
    void respiteVolunteersAreNotSaidToOfferRecognition() {
        VERIFIER.verifyThat("An offer made for the resident's group is on the route and lowers the threshold")
                .given(q -> q.topics(CAREGIVING).groups(Group.INFORMAL_CARER).age(58))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("respijt-vrijwilligers");
                    assertThat(a.primary().reasons()).contains("Speciaal voor mantelzorgers: een vrijwilliger neemt de zorg thuis even over.")
                            .noneMatch(r -> r.contains("herkenning"));
                });
    }

    @Test
    void aStatushouderSixYearsInTownWhoWantsWorkAndBetterDutchStartsAtTheLeerwerkloket() {
        VERIFIER.verifyThat("An adult's question about work and Dutch is not led by help with the language alone")
                .given(q -> q.topics(WORK_EDUCATION, LANGUAGE).complexity(Complexity.SINGLE_SPECIFIC).groups(Group.STATUSHOUDER, Group.LOW_INCOME)
                        .monthsInDordrecht(72).age(48).channel(Channel.WIJKTEAM))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("leerwerkloket");
                    assertThat(suggested(a)).contains("taalvrijwilligers");
                });
    }

    @Test
    void aQuestionAboutDutchAloneIsLedByTheLanguageHelp() {
        VERIFIER.verifyThat("An adult's question about work and Dutch is not led by help with the language alone")
                .given(q -> q.topics(LANGUAGE).age(48))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("leerwerkloket"));
    }

    @Test
    void aManThreeWeeksOutOfPrisonAskingAboutLettersMoneyAndAHomeHearsOfTheWijkteam() {
        VERIFIER.verifyThat("A simple practical label on several life domains still brings in the wijkteam")
                .given(q -> q.topics(LETTERS_AND_FORMS, MONEY, HOUSING).complexity(Complexity.SIMPLE_PRACTICAL)
                        .groups(Group.EX_DETAINEE, Group.LOW_INCOME).age(52).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("buddyzorg");
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(suggested(a)).contains("sociaal-wijkteam");
                });
    }

    @Test
    void aRentAllowanceFormLabelledSimpleStillNamesNoWijkteam() {
        VERIFIER.verifyThat("A simple practical label on several life domains still brings in the wijkteam")
                .given(q -> q.topics(LETTERS_AND_FORMS, MONEY, HOUSING).complexity(Complexity.SIMPLE_PRACTICAL).age(52))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-wijkteam"));
    }

    @Test
    void aYoungManInDisadvantageAfterDetentionStartsWithTheChainApproachMadeForHisGroup() {
        VERIFIER.verifyThat("Who is grown up and needs guidance towards work or taking part does not start at the youth work")
                .given(q -> q.topics(WORK_EDUCATION, HOUSING).groups(Group.EX_DETAINEE, Group.YOUTH_IN_DISADVANTAGE).age(20))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("jongeren-op-de-rit");
                });
    }

    @Test
    void aBurnOutAtTheGpIsOneQuestionAndDoesNotNameTheWijkteamBesideTheSociaalMakelaar() {
        VERIFIER.verifyThat("Social broker route: the Sociaal Wijkteam is the alternative when the resident wants it")
                .given(q -> q.topics(MENTAL_HEALTH, WORK_EDUCATION).age(34).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a)).doesNotContain("sociaal-wijkteam");
                });
    }

    @Test
    void withTheHomeAtStakeTheFinancialLegalHelpStaysBesideTheLightestDebtHelp() {
        VERIFIER.verifyThat("With the home at stake the financial-legal help stays among the options")
                .given(q -> q.topics(HOUSING, DEBTS, WORK_EDUCATION).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .groups(nl.dordrecht.triage.Group.LOW_INCOME).age(38).channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(Advices.suggestion(a, "bureau-sociaal-raadslieden").reasons())
                            .contains("Financieel-juridische hulp, ook als er een deurwaarder of een dagvaarding bij komt.");
                });
        VERIFIER.verifyThat("With the home at stake the financial-legal help stays among the options")
                .given(q -> q.topics(PARENTING, DEBTS, MENTAL_HEALTH).childAges(8).age(38))
                .doesNotFire().andAdvice(a -> assertThat(Advices.suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                        .doesNotContain("Financieel-juridische hulp, ook als er een deurwaarder of een dagvaarding bij komt.")));
    }

    @Test
    void backPainThatKeepsAManFromWorkIsOneQuestionForTheSociaalMakelaarAtTheGp() {
        VERIFIER.verifyThat("Exception: at the GP, complaints that keep the resident from work or taking part are one question")
                .given(q -> q.topics(PARTICIPATION, WORK_EDUCATION, HEALTH).groups(Group.DISABILITY_OR_CHRONIC_ILLNESS)
                        .reluctance(Reluctance.SELF_RELIANCE).age(38).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a)).contains("inzet078").doesNotContain("sociaal-wijkteam");
                    assertThat(a.explanation().get(0)).contains("de klachten en wat er met het werk speelt");
                });
    }

    @Test
    void complaintsAndWorkAskedOnThePhoneAreNotMadeOneQuestion() {
        VERIFIER.verifyThat("Exception: at the GP, complaints that keep the resident from work or taking part are one question")
                .given(q -> q.topics(WORK_EDUCATION, HEALTH).age(38).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("de klachten en wat er met het werk speelt"));
    }

    @Test
    void aParentsQuestionAboutATeenagerSkippingSchoolIsOneQuestionWithoutTheAdultsWorkDesk() {
        VERIFIER.verifyThat("Definition: a parent asks about a child's school")
                .given(q -> q.topics(PARENTING, WORK_EDUCATION).complexity(Complexity.SINGLE_SPECIFIC).childAges(15).age(44)
                        .channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("poh-jeugd");
                    assertThat(suggested(a)).doesNotContain("leerwerkloket", "sociaal-wijkteam");
                });
        VERIFIER.verifyThat("Exception: a parent's question about a child's school is one parenting question")
                .given(q -> q.topics(PARENTING, WORK_EDUCATION).childAges(15).age(44).channel(Channel.GP))
                .fires().andAdvice(a -> assertThat(a.explanation()).anyMatch(l -> l.contains("opvoeding en school horen bij elkaar")));
        VERIFIER.verifyThat("An adult's work desk is no option for a parent's question about a child's school")
                .given(q -> q.topics(PARENTING, WORK_EDUCATION).childAges(15).age(44).channel(Channel.SCHOOL))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("leerwerkloket"));
    }

    @Test
    void aParentWhoAsksAboutWorkAndAToddlerIsNotTakenToAskAboutSchool() {
        VERIFIER.verifyThat("Definition: a parent asks about a child's school")
                .given(q -> q.topics(PARENTING, WORK_EDUCATION).childAges(2).age(30)).doesNotFire();
        VERIFIER.verifyThat("Exception: a parent's question about a child's school is one parenting question")
                .given(q -> q.topics(PARENTING, WORK_EDUCATION, MONEY).childAges(15).age(44)).doesNotFire();
        VERIFIER.verifyThat("An adult's work desk is no option for a parent's question about a child's school")
                .given(q -> q.topics(PARENTING, WORK_EDUCATION).childAges(2).age(30))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("leerwerkloket"));
    }

    @Test
    void anApplicationHelpedWithNearbyKeepsTheLeerwerkloketForTheWayToWork() {
        VERIFIER.verifyThat("Helped nearby: the offer for the way to work is an alternative beside help with an application")
                .given(q -> q.topics(WORK_EDUCATION, LETTERS_AND_FORMS).complexity(Complexity.SIMPLE_PRACTICAL).age(24)
                        .channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(Advices.suggestion(a, "leerwerkloket").reasons()).anyMatch(r -> r.contains("meer nodig is dan de sollicitatie"));
                });
    }

    @Test
    void aYoungPersonsApplicationIsNotSentToTheAdultsWorkDesk() {
        VERIFIER.verifyThat("Helped nearby: the offer for the way to work is an alternative beside help with an application")
                .given(q -> q.topics(WORK_EDUCATION, LETTERS_AND_FORMS).complexity(Complexity.SIMPLE_PRACTICAL).age(16))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("leerwerkloket"));
    }
}
