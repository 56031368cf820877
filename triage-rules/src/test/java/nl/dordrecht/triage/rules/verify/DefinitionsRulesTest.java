package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.SafetySignal;
import org.junit.jupiter.api.Test;

/** definitions.drl, one definition at a time: each holds where its conditions do, and decisions follow from it. */
class DefinitionsRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void aSafetySignalIsKnownAndEscalates() {
        VERIFIER.verifyThat("Definition: a safety signal is known")
                .given(q -> q.topics(HOUSING).safetySignals(SafetySignal.DOMESTIC_VIOLENCE).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.SAFETY_ESCALATION);
                    assertThat(a.primary().offerId()).isEqualTo("veilig-thuis");
                });
    }

    @Test
    void withoutASafetySignalNothingEscalates() {
        VERIFIER.verifyThat("Definition: a safety signal is known")
                .given(q -> q.topics(HOUSING).age(35))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isNotEqualTo(Route.SAFETY_ESCALATION));
    }

    @Test
    void a17YearOldIsAYoungResidentAndGetsTheJongerenwerk() {
        VERIFIER.verifyThat("Definition: a young resident is younger than 18")
                .given(q -> q.topics(LONELINESS).age(17))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("jongerenwerk"));
    }

    @Test
    void an18YearOldIsNoLongerAYoungResidentKeptFromResidentsMeetingPlaces() {
        VERIFIER.verifyThat("Definition: a young resident is younger than 18")
                .given(q -> q.topics(LONELINESS).age(18))
                .doesNotFire().andAdvice(a -> assertThat(Advices.suggested(a)).contains("de-buitenwacht"));
    }

    @Test
    void an18YearOldIsAnAdultWhoseDebtsAreNotForYouthWork() {
        VERIFIER.verifyThat("Definition: an adult is 18 or older, or of unknown age")
                .given(q -> q.topics(DEBTS).age(18))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("jongerenwerk"));
    }

    @Test
    void anUnknownAgeIsTakenToBeAnAdults() {
        VERIFIER.verifyThat("Definition: an adult is 18 or older, or of unknown age")
                .given(q -> q.topics(DEBTS))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("jongerenwerk"));
    }

    @Test
    void a17YearOldIsNoAdultAndTheJongerenwerkHelpsWithDebts() {
        VERIFIER.verifyThat("Definition: an adult is 18 or older, or of unknown age")
                .given(q -> q.topics(DEBTS).age(17))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("jongerenwerk"));
    }

    @Test
    void aStatushouderInMonth14IsNewAndGuidedByVluchtelingenWerk() {
        VERIFIER.verifyThat("Definition: a new statushouder is in the first 15 months")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(14).age(30))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk"));
    }

    @Test
    void aStatushouderFromMonth15IsNoLongerNew() {
        VERIFIER.verifyThat("Definition: a new statushouder is in the first 15 months")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(15).age(30))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("vluchtelingenwerk"));
    }

    @Test
    void aStatushouderFromMonth15IsAfterTheGuidanceAndFallsIntoTheCultureGap() {
        VERIFIER.verifyThat("Definition: a statushouder after the guidance of the first 15 months")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(15).age(30))
                .fires().andAdvice(a -> assertThat(a.gaps()).contains("CULTURE_SENSITIVE_ACCESS"));
    }

    @Test
    void aStatushouderInMonth14IsStillInTheGuidance() {
        VERIFIER.verifyThat("Definition: a statushouder after the guidance of the first 15 months")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(14).age(30))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CULTURE_SENSITIVE_ACCESS"));
    }

    @Test
    void aHomeboundResidentIsReachedByOutreach() {
        VERIFIER.verifyThat("Definition: a homebound resident does not get out of the house")
                .given(q -> q.topics(PRACTICAL_HELP).barriers(Barrier.HOMEBOUND).age(80))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(a.handover()).isEqualTo(Handover.OUTREACH_VISIT);
                });
    }

    @Test
    void aResidentWhoGetsOutIsNotHomebound() {
        VERIFIER.verifyThat("Definition: a homebound resident does not get out of the house")
                .given(q -> q.topics(PRACTICAL_HELP).age(80))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT));
    }

    @Test
    void aNoticedNeedIsAnImplicitQuestionWhoseTopicsAreSignals() {
        VERIFIER.verifyThat("Definition: an implicit question was noticed, not asked")
                .given(q -> q.topics(LONELINESS).explicit(false).age(40))
                .fires().andAdvice(a -> assertThat(a.signals()).extracting(s -> s.topic()).contains(LONELINESS));
    }

    @Test
    void anAskedQuestionIsNotImplicit() {
        VERIFIER.verifyThat("Definition: an implicit question was noticed, not asked")
                .given(q -> q.topics(LONELINESS).age(40))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).isEmpty());
    }

    @Test
    void housingAndParentingLieInSeveralLifeDomains() {
        VERIFIER.verifyThat("Definition: the topics lie in several life domains")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam"));
    }

    @Test
    void aLegalSideAddsNoLifeDomainToAMoneyQuestion() {
        VERIFIER.verifyThat("Definition: the topics lie in several life domains")
                .given(q -> q.topics(MONEY, LEGAL).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isNotEqualTo("sociaal-wijkteam");
                });
    }

    @Test
    void anOfferOnTheRouteThatFitsIsSuggested() {
        VERIFIER.verifyThat("Definition: an offer on the route that fits can be suggested")
                .given(q -> q.topics(LETTERS_AND_FORMS))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().offerId()).isNotEqualTo("sociaal-makelaar");
                });
    }

    @Test
    void whenNoOfferOnTheRouteFitsNoneIsSuggestibleAndTheSociaalMakelaarSearches() {
        VERIFIER.verifyThat("Definition: an offer on the route that fits can be suggested")
                .given(q -> q.topics(HOUSING).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                });
    }

    @Test
    void aLetterWithRentParentingAndMoneyLiesInThreeLifeDomains() {
        VERIFIER.verifyThat("Definition: the topics lie in three or more life domains")
                .given(q -> q.topics(LETTERS_AND_FORMS, MONEY, HOUSING, PARENTING).childAges(15).age(50)
                        .complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC))
                .fires().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void rentAndMoneyAreTwoLifeDomainsNotThree() {
        VERIFIER.verifyThat("Definition: the topics lie in three or more life domains")
                .given(q -> q.topics(LETTERS_AND_FORMS, MONEY, HOUSING).age(50).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC));
    }

    @Test
    void aLowIncomeFamilyAskingAboutTheirChildsSportAsksAboutTheChildJoiningIn() {
        VERIFIER.verifyThat("Definition: a low-income family asks about a school-age child joining in")
                .given(q -> q.topics(MONEY, PARTICIPATION).groups(nl.dordrecht.triage.Group.LOW_INCOME).childAges(9).age(36))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("dordtpas"));
        VERIFIER.verifyThat("Definition: a low-income family asks about a school-age child joining in")
                .given(q -> q.topics(MONEY).groups(nl.dordrecht.triage.Group.LOW_INCOME).childAges(2).age(36))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("dordtpas"));
    }

    @Test
    void aMotherOf17AskingAboutHerBabyAndMoneyIsNoChildJoiningIn() {
        VERIFIER.verifyThat("Definition: a low-income family asks about a school-age child joining in")
                .given(q -> q.topics(PARENTING, MONEY).childAges(0).age(17).channel(nl.dordrecht.triage.Channel.GP)
                        .groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT, nl.dordrecht.triage.Group.LOW_INCOME, nl.dordrecht.triage.Group.SINGLE_PARENT))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("dordtpas");
                    assertThat(String.join(" ", a.explanation())).doesNotContain("kindtegoed").contains("kwetsbare (aanstaande) ouders");
                });
        VERIFIER.verifyThat("Definition: a low-income family asks about a school-age child joining in")
                .given(q -> q.topics(MONEY, PARTICIPATION).groups(nl.dordrecht.triage.Group.LOW_INCOME).age(13).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("dordtpas"));
    }

    @Test
    void aGirlOf13AskingAtSchoolAboutMoneyForSportIsHandedOverToHerParentsNotInPersonToAPass() {
        VERIFIER.verifyThat("Definition: a young resident asks about the pass their parents apply for")
                .given(q -> q.topics(MONEY, PARTICIPATION).groups(nl.dordrecht.triage.Group.LOW_INCOME).age(13).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("dordtpas");
                    assertThat(a.handover()).isEqualTo(nl.dordrecht.triage.Handover.WARM_HANDOVER);
                    assertThat(a.explanation()).anyMatch(l -> l.startsWith("De Dordtpas en het kindtegoed vraagt een ouder aan"))
                            .noneMatch(l -> l.contains("breng de jongere persoonlijk in contact"));
                });
        VERIFIER.verifyThat("Definition: a young resident asks about the pass their parents apply for")
                .given(q -> q.topics(MONEY, PARTICIPATION).groups(nl.dordrecht.triage.Group.LOW_INCOME).childAges(9).age(36).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(a.explanation()).noneMatch(l -> l.startsWith("De Dordtpas en het kindtegoed vraagt een ouder aan")));
    }

    @Test
    void aPregnant19YearOldOnALowIncomeIsAVulnerableExpectingParent() {
        VERIFIER.verifyThat("Definition: a vulnerable expecting or young parent")
                .given(q -> q.topics(PARENTING).groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT).age(19))
                .fires().andAdvice(a -> assertThat(a.explanation()).noneMatch(l -> l.contains("Sociaal Wijkteam kijkt")));
        VERIFIER.verifyThat("Definition: a vulnerable expecting or young parent")
                .given(q -> q.topics(PARENTING).groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT).age(31))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC));
    }

    @Test
    void aResidentWhoAsksAboutCaringIsACarerAlsoWithoutTheGroup() {
        VERIFIER.verifyThat("Definition: a carer looks after someone")
                .given(q -> q.topics(CAREGIVING).age(58))
                .fires().andAdvice(a -> assertThat(a.handover()).isEqualTo(nl.dordrecht.triage.Handover.WARM_HANDOVER));
        VERIFIER.verifyThat("Definition: a carer looks after someone")
                .given(q -> q.topics(HEALTH).age(58))
                .doesNotFire().andAdvice(a -> assertThat(String.join(" ", a.explanation())).doesNotContain("voor een ander zorgt"));
    }

    @Test
    void aLonelyHomeboundManOf84WithBeginningDementiaIsFirstVisitedByTheSociaalMakelaar() {
        VERIFIER.verifyThat("Definition: the sociaal makelaar's visit comes first for a homebound adult whose need is unasked or about growing old alone")
                .given(q -> q.topics(ELDERLY, LONELINESS, CAREGIVING).age(84).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND)
                        .groups(nl.dordrecht.triage.Group.INFORMAL_CARER).neighbourhood("Sterrenburg"))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(a.handover()).isEqualTo(nl.dordrecht.triage.Handover.OUTREACH_VISIT);
                });
    }

    @Test
    void aHomeboundWidowAskingForHerCurtainsGetsTheVolunteersWhoDoIt() {
        VERIFIER.verifyThat("Definition: the sociaal makelaar's visit comes first for a homebound adult whose need is unasked or about growing old alone")
                .given(q -> q.topics(PRACTICAL_HELP, ELDERLY, LONELINESS).age(81).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isIn("helpende-handen", "stichting-present"));
    }

    @Test
    void aManWithBackPainWhoWantsToVolunteerNeedsGuidanceToTakePart() {
        VERIFIER.verifyThat("Definition: taking part needs guidance with psychiatric complaints, a disability or after detention")
                .given(q -> q.topics(PARTICIPATION).age(52).groups(Group.DISABILITY_OR_CHRONIC_ILLNESS, Group.LOW_INCOME))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("inzet078");
                    assertThat(suggested(a)).contains("mee-matchingunit");
                });
    }

    @Test
    void aResidentOnAMinimumIncomeWhoWantsToJoinInNeedsNoGuidance() {
        VERIFIER.verifyThat("Definition: taking part needs guidance with psychiatric complaints, a disability or after detention")
                .given(q -> q.topics(PARTICIPATION).age(40).groups(Group.LOW_INCOME))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("mee-matchingunit").contains("dordtpas"));
    }

    @Test
    void aBereavedResidentsLonelinessIsAboutTheGrief() {
        VERIFIER.verifyThat("Definition: a bereaved resident's question is about the grief itself")
                .given(q -> q.topics(LONELINESS).groups(nl.dordrecht.triage.Group.BEREAVED).age(69))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("trost"));
    }

    @Test
    void aBereavedResidentsLetterIsNotAboutTheGrief() {
        VERIFIER.verifyThat("Definition: a bereaved resident's question is about the grief itself")
                .given(q -> q.topics(LETTERS_AND_FORMS, LONELINESS).groups(nl.dordrecht.triage.Group.BEREAVED).age(79))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("trost"));
    }

    @Test
    void anOlderWidowAskingForCoffeeMorningsAsksForCompanyWithTheGriefSupportNamed() {
        VERIFIER.verifyThat("Definition: a bereaved resident's question is about the grief itself")
                .given(q -> q.topics(LONELINESS, ELDERLY).groups(nl.dordrecht.triage.Group.BEREAVED).age(78).neighbourhood("Dubbeldam")
                        .reluctance(nl.dordrecht.triage.Reluctance.SELF_RELIANCE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("trost");
                    assertThat(Advices.suggested(a)).contains("trost", "sociaal-makelaar");
                });
    }

    @Test
    void rentArrearsPutTheHomeAtStakeAndBringInTheWijkteam() {
        VERIFIER.verifyThat("Definition: debts with a housing question put the home at stake")
                .given(q -> q.topics(HOUSING, DEBTS).age(34))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.explanation()).anyMatch(line -> line.contains("het wonen op het spel"));
                });
    }

    @Test
    void aHousingQuestionWithoutDebtsPutsNoHomeAtStake() {
        VERIFIER.verifyThat("Definition: debts with a housing question put the home at stake")
                .given(q -> q.topics(HOUSING, MONEY).age(34))
                .doesNotFire().andAdvice(a -> assertThat(a.explanation()).noneMatch(line -> line.contains("het wonen op het spel")));
    }

    @Test
    void aParentsQuestionAboutLanguageWithAChildOfFiveIsAboutTheChildsDevelopment() {
        VERIFIER.verifyThat("Definition: a parent's question about language with a child up to 12 is about the child's development")
                .given(q -> q.topics(PARENTING, LANGUAGE).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .barriers(Barrier.LIMITED_DUTCH).childAges(5).age(31).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("jgz-jeugdverpleegkundige"));
    }

    @Test
    void aParentLearningDutchWithoutAParentingQuestionIsAboutTheirOwnLanguage() {
        VERIFIER.verifyThat("Definition: a parent's question about language with a child up to 12 is about the child's development")
                .given(q -> q.topics(LANGUAGE).barriers(Barrier.LIMITED_DUTCH).childAges(5).age(31))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotIn("jgz-jeugdverpleegkundige", "jgz-consultatiebureau"));
    }

    @Test
    void aWidowerWhoAsksForCompanyAndSomethingToDoForOthersAsksToTakePartNotAboutHisGrief() {
        VERIFIER.verifyThat("Definition: a bereaved resident's question is about the grief itself")
                .given(q -> q.topics(LONELINESS, PARTICIPATION).groups(Group.BEREAVED).age(69).neighbourhood("Krispijn")
                        .channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("trost");
                    assertThat(suggested(a)).contains("trost", "inzet078");
                });
    }

    @Test
    void aLonelyMotherOfAToddlerAtHerGpStartsWhereParentsOfAToddlerMeet() {
        VERIFIER.verifyThat("Definition: a lonely parent of a young child is answered where parents of a child that age meet")
                .given(q -> q.topics(PARENTING, LONELINESS).childAges(3).age(21).channel(nl.dordrecht.triage.Channel.GP)
                        .groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT, nl.dordrecht.triage.Group.NEW_IN_TOWN))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(nl.dordrecht.triage.Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("mamacafe");
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("jgz-consultatiebureau");
                });
        VERIFIER.verifyThat("Definition: a lonely parent of a young child is answered where parents of a child that age meet")
                .given(q -> q.topics(PARENTING, LONELINESS).childAges(10).age(41).channel(nl.dordrecht.triage.Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(nl.dordrecht.triage.Route.REFER_SOCIAL_BROKER));
    }
}
