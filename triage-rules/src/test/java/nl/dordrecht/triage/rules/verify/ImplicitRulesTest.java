package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestion;
import static nl.dordrecht.triage.rules.verify.Advices.suggestions;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Suggestion;
import org.junit.jupiter.api.Test;

/** implicit.drl, one rule at a time: a need that was noticed, not asked. */
class ImplicitRulesTest {
    @Test
    void aPlaygroundIsNotTheFirstStepForAnUnaskedQuestion() {
        VERIFIER.verifyThat("For an implicit question, a vulnerable family or a parent's question a small initiative is not the first step")
                .given(q -> q.topics(PARENTING).explicit(false).childAges(2).neighbourhood("Vogelbuurt")
                        .channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isNotIn("speeltuin-vogelbuurt", "speeltheek-pip-en-zo"));
    }

    @Test
    void aQuestionAboutCompanyForAChildMayStillLeadToThePlayground() {
        VERIFIER.verifyThat("For an implicit question, a vulnerable family or a parent's question a small initiative is not the first step")
                .given(q -> q.topics(LONELINESS).childAges(2).age(30).neighbourhood("Vogelbuurt")).doesNotFire();
    }

    @Test
    void aChildWithoutBreakfastIsNoQuestionForThePlayground() {
        VERIFIER.verifyThat("A small initiative is no option for an unasked or vulnerable family's need that is not about company or play")
                .given(q -> q.topics(PARENTING, MONEY).explicit(false).groups(nl.dordrecht.triage.Group.LOW_INCOME).childAges(9)
                        .channel(Channel.SCHOOL))
                .fires().andAdvice(a -> assertThat(suggestions(a)).extracting(Suggestion::offerId)
                        .doesNotContain("speeltheek-pip-en-zo", "speeltuin-vogelbuurt"));
    }

