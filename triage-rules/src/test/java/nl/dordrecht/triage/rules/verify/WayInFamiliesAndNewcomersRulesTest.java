package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.Signal;
import org.junit.jupiter.api.Test;

/**
 * The way in of an unasked question, a family's question about its children, newcomers and carers, one rule at a time
 * (definitions, implicit, signals, complexity, groups, youth, situations, barriers, gaps and money.drl).
 */
class WayInFamiliesAndNewcomersRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void anUnaskedOddJobBesideDebtsIsTheWayIn() {
        VERIFIER.verifyThat("An unasked question that came in with an odd job or a letter starts with that help")
                .given(q -> q.topics(PRACTICAL_HELP, DEBTS).explicit(false).age(67).channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(explanation(a)).contains("Help eerst met het klusje: achter zo'n praktische vraag zit vaak een andere, hier over schulden");
                    assertThat(a.signals()).extracting(Signal::topic).containsExactly(DEBTS);
                });
    }

    @Test
    void anUnaskedOddJobAloneHasNoOtherQuestionBehindItToName() {
        VERIFIER.verifyThat("Definition: an unasked question came in with an odd job or a letter")
                .given(q -> q.topics(PRACTICAL_HELP, LONELINESS).explicit(false).age(80).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).contains(PRACTICAL_HELP));
    }

    @Test
    void theOddJobOfAnAskedQuestionIsNoWayIn() {
        VERIFIER.verifyThat("Definition: an unasked question came in with an odd job or a letter")
                .given(q -> q.topics(PRACTICAL_HELP, DEBTS).age(67).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("Help eerst met"));
    }

    @Test
    void aSingleQuestionSaysThePracticalTopicsBesideItNotAsPartOfIt() {
        VERIFIER.verifyThat("Any other single question needs specific knowledge")
                .given(q -> q.topics(DEBTS, LONELINESS).age(60))
                .fires().andAdvice(a -> assertThat(explanation(a))
                        .contains("één vraag, over schulden en betalingsachterstanden; daarnaast gaat het om mensen ontmoeten of meedoen.")
                        .doesNotContain("horen daarbij"));
    }

    @Test
    void aNoticedOverwhelmedMotherShortOfMoneyIsNotAQuestionAboutTheChildrensCosts() {
        VERIFIER.verifyThat("Exception: a low-income family's question about what a school-age child needs is one question")
                .given(q -> q.topics(PARENTING, MONEY).explicit(false).groups(Group.SINGLE_PARENT, Group.LOW_INCOME).age(33)
                        .childAges(10, 5).channel(Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("dordtpas"));
    }

    @Test
    void aPileOfLettersBesideTheChildrenIsNotTheChildsCosts() {
        VERIFIER.verifyThat("Definition: a low-income family asks about a school-age child joining in")
                .given(q -> q.topics(MONEY, LETTERS_AND_FORMS, PARENTING).groups(Group.STATUSHOUDER, Group.LOW_INCOME)
                        .monthsInDordrecht(16).barriers(Barrier.LIMITED_DUTCH).age(36).childAges(3, 8).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(suggested(a)).contains("dordtpas");
                });
    }

    @Test
    void aLowIncomeFamilyAskingAboutTheChildsCostsStillJoinsIn() {
        VERIFIER.verifyThat("Definition: a low-income family asks about a school-age child joining in")
                .given(q -> q.topics(MONEY, PARENTING).groups(Group.LOW_INCOME).age(36).childAges(7, 10).channel(Channel.SCHOOL))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("dordtpas"));
    }

    @Test
    void aSeparationWithItsMoneyAndLegalSideIsOneQuestionForTheSko() {
        VERIFIER.verifyThat("Exception: a separation with children and its money side are one question")
                .given(q -> q.topics(RELATIONSHIPS, MONEY, LEGAL, PARENTING).childAges(5, 9).age(39).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(suggested(a)).contains("juridisch-loket");
                    assertThat(explanation(a)).contains("raakt ook het geld en de juridische kant");
                });
    }

    @Test
    void aCarerLowFromCaringForAnOlderPersonHasOneQuestion() {
        VERIFIER.verifyThat("Exception: a carer's question about caring and their own health is one question")
                .given(q -> q.topics(CAREGIVING, ELDERLY, MENTAL_HEALTH).groups(Group.INFORMAL_CARER).reluctance(Reluctance.NORMALISED)
                        .age(67).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isIn("respijt-vrijwilligers", "mee-mantelzorg");
                });
    }

    @Test
    void anOlderCarersQuestionAboutHealthAndCareWithoutLowMoodIsTheOlderResidentsOne() {
        VERIFIER.verifyThat("Exception: a carer's question about caring and their own health is one question")
                .given(q -> q.topics(CAREGIVING, ELDERLY, HEALTH).groups(Group.INFORMAL_CARER).age(67))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).contains("ouder worden, gezondheid en zorg horen bij elkaar"));
    }

    @Test
    void aLonelyBoyOfThirteenTenMonthsInDordrechtIsGuidedByVluchtelingenWerk() {
        VERIFIER.verifyThat("For a young resident an offer for a group of all ages is not the primary")
                .given(q -> q.topics(LONELINESS, INTEGRATION).explicit(false).reluctance(Reluctance.CULTURAL_NORMS)
                        .barriers(Barrier.LIMITED_DUTCH).groups(Group.STATUSHOUDER, Group.MIGRANT_BACKGROUND).age(13)
                        .monthsInDordrecht(10).channel(Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk");
                    assertThat(suggested(a)).contains("jongerenwerk");
                    assertThat(explanation(a)).doesNotContain("geen passend aanbod");
                });
    }

    @Test
    void aParticipationPlaceDoesNotLeadForWhoFitsOrdinaryVolunteering() {
        VERIFIER.verifyThat("A guided participation place does not lead for a resident with nothing that calls for guidance")
                .given(q -> q.topics(PARTICIPATION, WORK_EDUCATION).complexity(Complexity.SINGLE_SPECIFIC).groups(Group.STATUSHOUDER)
                        .monthsInDordrecht(200).reluctance(Reluctance.CULTURAL_NORMS).age(38).neighbourhood("De Staart"))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("mee-matchingunit");
                    assertThat(suggested(a)).contains("mee-matchingunit", "inzet078");
                });
    }

    @Test
    void aParticipationPlaceMayLeadWithLowLiteracy() {
        VERIFIER.verifyThat("A guided participation place does not lead for a resident with nothing that calls for guidance")
                .given(q -> q.topics(PARTICIPATION, WORK_EDUCATION).barriers(Barrier.LOW_LITERACY).age(38))
                .doesNotFire();
    }

    @Test
    void withPsychiatricComplaintsTheGuidedStepsLeadTakingPart() {
        VERIFIER.verifyThat("Definition: taking part needs guidance with psychiatric complaints, a disability or after detention")
                .given(q -> q.topics(PARTICIPATION, WORK_EDUCATION).groups(Group.PSYCHIATRIC_VULNERABILITY).age(38))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("inzet078"));
    }

    @Test
    void onTheWijkteamRouteTheOfferForYoungNewcomersKnowsTheLoneliness() {
        VERIFIER.verifyThat("On the wijkteam route an offer for the resident's group that knows part of the question is an alternative")
                .given(q -> q.topics(HOUSING, MONEY, LONELINESS).complexity(Complexity.MULTI_DOMAIN)
                        .groups(Group.NEW_IN_TOWN, Group.YOUTH_IN_DISADVANTAGE).age(18).channel(Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(Advices.suggestion(a, "dordtse-helden").reasons()).anyMatch(r -> r.contains("eenzaamheid"));
                });
    }

    @Test
    void withLowDigitalSkillsLearningToVideoCallStartsAtTheLibrary() {
        VERIFIER.verifyThat("With low digital skills a language question starts at the information point for language and the computer")
                .given(q -> q.topics(LANGUAGE).complexity(Complexity.SIMPLE_PRACTICAL).barriers(Barrier.LOW_DIGITAL_SKILLS).age(66)
                        .neighbourhood("De Staart").channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("bibliotheek-aanzet"));
    }

    @Test
    void aLanguageQuestionWithoutADigitalBarrierIsNotSentToTheLibraryFirst() {
        VERIFIER.verifyThat("With low digital skills a language question starts at the information point for language and the computer")
                .given(q -> q.topics(LANGUAGE).age(40)).doesNotFire();
    }

    @Test
    void culturalNormsAloneAreNotTheMigrantsGap() {
        VERIFIER.verifyThat("Cultural norms, limited Dutch with a migrant background or an integration question fall into the culture-sensitive access gap")
                .given(q -> q.topics(DEBTS, LONELINESS).explicit(false).reluctance(Reluctance.CULTURAL_NORMS, Reluctance.SHAME).age(60)
                        .channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("CULTURE_SENSITIVE_ACCESS"));
    }

    @Test
    void anOddJobInDubbeldamIsDoneAtTheDoorWithoutTheLineAboutAPlaceFurtherAway() {
        VERIFIER.verifyThat("Where the Dubbeldam meeting gap is named, the resident is handed over warmly")
                .given(q -> q.topics(PRACTICAL_HELP, ELDERLY).complexity(Complexity.SIMPLE_PRACTICAL).reluctance(Reluctance.RECIPROCITY)
                        .age(78).neighbourhood("Dubbeldam").channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.gaps()).contains("DUBBELDAM_ELDERLY_MEETING");
                    assertThat(explanation(a)).doesNotContain("met iemand die hij of zij al kent");
                });
    }

    @Test
    void aLonelyWidowInDubbeldamIsStillHandedOverWarmly() {
        VERIFIER.verifyThat("Where the Dubbeldam meeting gap is named, the resident is handed over warmly")
                .given(q -> q.topics(LONELINESS).age(81).neighbourhood("Dubbeldam").channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> assertThat(a.handover()).isEqualTo(nl.dordrecht.triage.Handover.WARM_HANDOVER));
    }

    @Test
    void aHomeboundResidentsIncomeQuestionSaysWhereIncomeSupportIsAsked() {
        VERIFIER.verifyThat("For an adult's income question the helper says that the SDD decides and others help with the application")
                .given(q -> q.topics(MONEY, LONELINESS).reluctance(Reluctance.RECIPROCITY).barriers(Barrier.HOMEBOUND, Barrier.LOW_DIGITAL_SKILLS)
                        .groups(Group.DISABILITY_OR_CHRONIC_ILLNESS, Group.LOW_INCOME).age(47).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(explanation(a)).contains("bijzondere bijstand");
                });
    }

    @Test
    void aLonelyGirlOf12SettlingInGoesToTheYouthWork() {
        VERIFIER.verifyThat("A young resident's one question goes to an offer for their age that knows part of it")
                .given(q -> q.topics(LONELINESS, INTEGRATION).groups(Group.STATUSHOUDER).monthsInDordrecht(40).age(12)
                        .neighbourhood("Noordflank").channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("jongerenwerk");
                    assertThat(explanation(a)).doesNotContain("geen passend aanbod");
                });
    }

    @Test
    void anAdultsQuestionAboutSettlingInIsNotForTheYouthWork() {
        VERIFIER.verifyThat("A young resident's one question goes to an offer for their age that knows part of it")
                .given(q -> q.topics(LONELINESS, INTEGRATION).age(40)).doesNotFire();
    }

    @Test
    void theSkosWalkInIsNoBigStepForAnAshamedParent() {
        VERIFIER.verifyThat("Shame makes formal specific help a higher threshold")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING, MONEY).complexity(Complexity.SINGLE_SPECIFIC).age(44).childAges(10, 14)
                        .reluctance(Reluctance.SHAME).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(a.primary().reasons()).noneMatch(r -> r.contains("grotere stap"));
                });
    }

    @Test
    void shameAboutAnUnaskedQuestionIsNotNamedForTheResident() {
        VERIFIER.verifyThat("Shame: say that informal help without a problem label comes first")
                .given(q -> q.topics(LANGUAGE).explicit(false).barriers(Barrier.LOW_LITERACY).reluctance(Reluctance.SHAME).age(58)
                        .neighbourhood("Sterrenburg").channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("laat de bewoner zelf bepalen wanneer het ter sprake komt")
                        .doesNotContain("zeg dat veel mensen hiermee komen"));
    }

    @Test
    void aCarersFormIsNotLedByWhoTakesOverTheCare() {
        VERIFIER.verifyThat("A carer's form is not led by who comes to take over the care")
                .given(q -> q.topics(CAREGIVING, HOUSING, LETTERS_AND_FORMS).complexity(Complexity.SINGLE_SPECIFIC)
                        .groups(Group.INFORMAL_CARER).reluctance(Reluctance.BUREAUCRACY).age(57).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("respijt-vrijwilligers");
                    assertThat(suggested(a)).contains("respijt-vrijwilligers", "bibliotheek-aanzet");
                });
    }

    @Test
    void aCarerWhoAsksForReliefIsLedByWhoTakesOverTheCare() {
        VERIFIER.verifyThat("A carer's form is not led by who comes to take over the care")
                .given(q -> q.topics(CAREGIVING).groups(Group.INFORMAL_CARER).age(57))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("respijt-vrijwilligers"));
    }

    @Test
    void aSimpleLabelThatGaveWayKeepsHelpWithTheLetter() {
        VERIFIER.verifyThat("A simple practical label that gave way to the wijkteam keeps help with the letter meanwhile")
                .given(q -> q.topics(LETTERS_AND_FORMS, DEBTS, MENTAL_HEALTH, PARENTING).complexity(Complexity.SIMPLE_PRACTICAL)
                        .groups(Group.SINGLE_PARENT).childAges(2, 5).barriers(Barrier.LOW_LITERACY).neighbourhood("Wielwijk")
                        .channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(explanation(a)).contains("Help intussen met de brief of het formulier waarvoor de bewoner kwam");
                });
    }

    @Test
    void aLetterTheCallerDidNotCallSimpleNeedsNoSuchLine() {
        VERIFIER.verifyThat("A simple practical label that gave way to the wijkteam keeps help with the letter meanwhile")
                .given(q -> q.topics(LETTERS_AND_FORMS, DEBTS, MENTAL_HEALTH, PARENTING).groups(Group.SINGLE_PARENT).childAges(2, 5)
                        .channel(Channel.MEETING_PLACE))
                .doesNotFire();
    }

    @Test
    void aPlayInitiativeIsNotOneAddressForAParentsQuestion() {
        VERIFIER.verifyThat("An offer that serves every topic of the question is one address for all of it")
                .given(q -> q.topics(LONELINESS, PARENTING).explicit(false).childAges(0).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.NEW_IN_TOWN)
                        .monthsInDordrecht(4).age(31).neighbourhood("Stadspolders").channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(Advices.suggestion(a, "mamacafe").reasons()).contains("Eén adres voor de hele vraag.");
                    assertThat(Advices.suggestion(a, "speeltheek-pip-en-zo").reasons()).doesNotContain("Eén adres voor de hele vraag.");
                });
    }

    @Test
    void atAMeetingPlaceAnOddJobThatIsTheWayInGoesToTheVolunteersWhoDoIt() {
        VERIFIER.verifyThat("An unasked odd job noticed elsewhere: the volunteers who come to do it come first")
                .given(q -> q.topics(PRACTICAL_HELP, HEALTH).explicit(false).reluctance(Reluctance.RECIPROCITY, Reluctance.SELF_RELIANCE)
                        .groups(Group.DISABILITY_OR_CHRONIC_ILLNESS).age(73).neighbourhood("Noordflank").channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("helpende-handen", "stichting-present");
                    assertThat(explanation(a)).contains("Help eerst met het klusje");
                });
    }

    @Test
    void atAMeetingPlaceAnUnaskedOddJobAloneStartsWithTheMeetingPlace() {
        VERIFIER.verifyThat("An unasked odd job noticed elsewhere: the volunteers who come to do it come first")
                .given(q -> q.topics(PRACTICAL_HELP, LONELINESS).explicit(false).age(80).channel(Channel.MEETING_PLACE))
                .doesNotFire();
    }

    @Test
    void besideASafetyEscalationNoOfferIsOneAddressForAllOfIt() {
        VERIFIER.verifyThat("An offer that serves every topic of the question is one address for all of it")
                .given(q -> q.topics(MENTAL_HEALTH, LONELINESS).safetySignals(nl.dordrecht.triage.SafetySignal.SUICIDE_RISK)
                        .groups(Group.BEREAVED).age(67).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(Advices.suggestion(a, "trost").reasons()).doesNotContain("Eén adres voor de hele vraag."));
    }
}
