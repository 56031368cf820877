package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import org.junit.jupiter.api.Test;

/** complexity.drl, one rule at a time: how much a question asks, given by the caller or derived from the topics. */
class ComplexityRulesTest {
    @Test
    void aYoungPersonsSideJobAndMoneyAreOneQuestionForYouthWork() {
        VERIFIER.verifyThat("Exception: a young person's question about work, school and money is one question")
                .given(q -> q.topics(WORK_EDUCATION, MONEY).age(16).channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isNotEqualTo(nl.dordrecht.triage.Route.REFER_WIJKTEAM);
                    assertThat(a.primary().offerId()).isIn("jongerenwerk", "schoolmaatschappelijk-werk");
                });
    }

    @Test
    void aPupilsArrearsAreMoneyWorriesNotASideJob() {
        VERIFIER.verifyThat("Exception: a young person's question about work, school and money is one question")
                .given(q -> q.topics(DEBTS, WORK_EDUCATION).reluctance(nl.dordrecht.triage.Reluctance.SHAME).age(17)
                        .channel(Channel.SCHOOL))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("school of werk en geldzorgen horen voor een jongere bij elkaar")
                        .doesNotContain("bijbaan"));
    }

    @Test
    void anAdultsWorkAndMoneyQuestionIsNotAYoungPersonsOne() {
        VERIFIER.verifyThat("Exception: a young person's question about work, school and money is one question")
                .given(q -> q.topics(WORK_EDUCATION, MONEY).age(40)).doesNotFire();
    }

    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void theCallersSingleSpecificLabelTurnsALetterIntoASpecificReferral() {
        VERIFIER.verifyThat("The caller's complexity counts")
                .given(q -> q.topics(LETTERS_AND_FORMS).complexity(Complexity.SINGLE_SPECIFIC))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(explanation(a)).doesNotContain("Uit de onderwerpen blijkt");
                });
    }

    @Test
    void withoutACallersLabelTheLetterIsDerivedToBeHelpedOnTheSpot() {
        VERIFIER.verifyThat("The caller's complexity counts")
                .given(q -> q.topics(LETTERS_AND_FORMS))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT));
    }

    @Test
    void aParentsQuestionAboutAChildsHealthIsOneSpecificQuestion() {
        VERIFIER.verifyThat("Exception: a parent's question about a child's health is one parenting question")
                .given(q -> q.topics(PARENTING, HEALTH).childAges(6).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isNotEqualTo("sociaal-wijkteam");
                    assertThat(explanation(a)).contains("opvoeding en de gezondheid van ouder en kind");
                });
    }

    @Test
    void parentingAndHealthWithoutAKnownChildAreTwoDomainsForTheWijkteam() {
        VERIFIER.verifyThat("Exception: a parent's question about a child's health is one parenting question")
                .given(q -> q.topics(PARENTING, HEALTH).age(30))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void aBereavedResidentsGriefIsOneQuestionForTrost() {
        VERIFIER.verifyThat("Exception: a bereaved resident's grief is one question")
                .given(q -> q.topics(MENTAL_HEALTH, RELATIONSHIPS).groups(Group.BEREAVED).age(60))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("trost");
                    assertThat(explanation(a)).contains("verdriet na een verlies");
                });
    }

    @Test
    void griefTogetherWithParentingIsNotTheGriefException() {
        VERIFIER.verifyThat("Exception: a bereaved resident's grief is one question")
                .given(q -> q.topics(MENTAL_HEALTH, RELATIONSHIPS, PARENTING).groups(Group.BEREAVED).childAges(8).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                });
    }

    @Test
    void anOlderResidentsHealthAndCareAreOneSpecificQuestion() {
        VERIFIER.verifyThat("Exception: an older resident's question about health and care is one question")
                .given(q -> q.topics(ELDERLY, HEALTH).age(80))
                .fires().andAdvice(a -> {
                    // No offer knows growing old (the ELDERLY_EXPERTISE gap): the sociaal makelaar looks further.
                    assertThat(a.route()).isNotEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).contains("ouder worden, gezondheid en zorg");
                });
    }

    @Test
    void anOlderResidentsHousingIsAnotherDomain() {
        VERIFIER.verifyThat("Exception: an older resident's question about health and care is one question")
                .given(q -> q.topics(ELDERLY, HOUSING).age(80))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void anOlderResidentsQuestionAboutCompanyIsPracticalAndHelpedOnTheSpot() {
        VERIFIER.verifyThat("Exception: an older resident's question about company or practical help is practical")
                .given(q -> q.topics(ELDERLY, LONELINESS).age(80))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(explanation(a)).contains("een vraag om gezelschap en ontmoeting").doesNotContain("praktische vraag");
                });
    }

    @Test
    void anOlderResidentsHealthQuestionIsNotMerelyPractical() {
        VERIFIER.verifyThat("Exception: an older resident's question about company or practical help is practical")
                .given(q -> q.topics(ELDERLY, HEALTH).age(80))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isNotEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(explanation(a)).doesNotContain("praktische hulp voor ouderen");
                });
    }

    @Test
    void moneyWorriesWithTheirStressGoToDebtHelpNotTheWijkteam() {
        VERIFIER.verifyThat("Exception: money worries with the stress they bring are one question")
                .given(q -> q.topics(DEBTS, MENTAL_HEALTH).age(40))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("schuldhulpmaatje");
                    assertThat(explanation(a)).contains("geldzorgen en de stress");
                });
    }

    @Test
    void debtsWithAHousingAndAParentingQuestionAreSeveralDomains() {
        VERIFIER.verifyThat("Exception: money worries with the stress they bring are one question")
                .given(q -> q.topics(DEBTS, HOUSING, PARENTING).childAges(8).age(40))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam"));
    }

    @Test
    void aYoungCarersStrainIsOneQuestionForCarersExpertise() {
        VERIFIER.verifyThat("Exception: a young carer's question is one question")
                .given(q -> q.topics(CAREGIVING, HEALTH).age(14))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("mee-mantelzorg");
                    assertThat(explanation(a)).contains("zorgen voor iemand thuis");
                });
    }

    @Test
    void anAdultCarersHealthIsTheAdultCarersExceptionNotTheYoungCarers() {
        VERIFIER.verifyThat("Exception: a young carer's question is one question")
                .given(q -> q.topics(CAREGIVING, HEALTH).age(30))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(explanation(a)).contains("de eigen gezondheid van de mantelzorger");
                });
    }

    @Test
    void aStatushoudersSettlingInAddsNoDomainSoItIsNoWijkteamQuestion() {
        VERIFIER.verifyThat("Exception: a newcomer's settling in adds no domain to the question")
                .given(q -> q.topics(INTEGRATION, HOUSING).groups(Group.STATUSHOUDER).monthsInDordrecht(20).age(30))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isNotEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).contains("Uit de onderwerpen blijkt één vraag, over wonen: de weg vinden in Dordrecht hoort daarbij");
                });
    }

    @Test
    void aPregnantNewcomersHealthQuestionWithHerSettlingInIsOneQuestionForThePregnancyCare() {
        VERIFIER.verifyThat("Exception: a newcomer's settling in adds no domain to the question")
                .given(q -> q.topics(HEALTH, INTEGRATION).barriers(Barrier.LIMITED_DUTCH)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.MIGRANT_BACKGROUND, Group.NEW_IN_TOWN)
                        .monthsInDordrecht(4).age(30).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("jgz-voorzorg");
                    assertThat(explanation(a)).contains("één vraag, over gezondheid: de weg vinden in Dordrecht hoort daarbij").doesNotContain("meerdere levensgebieden");
                });
    }

    @Test
    void integrationAndHousingOfAnotherResidentAreTwoDomains() {
        VERIFIER.verifyThat("Exception: a newcomer's settling in adds no domain to the question")
                .given(q -> q.topics(INTEGRATION, HOUSING).age(30))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).doesNotContain("wegwijs worden");
                });
    }

    @Test
    void anExceptionsSingleQuestionDecidesTheRoute() {
        VERIFIER.verifyThat("The derived complexity of an exception counts")
                .given(q -> q.topics(DEBTS, MENTAL_HEALTH).age(40))
                .fires().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC));
    }

    @Test
    void aCallersMultiDomainLabelOverridesTheException() {
        VERIFIER.verifyThat("The derived complexity of an exception counts")
                .given(q -> q.topics(DEBTS, MENTAL_HEALTH).age(40).complexity(Complexity.MULTI_DOMAIN))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).doesNotContain("geldzorgen en de stress");
                });
    }

    @Test
    void housingAndParentingMakeAMultiDomainQuestion() {
        VERIFIER.verifyThat("Topics in several life domains make a multi-domain question")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).contains("op meerdere levensgebieden");
                });
    }

    @Test
    void housingAloneIsNotMultiDomain() {
        VERIFIER.verifyThat("Topics in several life domains make a multi-domain question")
                .given(q -> q.topics(HOUSING).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isNotEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).doesNotContain("op meerdere levensgebieden");
                });
    }

    @Test
    void aLetterAloneIsSimplePractical() {
        VERIFIER.verifyThat("A question only about letters, odd jobs or meeting people is simple practical")
                .given(q -> q.topics(LETTERS_AND_FORMS))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(explanation(a)).contains("een praktische vraag (");
                });
    }

    @Test
    void aLegalQuestionIsNotSimplePractical() {
        VERIFIER.verifyThat("A question only about letters, odd jobs or meeting people is simple practical")
                .given(q -> q.topics(LEGAL))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC));
    }

    @Test
    void aLegalQuestionNeedsSpecificKnowledge() {
        VERIFIER.verifyThat("Any other single question needs specific knowledge")
                .given(q -> q.topics(LEGAL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("juridisch-loket");
                    assertThat(explanation(a)).contains("één vraag, over juridische vragen");
                });
    }

    @Test
    void aLetterDoesNotNeedSpecificKnowledge() {
        VERIFIER.verifyThat("Any other single question needs specific knowledge")
                .given(q -> q.topics(LETTERS_AND_FORMS))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("Uit de onderwerpen blijkt één vraag, over"));
    }

    @Test
    void aSimplePracticalLabelOnHousingAndParentingNamesTheWijkteamWithAWarmHandover() {
        VERIFIER.verifyThat("A simple practical label on several life domains still brings in the wijkteam")
                .given(q -> q.topics(LETTERS_AND_FORMS, HOUSING, PARENTING).childAges(7).age(35)
                        .complexity(Complexity.SIMPLE_PRACTICAL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("sociaal-wijkteam");
                        assertThat(String.join(" ", s.reasons())).contains("meer levensgebieden");
                    });
                });
    }

    @Test
    void aSimplePracticalLabelOnALetterAboutHousingIsOneDomainAndNamesNoWijkteam() {
        VERIFIER.verifyThat("A simple practical label on several life domains still brings in the wijkteam")
                .given(q -> q.topics(LETTERS_AND_FORMS, HOUSING).age(30).complexity(Complexity.SIMPLE_PRACTICAL))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.handover()).isNotEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).doesNotContain("sociaal-wijkteam");
                });
    }

    @Test
    void aNewStatushoudersSimpleLabelOnSeveralDomainsIsLeftToVluchtelingenWerk() {
        VERIFIER.verifyThat("A simple practical label on several life domains still brings in the wijkteam")
                .given(q -> q.topics(LETTERS_AND_FORMS, HOUSING, PARENTING).childAges(7).age(35)
                        .groups(Group.STATUSHOUDER).monthsInDordrecht(6).complexity(Complexity.SIMPLE_PRACTICAL))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk"));
    }

    @Test
    void aSingleSpecificLabelOnThreeLifeDomainsGivesWayToTheWijkteam() {
        VERIFIER.verifyThat("A caller's label of one question gives way when the topics lie in three or more life domains")
                .given(q -> q.topics(LETTERS_AND_FORMS, MONEY, HOUSING, PARENTING).childAges(15).age(50)
                        .complexity(Complexity.SINGLE_SPECIFIC))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(explanation(a)).contains("De vraag is aangemeld als één vraag, maar de onderwerpen liggen op drie of meer levensgebieden.");
                });
    }

    @Test
    void aSimplePracticalLabelOnTwoLifeDomainsKeepsTheHelpNowAndNamesTheWijkteam() {
        VERIFIER.verifyThat("A caller's label of one question gives way when the topics lie in three or more life domains")
                .given(q -> q.topics(LETTERS_AND_FORMS, DEBTS, HOUSING).age(50).complexity(Complexity.SIMPLE_PRACTICAL))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.alternatives()).extracting(nl.dordrecht.triage.Suggestion::offerId).contains("sociaal-wijkteam");
                });
    }

    @Test
    void aRentAllowanceFormIsAHousingFormThatNamesNoWijkteam() {
        VERIFIER.verifyThat("A simple practical label on several life domains still brings in the wijkteam")
                .given(q -> q.topics(LETTERS_AND_FORMS, MONEY, HOUSING).age(57).complexity(Complexity.SIMPLE_PRACTICAL))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.alternatives()).extracting(nl.dordrecht.triage.Suggestion::offerId).doesNotContain("sociaal-wijkteam");
                });
    }

    @Test
    void askingHowToApplyForTheRentAllowanceAtTheWijkteamNamesNoWijkteam() {
        VERIFIER.verifyThat("A simple practical label on several life domains still brings in the wijkteam")
                .given(q -> q.topics(HOUSING, MONEY).age(39).complexity(Complexity.SIMPLE_PRACTICAL)
                        .barriers(nl.dordrecht.triage.Barrier.LOW_DIGITAL_SKILLS).channel(nl.dordrecht.triage.Channel.WIJKTEAM))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(Advices.suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                            .doesNotContain("De vraag raakt meer levensgebieden: het wijkteam kan daarna naar het geheel kijken."));
                });
    }

    @Test
    void aSimplePracticalLabelOnThreeLifeDomainsGivesWayToTheWijkteam() {
        VERIFIER.verifyThat("A caller's label of one question gives way when the topics lie in three or more life domains")
                .given(q -> q.topics(LETTERS_AND_FORMS, DEBTS, HOUSING, MENTAL_HEALTH).age(50).complexity(Complexity.SIMPLE_PRACTICAL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                });
    }

    @Test
    void aYoungPersonsSimpleLabelOnWorkMoneyHomeAndLowMoodGivesWay() {
        VERIFIER.verifyThat("A caller's label of one question gives way when the topics lie in three or more life domains")
                .given(q -> q.topics(WORK_EDUCATION, MONEY, HOUSING, MENTAL_HEALTH).age(17).groups(Group.YOUTH_IN_DISADVANTAGE)
                        .channel(Channel.SCHOOL).complexity(Complexity.SIMPLE_PRACTICAL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).contains("De vraag is aangemeld als eenvoudige praktische vraag, maar de onderwerpen liggen op drie of meer levensgebieden.");
                    assertThat(a.alternatives()).extracting(nl.dordrecht.triage.Suggestion::offerId)
                            .contains("schoolmaatschappelijk-werk", "jongeren-op-de-rit");
                });
    }

    @Test
    void aYoungPersonsLabelStandsForSchoolHealthFeelingsAndHome() {
        // The label rule may fire before the exception is known and be withdrawn by it: the advice says which held.
        VERIFIER.verifyThat("Exception: a young person's own question about school, health, feelings and home is one question")
                .given(q -> q.topics(WORK_EDUCATION, MENTAL_HEALTH, RELATIONSHIPS, HEALTH).age(15)
                        .channel(Channel.SCHOOL).complexity(Complexity.SINGLE_SPECIFIC))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isNotEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).doesNotContain("De vraag is aangemeld als");
                });
    }

    @Test
    void aFormTheCallerLabelledMultiDomainIsHelpWithAForm() {
        VERIFIER.verifyThat("A caller's label of several life domains gives way when the topics lie in one")
                .given(q -> q.topics(MONEY, LETTERS_AND_FORMS).childAges(5).age(38).complexity(Complexity.MULTI_DOMAIN))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isNotEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(explanation(a)).contains("De vraag is aangemeld als vraag op meerdere levensgebieden, maar de onderwerpen horen bij één levensgebied.");
                });
    }

    @Test
    void aMultiDomainLabelOnTwoLifeDomainsStands() {
        VERIFIER.verifyThat("A caller's label of several life domains gives way when the topics lie in one")
                .given(q -> q.topics(MONEY, HOUSING).age(38).complexity(Complexity.MULTI_DOMAIN))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void lonelinessAloneIsAQuestionToMeetPeopleNotAPracticalOne() {
        VERIFIER.verifyThat("A question only about letters, odd jobs or meeting people is simple practical")
                .given(q -> q.topics(LONELINESS).age(78))
                .fires().andAdvice(a -> assertThat(explanation(a))
                        .contains("een vraag om mensen te ontmoeten of mee te doen").doesNotContain("praktische vraag"));
    }

    @Test
    void anOlderResidentsOddJobIsAPracticalQuestion() {
        VERIFIER.verifyThat("Exception: an older resident's question about company or practical help is practical")
                .given(q -> q.topics(ELDERLY, PRACTICAL_HELP).age(80))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("een praktische vraag: gezelschap, ontmoeting en praktische hulp"));
    }

    @Test
    void anExhaustedCarersOwnHealthIsPartOfTheCaringQuestion() {
        VERIFIER.verifyThat("Exception: a carer's question about caring and their own health is one question")
                .given(q -> q.topics(CAREGIVING, HEALTH).groups(Group.INFORMAL_CARER).age(52)
                        .channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isIn("respijt-vrijwilligers", "mee-mantelzorg");
                    assertThat(explanation(a)).contains("zorgen voor een ander en de eigen gezondheid van de mantelzorger");
                });
    }

    @Test
    void aCarersUnaskedStrainNoticedAtTheGpStartsWithGettingToKnowThem() {
        VERIFIER.verifyThat("Exception: a carer's question about caring and their own health is one question")
                .given(q -> q.topics(CAREGIVING, HEALTH).explicit(false).groups(Group.INFORMAL_CARER).age(49)
                        .channel(nl.dordrecht.triage.Channel.GP))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                });
    }

    @Test
    void rentAndEnergyArrearsAreOneMoneyQuestionWithTheWijkteamNamed() {
        VERIFIER.verifyThat("Exception: arrears on the rent or the energy are one money question")
                .given(q -> q.topics(DEBTS, HOUSING).age(45).reluctance(nl.dordrecht.triage.Reluctance.SHAME))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isIn("schuldhulpmaatje", "financieel-hulphuis");
                    assertThat(Advices.suggested(a)).contains("sociaal-wijkteam");
                });
    }

    @Test
    void arrearsWithTheChildrensUpbringingAreSeveralLifeDomains() {
        VERIFIER.verifyThat("Exception: arrears on the rent or the energy are one money question")
                .given(q -> q.topics(DEBTS, HOUSING, PARENTING).childAges(8).age(45))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void aSingleQuestionIsSaidInTheWordsOfItsSubject() {
        VERIFIER.verifyThat("Any other single question needs specific knowledge")
                .given(q -> q.topics(WORK_EDUCATION, LONELINESS).age(24))
                .fires().andAdvice(a -> assertThat(a.explanation())
                        .contains("Uit de onderwerpen blijkt één vraag, over werk en opleiding; daarnaast gaat het om mensen ontmoeten of meedoen."));
    }

    @Test
    void aQuestionOnOneSubjectOnlyIsOneQuestionAboutIt() {
        VERIFIER.verifyThat("Any other single question needs specific knowledge")
                .given(q -> q.topics(DEBTS).age(49))
                .fires().andAdvice(a -> assertThat(a.explanation())
                        .contains("Uit de onderwerpen blijkt één vraag, over schulden en betalingsachterstanden."));
    }

    @Test
    void aSimpleLabelOnASeparationAndTheHousingGivesWayWhenNothingPracticalIsAsked() {
        VERIFIER.verifyThat("A caller's simple practical label gives way on two life domains when nothing practical is asked")
                .given(q -> q.topics(HOUSING, RELATIONSHIPS).complexity(Complexity.SIMPLE_PRACTICAL).childAges(6, 10).channel(Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.alternatives()).extracting(nl.dordrecht.triage.Suggestion::offerId).contains("adviespunt-sko");
                    assertThat(explanation(a)).contains("maar er wordt niets praktisch gevraagd").doesNotContain("Er is geen passend aanbod");
                });
    }

    @Test
    void aRentAllowanceAskedAsSimpleKeepsItsLabel() {
        VERIFIER.verifyThat("A caller's simple practical label gives way on two life domains when nothing practical is asked")
                .given(q -> q.topics(HOUSING, MONEY).age(39).complexity(Complexity.SIMPLE_PRACTICAL).channel(Channel.WIJKTEAM))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT));
    }

    @Test
    void theWijkteamsMultiDomainLabelOnASingleMoneyTopicGivesWay() {
        VERIFIER.verifyThat("A caller's label of several life domains gives way when the topics lie in one")
                .given(q -> q.topics(MONEY).complexity(Complexity.MULTI_DOMAIN).groups(Group.LOW_INCOME).age(45).channel(Channel.WIJKTEAM))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("financieel-hulphuis");
                });
        VERIFIER.verifyThat("A caller's label of several life domains gives way when the topics lie in one")
                .given(q -> q.topics(LETTERS_AND_FORMS, DEBTS, LONELINESS).complexity(Complexity.MULTI_DOMAIN)
                        .groups(Group.DISABILITY_OR_CHRONIC_ILLNESS).age(40).channel(Channel.WIJKTEAM))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }
}