    @Test
    void aToddlersParentsAskingThemselvesStillHearOfThePlayground() {
        VERIFIER.verifyThat("A small initiative is no option for an unasked or vulnerable family's need that is not about company or play")
                .given(q -> q.topics(PARENTING).childAges(2).age(30).neighbourhood("Vogelbuurt")
                        .complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a)).extracting(Suggestion::offerId).contains("speeltuin-vogelbuurt"));
    }

    @Test
    void anUnaskedToddlerQuestionStartsWhereParentsOfToddlersMeet() {
        VERIFIER.verifyThat("For an implicit parenting question a meeting place for parents of the child's age comes first")
                .given(q -> q.topics(PARENTING).explicit(false).childAges(3).groups(nl.dordrecht.triage.Group.SINGLE_PARENT)
                        .channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("mamacafe"));
    }

    @Test
    void anUnaskedLonelinessQuestionHasNoParentsPlaceToPrefer() {
        VERIFIER.verifyThat("For an implicit parenting question a meeting place for parents of the child's age comes first")
                .given(q -> q.topics(LONELINESS).explicit(false).age(40)).doesNotFire();
    }

    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    private static final String MEETING_PLACE_REASON = "Een ontmoetingsplek: hier kan de vraag in vertrouwen boven komen.";
    private static final String YOUTH_WORK_REASON = "Voor jongeren: hier kan de vraag in vertrouwen boven komen.";
    private static final String SOCIAAL_RECEPT_REASON = "Met het Sociaal Recept van de huisarts: gaat met de bewoner in gesprek over wat er speelt.";
    private static final String EXPLORE_GENTLY = "Verwijs nog niet meteen door: breng de onderwerpen voorzichtig ter sprake, en noem het aanbod van dit advies pas als de bewoner er klaar voor is.";

    @Test
    void anUnaskedLonelinessStartsAtAMeetingPlace() {
        VERIFIER.verifyThat("An implicit question: a meeting place is on the route and comes first")
                .given(q -> q.topics(LONELINESS).explicit(false).age(40))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().reasons()).contains(MEETING_PLACE_REASON);
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("buurtwerk");
                        assertThat(s.reasons()).contains(MEETING_PLACE_REASON);
                    });
                });
    }

    @Test
    void anAskedLonelinessIsHelpedNearbyWithoutTheTrustReason() {
        VERIFIER.verifyThat("An implicit question: a meeting place is on the route and comes first")
                .given(q -> q.topics(LONELINESS).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons()).doesNotContain(MEETING_PLACE_REASON));
                });
    }

    @Test
    void aTeenagersUnaskedLonelinessStartsAtYouthWork() {
        VERIFIER.verifyThat("An implicit question of a young person: youth work is on the route and comes first")
                .given(q -> q.topics(LONELINESS).explicit(false).age(15))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jongerenwerk");
                    assertThat(a.primary().reasons()).contains(YOUTH_WORK_REASON);
                });
    }

    @Test
    void anAdultsUnaskedLonelinessDoesNotGoToYouthWork() {
        VERIFIER.verifyThat("An implicit question of a young person: youth work is on the route and comes first")
                .given(q -> q.topics(LONELINESS).explicit(false).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("jongerenwerk");
                    assertThat(suggestions(a)).extracting(Suggestion::offerId).doesNotContain("jongerenwerk");
                });
    }

    @Test
    void atTheGpMoneyWorriesWithHealthComplaintsAlsoNameTheSociaalMakelaar() {
        VERIFIER.verifyThat("At the GP an adult's social question behind the complaints can also go to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(MONEY, HEALTH).channel(Channel.GP).age(50))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("sociaal-makelaar");
                        assertThat(s.reasons()).contains(SOCIAAL_RECEPT_REASON);
                    });
                });
    }

    @Test
    void onTheHulplijnTheSameMoneyWorriesDoNotNameTheSociaalMakelaar() {
        VERIFIER.verifyThat("At the GP an adult's social question behind the complaints can also go to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(MONEY, HEALTH).channel(Channel.HULPLIJN_PHONE).age(50))
                .doesNotFire().andAdvice(a ->
                        assertThat(suggestions(a)).extracting(Suggestion::offerId).doesNotContain("sociaal-makelaar"));
    }

    @Test
    void anAskedHealthQuestionAloneAtTheGpIsNotASociaalRecept() {
        VERIFIER.verifyThat("At the GP an adult's social question behind the complaints can also go to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(HEALTH).channel(Channel.GP).age(50))
                .doesNotFire().andAdvice(a ->
                        assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons()).doesNotContain(SOCIAAL_RECEPT_REASON)));
    }

    @Test
    void anUnaskedHealthQuestionAtTheGpIsASociaalRecept() {
        VERIFIER.verifyThat("At the GP an adult's social question behind the complaints can also go to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(HEALTH).channel(Channel.GP).age(50).explicit(false))
                .fires().andAdvice(a -> assertThat(a.alternatives()).anySatisfy(s -> {
                    assertThat(s.offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(s.reasons()).contains(SOCIAAL_RECEPT_REASON);
                }));
    }

    @Test
    void anAdultAskingTheGpForCompanyAndStructureAlsoHearsOfTheSociaalRecept() {
        VERIFIER.verifyThat("At the GP an adult's social question behind the complaints can also go to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(LONELINESS, PARTICIPATION).groups(nl.dordrecht.triage.Group.PSYCHIATRIC_VULNERABILITY)
                        .complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).channel(Channel.GP).age(58))
                .fires().andAdvice(a -> assertThat(suggestions(a)).anySatisfy(s -> {
                    assertThat(s.offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(s.reasons()).contains(SOCIAAL_RECEPT_REASON);
                }));
    }

    @Test
    void anUnaskedQuestionIsExploredGently() {
        VERIFIER.verifyThat("An implicit question is explored gently, not referred")
                .given(q -> q.topics(LONELINESS).explicit(false).age(40))
                .fires().andAdvice(a -> assertThat(a.explanation()).contains(EXPLORE_GENTLY));
    }

    @Test
    void anUnaskedNeedOfAHomeboundManReportedOnThePhoneIsExploredGentlyAtTheVisit() {
        VERIFIER.verifyThat("An implicit question is explored gently, not referred")
                .given(q -> q.topics(LONELINESS, ELDERLY).explicit(false).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND).age(87)
                        .channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(a.explanation()).doesNotContain(EXPLORE_GENTLY)
                            .anyMatch(l -> l.startsWith("Bij het bezoek: breng de onderwerpen voorzichtig ter sprake"));
                });
    }

    @Test
    void anUnaskedQuestionWithASafetySignalIsEscalatedNotExploredGently() {
        VERIFIER.verifyThat("An implicit question is explored gently, not referred")
                .given(q -> q.topics(LONELINESS).explicit(false).age(40).safetySignals(SafetySignal.ELDER_ABUSE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.SAFETY_ESCALATION);
                    assertThat(a.explanation()).doesNotContain(EXPLORE_GENTLY);
                });
    }

    @Test
    void aLonelyAdultWhoseGpWritesASociaalReceptIsNotToldToWaitWithReferring() {
        VERIFIER.verifyThat("An implicit question is explored gently, not referred")
                .given(q -> q.topics(LONELINESS, HEALTH).explicit(false).age(55).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.explanation()).doesNotContain(EXPLORE_GENTLY);
                });
    }

    @Test
    void anUnaskedMoneyQuestionBehindAnOddJobOnThePhoneStartsWithTheOddJobNotWithWaiting() {
        VERIFIER.verifyThat("An implicit question is explored gently, not referred")
                .given(q -> q.topics(PRACTICAL_HELP, MONEY).explicit(false).age(55).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("helpende-handen", "stichting-present");
                    assertThat(a.explanation()).doesNotContain(EXPLORE_GENTLY).anyMatch(l -> l.startsWith("Help eerst met het klusje"));
                });
    }

    @Test
    void unaskedDebtsNoticedAtAMeetingPlaceKeepTheInformalDebtHelpWithinReach() {
        VERIFIER.verifyThat("For an implicit question the informal help for its subject is an alternative for when the resident is ready")
                .given(q -> q.topics(DEBTS).explicit(false).age(66).channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(Advices.suggestion(a, "schuldhulpmaatje").reasons())
                            .contains("Voor als de bewoner er klaar voor is: vrijwilligers die bij dit onderwerp helpen.");
                });
    }

    @Test
    void anAskedDebtQuestionGoesToTheDebtHelpWithoutWaitingForReadiness() {
        VERIFIER.verifyThat("For an implicit question the informal help for its subject is an alternative for when the resident is ready")
                .given(q -> q.topics(DEBTS).age(66).channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("schuldhulpmaatje"));
    }

    @Test
    void aResidentWhoAsksForCompanyIsNotOfferedTheOutreachTeam() {
        VERIFIER.verifyThat("An outreach team for residents nobody reaches is no option for a resident who asks and gets out")
                .given(q -> q.topics(LONELINESS).age(22).channel(Channel.ONLINE))
                .fires().andAdvice(a -> assertThat(suggestions(a)).extracting(Suggestion::offerId).doesNotContain("hip-helpt"));
        VERIFIER.verifyThat("An outreach team for residents nobody reaches is no option for a resident who asks and gets out")
                .given(q -> q.topics(LONELINESS).explicit(false).age(58))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a)).extracting(Suggestion::offerId).contains("hip-helpt"));
    }

    @Test
    void aRegularNoticedAtAMeetingPlaceIsNotForTheOutreachTeam() {
        VERIFIER.verifyThat("An outreach team for residents nobody reaches is no option at a meeting place")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).explicit(false).age(58).channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> assertThat(suggestions(a)).noneMatch(s -> s.offerId().equals("hip-helpt")));
    }

    @Test
    void aLonelinessNoticedByANeighbourOnThePhoneKeepsTheOutreachTeam() {
        VERIFIER.verifyThat("An outreach team for residents nobody reaches is no option at a meeting place")
                .given(q -> q.topics(LONELINESS).explicit(false).age(58).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a)).anyMatch(s -> s.offerId().equals("hip-helpt")));
    }

    @Test
    void aTiredYoungMotherHearsOfHomeVisitsBeforeTheSpeeltheek() {
        VERIFIER.verifyThat("For an implicit question, a vulnerable family or a parent's question a small initiative is not the first step")
                .given(q -> q.topics(PARENTING, LONELINESS).age(27).childAges(0, 2)
                        .groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT, nl.dordrecht.triage.Group.NEW_IN_TOWN)
                        .neighbourhood("Crabbehof").channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    java.util.List<String> ids = suggestions(a).stream().map(Suggestion::offerId).toList();
                    assertThat(ids).contains("home-start");
                    // Left out, or after Home-Start: never before it.
                    assertThat(ids.indexOf("speeltheek-pip-en-zo")).satisfiesAnyOf(
                            i -> assertThat(i).isNegative(), i -> assertThat(i).isGreaterThan(ids.indexOf("home-start")));
                });
    }

    @Test
    void aVolunteerReportingAVisitorWhoStoppedComingHearsOfTheSociaalMakelaar() {
        VERIFIER.verifyThat("An unasked need reported on the phone names the sociaal makelaar, who can make contact")
                .given(q -> q.topics(LETTERS_AND_FORMS, DEBTS, LONELINESS).explicit(false).age(58)
                        .neighbourhood("Crabbehof").channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> assertThat(suggestions(a)).anySatisfy(s -> {
                    assertThat(s.offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(s.reasons()).contains("Kan contact leggen met de bewoner en samen kijken wat past.");
                }));
    }

    @Test
    void aNeedNoticedAtAMeetingPlaceIsTakenUpThereWithoutTheSociaalMakelaarsContact() {
        VERIFIER.verifyThat("An unasked need reported on the phone names the sociaal makelaar, who can make contact")
                .given(q -> q.topics(LETTERS_AND_FORMS, LONELINESS).explicit(false).age(58).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                        .doesNotContain("Kan contact leggen met de bewoner en samen kijken wat past.")));
    }

    @Test
    void anUnaskedOddJobNoticedByTheNeighboursStartsWithTheVolunteersWhoComeToDoIt() {
        VERIFIER.verifyThat("An unasked odd job noticed elsewhere: the volunteers who come to do it come first")
                .given(q -> q.topics(LONELINESS, PRACTICAL_HELP).explicit(false).age(67).neighbourhood("Krispijn")
                        .reluctance(nl.dordrecht.triage.Reluctance.NORMALISED).channel(Channel.OTHER))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("helpende-handen", "stichting-present");
                    assertThat(a.primary().reasons()).contains("Komt aan huis: het klusje is een ingang om kennis te maken.");
                });
    }

    @Test
    void anUnaskedOddJobNoticedAtAMeetingPlaceStartsThere() {
        VERIFIER.verifyThat("An unasked odd job noticed elsewhere: the volunteers who come to do it come first")
                .given(q -> q.topics(LONELINESS, PRACTICAL_HELP).explicit(false).age(67).neighbourhood("Krispijn")
                        .channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                        .doesNotContain("Komt aan huis: het klusje is een ingang om kennis te maken.")));
    }

    @Test
    void aCarersUnaskedStrainAtAMeetingPlaceStartsThereWithTheHelpForCarersNamed() {
        VERIFIER.verifyThat("At a meeting place a carer's unasked strain starts there, the help for carers named for when the carer is ready")
                .given(q -> q.topics(CAREGIVING, ELDERLY).explicit(false).age(67).neighbourhood("Sterrenburg")
                        .reluctance(nl.dordrecht.triage.Reluctance.NORMALISED, nl.dordrecht.triage.Reluctance.SELF_RELIANCE)
                        .groups(nl.dordrecht.triage.Group.INFORMAL_CARER).channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().offerId()).isNotIn("respijt-vrijwilligers", "mee-mantelzorg");
                    assertThat(suggestion(a, "respijt-vrijwilligers").reasons())
                            .contains("Hulp speciaal voor mantelzorgers, voor als de bewoner er klaar voor is.");
                    assertThat(suggested(a)).contains("mee-mantelzorg");
                });
    }

    @Test
    void aCarersStrainNoticedOnThePhoneIsNotKeptForLater() {
        VERIFIER.verifyThat("At a meeting place a carer's unasked strain starts there, the help for carers named for when the carer is ready")
                .given(q -> q.topics(CAREGIVING, ELDERLY).explicit(false).age(67).neighbourhood("Sterrenburg")
                        .groups(nl.dordrecht.triage.Group.INFORMAL_CARER).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                        .doesNotContain("Hulp speciaal voor mantelzorgers, voor als de bewoner er klaar voor is.")));
    }

    @Test
    void anOlderWomansUnaskedWorryAtAMeetingPlaceNamesTheSociaalMakelaarWhoVisitsAtHome() {
        VERIFIER.verifyThat("At a meeting place an older resident's unasked worry names the sociaal makelaar, who visits at home")
                .given(q -> q.topics(ELDERLY).explicit(false).reluctance(nl.dordrecht.triage.Reluctance.FEAR_OF_CONSEQUENCES).age(81)
                        .neighbourhood("Vogelbuurt").channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(suggestion(a, "sociaal-makelaar").reasons()).anyMatch(r -> r.contains("zwaardere zorg"));
                    assertThat(explanation(a)).contains("over haar of zijn zorg of wonen gaan beslissen").doesNotContain("Sociale Dienst");
                });
    }

    @Test
    void aYoungerResidentsUnaskedLonelinessAtAMeetingPlaceStaysThere() {
        VERIFIER.verifyThat("At a meeting place an older resident's unasked worry names the sociaal makelaar, who visits at home")
                .given(q -> q.topics(LONELINESS).explicit(false).age(45).neighbourhood("Vogelbuurt").channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-makelaar"));
    }

    @Test
    void atAMeetingPlaceTheRoutesOwnLineSaysTrustComesFirstAndNoSecondLineRepeatsIt() {
        VERIFIER.verifyThat("An implicit question is explored gently, not referred")
                .given(q -> q.topics(LONELINESS).explicit(false).age(73).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(explanation(a)).contains("bouw eerst vertrouwen op").doesNotContain("Verwijs nog niet meteen door");
                });
    }

    @Test
    void aFamilysMoneyWorryNoticedAtSchoolStartsWithSchoolSocialWork() {
        VERIFIER.verifyThat("A family's money worry noticed at school starts with school social work, which looks out for poverty")
                .given(q -> q.topics(nl.dordrecht.triage.Topic.MONEY).explicit(false).groups(nl.dordrecht.triage.Group.LOW_INCOME)
                        .childAges(5, 9).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("schoolmaatschappelijk-werk");
                    assertThat(a.primary().reasons()).anyMatch(r -> r.contains("let op geldzorgen in gezinnen"));
                    assertThat(Advices.suggested(a)).contains("dordtpas");
                });
    }

    @Test
    void aMoneyQuestionAskedAtSchoolIsNotTakenForAWorryNoticed() {
        VERIFIER.verifyThat("A family's money worry noticed at school starts with school social work, which looks out for poverty")
                .given(q -> q.topics(nl.dordrecht.triage.Topic.MONEY).groups(nl.dordrecht.triage.Group.LOW_INCOME)
                        .childAges(5, 9).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire();
    }

    @Test
    void anUnaskedMoneyWorryDoesNotStartAtThePass() {
        VERIFIER.verifyThat("An unasked money worry does not start at a pass")
                .given(q -> q.topics(nl.dordrecht.triage.Topic.MONEY).explicit(false).groups(nl.dordrecht.triage.Group.LOW_INCOME)
                        .childAges(5, 9).channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("dordtpas");
                    assertThat(Advices.suggested(a)).contains("dordtpas");
                });
        VERIFIER.verifyThat("An unasked money worry does not start at a pass")
                .given(q -> q.topics(nl.dordrecht.triage.Topic.PARTICIPATION).groups(nl.dordrecht.triage.Group.LOW_INCOME)
                        .childAges(8).age(35))
                .doesNotFire();
    }
}
