package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Route;
import org.junit.jupiter.api.Test;

/** route-offers.drl, one rule at a time: which offers each route sends to, and which are real alternatives. */
class RouteOffersRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    /** The primary and the alternatives, in the advice's order. */

    // --- Helped nearby (HELP_ON_THE_SPOT) ---

    @Test
    void aLetterIsHelpedNearbyByAGeneralOfferThatServesIt() {
        VERIFIER.verifyThat("Helped nearby: a general offer that serves the question is on the route")
                .given(q -> q.topics(LETTERS_AND_FORMS))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().general()).isTrue();
                    assertThat(a.primary().reasons()).contains("Algemeen aanbod: vrij toegankelijk, zonder indicatie of verwijzing.");
                    assertThat(suggested(a)).contains("bibliotheek-aanzet");
                });
    }

    @Test
    void aLetterLabelledAsNeedingSpecificKnowledgeIsNotHelpedNearby() {
        VERIFIER.verifyThat("Helped nearby: a general offer that serves the question is on the route")
                .given(q -> q.topics(LETTERS_AND_FORMS).complexity(Complexity.SINGLE_SPECIFIC))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(suggestion(a, "bibliotheek-aanzet").reasons())
                            .doesNotContain("Algemeen aanbod: vrij toegankelijk, zonder indicatie of verwijzing.");
                });
    }

    @Test
    void volunteersWhoComeToTheDoorDoTheOddJob() {
        VERIFIER.verifyThat("Helped nearby or at home: volunteers who come to the door do the odd job")
                .given(q -> q.topics(PRACTICAL_HELP).age(50))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().offerId()).isIn("stichting-present", "helpende-handen");
                    assertThat(a.primary().reasons()).contains("Vrijwilligers die aan huis komen helpen met wat praktisch nodig is.");
                });
    }

    @Test
    void aLetterIsNotAnOddJobForTheVolunteersAtTheDoor() {
        VERIFIER.verifyThat("Helped nearby or at home: volunteers who come to the door do the odd job")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(50))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("stichting-present", "helpende-handen"));
    }

    @Test
    void theWijkteamsAlternativesCoverEachPartOfTheQuestionBeforeASecondOfferForOnePart() {
        VERIFIER.verifyThat("On the wijkteam route an offer with specific knowledge of a main topic is an alternative")
                .given(q -> q.topics(HEALTH, WORK_EDUCATION, DEBTS, HOUSING, PARENTING).childAges(3, 7).age(38)
                        .channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(suggested(a)).contains("schuldhulpmaatje", "leerwerkloket")
                            .doesNotContain("home-start");
                });
    }

    @Test
    void theVolunteeringCentreIsOnTheRouteForVolunteeringAskedWithCompany() {
        VERIFIER.verifyThat("Specific referral: a general offer made for just one subject of the question is on the route")
                .given(q -> q.topics(PARTICIPATION, LONELINESS).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(nl.dordrecht.triage.Group.EX_DETAINEE).age(34))
                .fires().andAdvice(a -> assertThat(suggestion(a, "inzet078").reasons())
                        .startsWith("Is er speciaal voor dit deel van de vraag, en vrij toegankelijk."));
    }

    @Test
    void theVolunteeringCentreIsNoReferralForAWorkQuestionWithVolunteeringBesideIt() {
        VERIFIER.verifyThat("Specific referral: a general offer made for just one subject of the question is on the route")
                .given(q -> q.topics(PARTICIPATION, WORK_EDUCATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(nl.dordrecht.triage.Group.EX_DETAINEE).age(34))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("inzet078");
                    assertThat(suggestion(a, "inzet078").reasons()).doesNotContain("Is er speciaal voor dit deel van de vraag, en vrij toegankelijk.");
                });
    }

    @Test
    void aQuestionAboutWorkAloneDoesNotGoToTheVolunteeringCentre() {
        VERIFIER.verifyThat("Specific referral: a general offer made for just one subject of the question is on the route")
                .given(q -> q.topics(WORK_EDUCATION, MONEY).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(34))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("inzet078"));
    }

    @Test
    void aHomeboundResidentsOddJobIsDoneByTheVolunteersWhoComeToTheDoor() {
        VERIFIER.verifyThat("Helped nearby or at home: volunteers who come to the door do the odd job")
                .given(q -> q.topics(PRACTICAL_HELP, LONELINESS, ELDERLY).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND)
                        .age(81).neighbourhood("Dubbeldam"))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(a.primary().offerId()).isIn("stichting-present", "helpende-handen");
                });
    }

    @Test
    void anOddJobOthersNoticedAtAFrailResidentsHomeIsNotWhereTheVisitStarts() {
        VERIFIER.verifyThat("Helped nearby or at home: volunteers who come to the door do the odd job")
                .given(q -> q.topics(ELDERLY, LONELINESS, PRACTICAL_HELP, HEALTH).explicit(false)
                        .barriers(nl.dordrecht.triage.Barrier.HOMEBOUND).age(83).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(a.primary().offerId()).isNotIn("stichting-present", "helpende-handen");
                });
    }

    @Test
    void aHomeboundResidentCanAlsoBeVisitedByTheSociaalMakelaar() {
        VERIFIER.verifyThat("Outreach route: the sociaal makelaar is an alternative who visits")
                .given(q -> q.topics(PRACTICAL_HELP).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND).age(80))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("sociaal-makelaar");
                        assertThat(s.reasons()).contains("Komt op huisbezoek en zoekt samen met de bewoner wat past.");
                    });
                });
    }

    @Test
    void aResidentWhoGetsOutIsNotVisitedByTheSociaalMakelaarOnAnOutreachRoute() {
        VERIFIER.verifyThat("Outreach route: the sociaal makelaar is an alternative who visits")
                .given(q -> q.topics(PRACTICAL_HELP).age(80)).doesNotFire()
                .andAdvice(a -> assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT));
    }

    @Test
    void anUnaskedQuestionOfAHomeboundAdultStartsWithTheSociaalMakelaarsVisit() {
        VERIFIER.verifyThat("Outreach route: the sociaal makelaar's visit comes first where the definition says so")
                .given(q -> q.topics(LONELINESS, ELDERLY).explicit(false).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND)
                        .age(80).neighbourhood("Sterrenburg"))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(a.primary().reasons()).anyMatch(r -> r.startsWith("Komt op huisbezoek, maakt kennis"));
                });
        VERIFIER.verifyThat("Outreach route: the sociaal makelaar's visit comes first where the definition says so")
                .given(q -> q.topics(LONELINESS).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND).age(50))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.OUTREACH));
    }

    @Test
    void forAnUnaskedQuestionOfAHomeboundAdultAnActivityAtTheDoorComesAfterTheVisit() {
        VERIFIER.verifyThat("Outreach route: where the sociaal makelaar's visit comes first, an offer at the door is not the first step")
                .given(q -> q.topics(LONELINESS, ELDERLY).explicit(false).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND)
                        .age(80).neighbourhood("Sterrenburg"))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("tuin-van-sterrenburg");
                });
        VERIFIER.verifyThat("Outreach route: where the sociaal makelaar's visit comes first, an offer at the door is not the first step")
                .given(q -> q.topics(PRACTICAL_HELP).barriers(nl.dordrecht.triage.Barrier.HOMEBOUND).age(80))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("sociaal-makelaar"));
    }

    @Test
    void aWebsiteIsAnExtraNotThePrimary() {
        VERIFIER.verifyThat("An online-only offer is an extra, not the primary")
                .given(q -> q.topics(PARENTING, HEALTH).groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT).age(24))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("schapenkopjes");
                    assertThat(suggested(a)).contains("schapenkopjes");
                });
    }

    @Test
    void inTheAppAQuestionForInformationIsAnsweredByTheWebsite() {
        VERIFIER.verifyThat("An online-only offer is an extra, not the primary")
                .given(q -> q.topics(PARENTING, HEALTH).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT).age(24).channel(nl.dordrecht.triage.Channel.ONLINE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("schapenkopjes"));
    }

    @Test
    void aQuestionNoWebsiteServesHasNoWebsiteToHoldBack() {
        VERIFIER.verifyThat("An online-only offer is an extra, not the primary")
                .given(q -> q.topics(NEIGHBOURS).age(40)).doesNotFire();
    }

    // --- Specific referral (REFER_SPECIFIC) ---

    @Test
    void aDebtQuestionIsReferredToASpecificOfferWithThatKnowledge() {
        VERIFIER.verifyThat("Specific referral: a specific offer that serves the question is on the route")
                .given(q -> q.topics(DEBTS).age(45))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("schuldhulpmaatje");
                    assertThat(a.primary().general()).isFalse();
                    assertThat(a.primary().reasons()).contains("Heeft specifieke kennis van schulden en betalingsachterstanden.");
                });
    }

    @Test
    void aSpecificOfferThatKnowsOnlyPartOfTheQuestionSaysWhichPart() {
        VERIFIER.verifyThat("Specific referral: a specific offer that serves the question is on the route")
                .given(q -> q.topics(DEBTS, HOUSING).complexity(Complexity.SINGLE_SPECIFIC).reluctance(nl.dordrecht.triage.Reluctance.SHAME).age(45))
                .fires().andAdvice(a -> assertThat(suggestion(a, "schuldhulpmaatje").reasons())
                        .contains("Heeft specifieke kennis van schulden en betalingsachterstanden.")
                        .noneMatch(r -> r.contains("deze vraag")));
    }

    @Test
    void aDebtQuestionLabelledSimplePracticalPutsNoSpecificOfferOnTheRoute() {
        VERIFIER.verifyThat("Specific referral: a specific offer that serves the question is on the route")
                .given(q -> q.topics(DEBTS).age(45).complexity(Complexity.SIMPLE_PRACTICAL))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    // Debt help stays in view behind the practical question, not as the route's offer.
                    assertThat(suggestion(a, "schuldhulpmaatje").reasons())
                            .containsExactly("Voor de betalingsachterstand achter de vraag: heeft specifieke kennis van schulden.");
                });
    }

    @Test
    void theConsultatiebureauIsTheGeneralOfferThatKnowsAToddlersParentingQuestion() {
        VERIFIER.verifyThat("Specific referral: a general offer with knowledge of the whole question is on the route")
                .given(q -> q.topics(PARENTING).childAges(2).age(30))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("jgz-consultatiebureau");
                    assertThat(a.primary().reasons()).contains("Algemeen aanbod met kennis van deze vraag: vrij toegankelijk.");
                });
    }

    @Test
    void noGeneralOfferKnowsALegalQuestionSoTheSpecificOfferLeads() {
        VERIFIER.verifyThat("Specific referral: a general offer with knowledge of the whole question is on the route")
                .given(q -> q.topics(LEGAL).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("juridisch-loket");
                    assertThat(suggested(a)).allSatisfy(id -> assertThat(suggestion(a, id).general()).isFalse());
                });
    }

    @Test
    void deBuitenwachtHelpsWithAMoneyQuestionWhenReadingTheFormsIsHard() {
        VERIFIER.verifyThat("Specific referral: a meeting place that helps with forms is on the route for an income question when a counter is a big step")
                .given(q -> q.topics(MONEY).barriers(Barrier.LOW_LITERACY).age(45))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("de-buitenwacht");
                    assertThat(a.primary().reasons())
                            .contains("Helpt bij aanvragen en formulieren en kent deze vraag, op een plek waar je gewoon binnenloopt.");
                });
    }

    @Test
    void withoutABarrierDeBuitenwachtIsNotOnTheRouteOfAMoneyQuestion() {
        VERIFIER.verifyThat("Specific referral: a meeting place that helps with forms is on the route for an income question when a counter is a big step")
                .given(q -> q.topics(MONEY).age(45).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isIn("financieel-hulphuis", "sdd-geldzaken"));
    }

    @Test
    void withoutABarrierDeBuitenwachtIsAnAlternativeForAMoneyQuestion() {
        VERIFIER.verifyThat("Specific referral: a meeting place that helps with forms is an alternative for an income question")
                .given(q -> q.topics(MONEY).age(45).channel(Channel.GP))
                .fires().andAdvice(a -> assertThat(a.alternatives()).anySatisfy(s -> {
                    assertThat(s.offerId()).isEqualTo("de-buitenwacht");
                    assertThat(s.reasons()).contains("Helpt ook bij aanvragen en formulieren, op een plek waar je gewoon binnenloopt.");
                }));
    }

    @Test
    void atAMeetingPlaceDeBuitenwachtIsOnTheRouteNotMerelyAnAlternative() {
        VERIFIER.verifyThat("Specific referral: a meeting place that helps with forms is an alternative for an income question")
                .given(q -> q.topics(MONEY).age(45).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("de-buitenwacht"));
    }

    @Test
    void noMeetingPlaceKnowsADebtQuestionSoTheDebtBuddyLeads() {
        VERIFIER.verifyThat("Specific referral: a meeting place that helps with forms is on the route for an income question when a counter is a big step")
                .given(q -> q.topics(DEBTS).barriers(Barrier.LOW_LITERACY).age(45))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("schuldhulpmaatje", "financieel-hulphuis");
                    assertThat(suggested(a)).doesNotContain("de-buitenwacht");
                });
    }

    @Test
    void aQuestionOnlyAboutVolunteeringGoesToTheVolunteeringCentreFirst() {
        VERIFIER.verifyThat("Helped nearby: a general offer made for just this subject leads a question about only that subject")
                .given(q -> q.topics(PARTICIPATION).complexity(Complexity.SIMPLE_PRACTICAL).age(67))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("inzet078");
                    assertThat(a.primary().reasons()).contains("Is er speciaal voor deze vraag.");
                    assertThat(suggested(a)).contains("de-buitenwacht");
                });
    }

    @Test
    void takingPartWithCompanyIsNotOnlyAboutVolunteering() {
        VERIFIER.verifyThat("Helped nearby: a general offer made for just this subject leads a question about only that subject")
                .given(q -> q.topics(PARTICIPATION, LONELINESS).complexity(Complexity.SIMPLE_PRACTICAL).age(67))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("inzet078"));
    }

    @Test
    void theMamacafeKnowsAParentsQuestionWithCompanyAndLeads() {
        VERIFIER.verifyThat("Specific referral: a meeting place that knows the whole question is on the route when company is asked too")
                .given(q -> q.topics(PARENTING, LONELINESS).childAges(1).age(30))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("mamacafe");
                    assertThat(a.primary().reasons()).contains("Een ontmoetingsplek die ook deze vraag kent.");
                });
    }

    @Test
    void aParentingQuestionWithoutCompanyPutsNoMeetingPlaceOnTheRoute() {
        VERIFIER.verifyThat("Specific referral: a meeting place that knows the whole question is on the route when company is asked too")
                .given(q -> q.topics(PARENTING).childAges(1).age(30))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jgz-consultatiebureau");
                    assertThat(suggested(a)).doesNotContain("speeltheek-pip-en-zo");
                    // The Mamacafé may follow as a place to meet other parents, not as an offer that knows the question.
                    assertThat(suggestion(a, "mamacafe").reasons()).doesNotContain("Een ontmoetingsplek die ook deze vraag kent.");
                });
    }

    @Test
    void theLibraryHelpsWithTheFormsOfAMoneyQuestionAsAnAlternative() {
        VERIFIER.verifyThat("Specific referral: a general offer that helps with part of the question is an alternative")
                .given(q -> q.topics(MONEY, LETTERS_AND_FORMS).age(45))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("bibliotheek-aanzet");
                        assertThat(s.reasons()).contains("Vrij toegankelijk, en helpt met een deel van de vraag.");
                    });
                });
    }

    @Test
    void aMoneyQuestionAloneHasNoGeneralOfferForPartOfIt() {
        VERIFIER.verifyThat("Specific referral: a general offer that helps with part of the question is an alternative")
                .given(q -> q.topics(MONEY).age(45))
                .doesNotFire().andAdvice(a -> {
                    assertThat(suggested(a)).doesNotContain("bibliotheek-aanzet");
                    assertThat(suggested(a)).allSatisfy(id -> assertThat(suggestion(a, id).reasons())
                            .doesNotContain("Vrij toegankelijk, en helpt met een deel van de vraag."));
                });
    }

    // --- Wijkteam route (REFER_WIJKTEAM) ---

    @Test
    void onSeveralLifeDomainsTheWijkteamIsOnTheRoute() {
        VERIFIER.verifyThat("Wijkteam route: the Sociaal Wijkteam is on the route")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(a.primary().reasons()).contains("Toegang tot zorg op maat; kijkt naar alle levensgebieden samen.");
                });
    }

    @Test
    void theSameTopicsLabelledAsOneQuestionDoNotGoToTheWijkteam() {
        VERIFIER.verifyThat("Wijkteam route: the Sociaal Wijkteam is on the route")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35).complexity(Complexity.SINGLE_SPECIFIC))
                .doesNotFire().andAdvice(a -> {
                    // Named for the whole (complexity.drl), not the route.
                    assertThat(a.route()).isNotEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.primary().offerId()).isNotEqualTo("sociaal-wijkteam");
                });
    }

    @Test
    void onTheWijkteamRouteTheDebtBuddyIsAnAlternativeForTheDebtPart() {
        VERIFIER.verifyThat("On the wijkteam route an offer with specific knowledge of a main topic is an alternative")
                .given(q -> q.topics(HOUSING, DEBTS, PARENTING).childAges(7).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("schuldhulpmaatje");
                        assertThat(s.reasons()).contains("Heeft specifieke kennis van een deel van de vraag: schulden en betalingsachterstanden.");
                    });
                });
    }

    @Test
    void onTheWijkteamRouteAnOfferKnowingTwoPartsNamesBoth() {
        VERIFIER.verifyThat("On the wijkteam route an offer with specific knowledge of a main topic is an alternative")
                .given(q -> q.topics(HOUSING, DEBTS, MONEY, PARENTING).childAges(7).age(35))
                .fires().andAdvice(a -> assertThat(suggestion(a, "financieel-hulphuis").reasons()).contains(
                        "Heeft specifieke kennis van een deel van de vraag: geld en rondkomen (inkomen, toeslagen, regelingen)"
                                + " en van schulden en betalingsachterstanden."));
    }

    @Test
    void onTheWijkteamRouteOnlyTheLightestOffersThatKnowTheSamePartAreAlternatives() {
        VERIFIER.verifyThat("On the wijkteam route an offer with specific knowledge of a main topic is an alternative")
                .given(q -> q.topics(DEBTS, HOUSING, PARENTING, MENTAL_HEALTH).childAges(8, 11).groups(nl.dordrecht.triage.Group.SINGLE_PARENT)
                        .age(38).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(suggested(a)).contains("schuldhulpmaatje", "financieel-hulphuis").doesNotContain("sdd-geldzaken");
                    assertThat(suggestion(a, "bureau-sociaal-raadslieden").reasons())
                            .doesNotContain("Heeft specifieke kennis van een deel van de vraag: schulden en betalingsachterstanden.");
                });
    }

    @Test
    void offARouteOfTheWijkteamTheDebtBuddyKnowsTheQuestionRatherThanAPart() {
        VERIFIER.verifyThat("On the wijkteam route an offer with specific knowledge of a main topic is an alternative")
                .given(q -> q.topics(HOUSING, DEBTS).age(35).complexity(Complexity.SINGLE_SPECIFIC)
                        .reluctance(nl.dordrecht.triage.Reluctance.FEAR_OF_CONSEQUENCES))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(suggestion(a, "schuldhulpmaatje").reasons())
                            .noneMatch(r -> r.contains("een deel van de vraag"))
                            .contains("Heeft specifieke kennis van schulden en betalingsachterstanden.");
                });
    }

    // --- Social broker route (REFER_SOCIAL_BROKER) ---

    @Test
    void anAdultsLonelinessAtTheGpPutsTheSociaalMakelaarOnTheRoute() {
        VERIFIER.verifyThat("Social broker route: the sociaal makelaar is on the route")
                .given(q -> q.topics(LONELINESS).age(67).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(a.primary().reasons()).contains("Kent de sociale kaart, komt ook aan huis en draagt warm over.");
                });
    }

    @Test
    void aChildsLonelinessAtTheGpDoesNotGoToTheSociaalMakelaar() {
        VERIFIER.verifyThat("Social broker route: the sociaal makelaar is on the route")
                .given(q -> q.topics(LONELINESS).age(11).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(suggested(a)).doesNotContain("sociaal-makelaar");
                });
    }

    @Test
    void onTheSocialBrokerRouteTheWijkteamIsTheAlternativeForAFrailOlderResident() {
        VERIFIER.verifyThat("Social broker route: the Sociaal Wijkteam is the alternative when the resident wants it")
                .given(q -> q.topics(ELDERLY, HEALTH).explicit(false).age(85))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("sociaal-wijkteam");
                        assertThat(s.reasons()).contains("Kan ook op huisbezoek komen en naar het geheel kijken, als de bewoner dat wil.");
                    });
                });
    }

    @Test
    void aYoungerAdultsUnaskedLonelinessStartsNearbyWithoutTheWijkteam() {
        VERIFIER.verifyThat("Social broker route: the Sociaal Wijkteam is the alternative when the resident wants it")
                .given(q -> q.topics(LONELINESS).explicit(false).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(suggested(a)).doesNotContain("sociaal-wijkteam");
                });
    }

    @Test
    void withTheSociaalReceptForLonelinessAMeetingPlaceIsAnAlternative() {
        VERIFIER.verifyThat("Social broker route: a meeting place is an alternative when company is asked")
                .given(q -> q.topics(LONELINESS).age(67).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("buurtwerk");
                        assertThat(s.reasons()).contains("Een plek om mensen te ontmoeten; de sociaal makelaar kan meegaan.");
                    });
                });
    }

    @Test
    void whenTheSociaalMakelaarVisitsAtHomeAPlaceToMeetIsForAfterTheVisit() {
        VERIFIER.verifyThat("Social broker route: a meeting place is an alternative when company is asked")
                .given(q -> q.topics(LONELINESS).explicit(false).age(85))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.handover()).isEqualTo(nl.dordrecht.triage.Handover.OUTREACH_VISIT);
                    assertThat(suggestion(a, "buurtwerk").reasons()).contains("Een plek om mensen te ontmoeten; de sociaal makelaar kan meegaan.");
                });
    }

    @Test
    void aHomeboundResidentVisitedAtHomeIsOfferedNoMeetingPlace() {
        VERIFIER.verifyThat("Social broker route: a meeting place is an alternative when company is asked")
                .given(q -> q.topics(LONELINESS).barriers(Barrier.HOMEBOUND).age(85))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("buurtwerk", "de-buitenwacht", "resto-van-harte"));
    }

    // --- Outreach route (OUTREACH) ---

    @Test
    void forAHomeboundResidentOffersThatComeToTheDoorAreOnTheRoute() {
        VERIFIER.verifyThat("Outreach route: an offer that comes to the door is on the route")
                .given(q -> q.topics(PRACTICAL_HELP).barriers(Barrier.HOMEBOUND).age(80))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(a.primary().outreach()).isTrue();
                    assertThat(a.primary().reasons()).contains("Komt bij de bewoner thuis.");
                    assertThat(suggestion(a, "stichting-present").reasons()).contains("Komt bij de bewoner thuis.");
                });
    }

    @Test
    void aResidentWhoGetsOutIsNotOnTheOutreachRoute() {
        VERIFIER.verifyThat("Outreach route: an offer that comes to the door is on the route")
                .given(q -> q.topics(PRACTICAL_HELP).age(80))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(suggestion(a, "stichting-present").reasons()).doesNotContain("Komt bij de bewoner thuis.");
                });
    }

    @Test
    void onTheOutreachRouteTheWijkteamIsTheAlternativeThatAlsoVisits() {
        VERIFIER.verifyThat("Outreach route: the Sociaal Wijkteam is the alternative that also visits")
                .given(q -> q.topics(HEALTH, LONELINESS).barriers(Barrier.HOMEBOUND).age(80))
                .fires().andAdvice(a -> assertThat(a.alternatives()).anySatisfy(s -> {
                    assertThat(s.offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(s.reasons()).contains("Komt ook op huisbezoek en kijkt naar het geheel, als er meer nodig is.");
                }));
    }

    @Test
    void anOddJobOfAResidentWhoGetsOutDoesNotNameTheWijkteam() {
        VERIFIER.verifyThat("Outreach route: the Sociaal Wijkteam is the alternative that also visits")
                .given(q -> q.topics(PRACTICAL_HELP).age(80))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-wijkteam"));
    }

    // --- One address ---

    @Test
    void anOfferForMoneyAndDebtsTogetherIsOneAddressAndRanksLower() {
        VERIFIER.verifyThat("An offer that serves every topic of the question is one address for all of it")
                .given(q -> q.topics(MONEY, DEBTS).age(45))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("financieel-hulphuis");
                    assertThat(a.primary().threshold()).isEqualTo(2);
                    assertThat(a.primary().reasons()).contains("Eén adres voor de hele vraag.");
                    assertThat(suggestion(a, "schuldhulpmaatje").reasons()).doesNotContain("Eén adres voor de hele vraag.");
                });
    }

    @Test
    void aQuestionOnOneTopicHasNoOneAddressBonus() {
        VERIFIER.verifyThat("An offer that serves every topic of the question is one address for all of it")
                .given(q -> q.topics(DEBTS).age(45))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("schuldhulpmaatje");
                    assertThat(suggestion(a, "financieel-hulphuis").threshold()).isEqualTo(3);
                });
    }

    @Test
    void anUnaskedQuestionOnThreeDomainsAtSchoolKeepsTheWijkteamInView() {
        VERIFIER.verifyThat("An unasked question on three or more domains helped where it surfaced keeps the wijkteam in view")
                .given(q -> q.topics(PARENTING, DEBTS, HEALTH, WORK_EDUCATION).explicit(false).childAges(4, 12).age(40)
                        .complexity(Complexity.MULTI_DOMAIN).channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(suggestion(a, "sociaal-wijkteam").reasons())
                            .contains("Kijkt naar alle levensgebieden samen, als de bewoner daar klaar voor is: stel hem of haar dan persoonlijk voor.");
                });
    }

    @Test
    void anUnaskedQuestionOnTwoDomainsAtAMeetingPlaceStaysThere() {
        VERIFIER.verifyThat("An unasked question on three or more domains helped where it surfaced keeps the wijkteam in view")
                .given(q -> q.topics(MONEY, PARENTING).explicit(false).childAges(2).age(30).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-wijkteam"));
    }

    @Test
    void aLonelyPensionerWithComplaintsAtTheGpIsNotOfferedTheWijkteam() {
        VERIFIER.verifyThat("Social broker route: the Sociaal Wijkteam is the alternative when the resident wants it")
                .given(q -> q.topics(LONELINESS, HEALTH).explicit(false).age(72).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(suggested(a)).doesNotContain("sociaal-wijkteam");
                });
    }

    @Test
    void onASpecificReferralTheOddJobVolunteersDoTheOddJobTheQuestionAlsoAsksFor() {
        VERIFIER.verifyThat("On a referral, volunteers who come to the door do the odd job the question also asks for")
                .given(q -> q.topics(PRACTICAL_HELP, CAREGIVING).groups(nl.dordrecht.triage.Group.INFORMAL_CARER).age(67))
                .fires().andAdvice(a -> assertThat(suggestion(a, "stichting-present").reasons())
                        .contains("Vrijwilligers die aan huis komen helpen met wat praktisch nodig is."));
        VERIFIER.verifyThat("On a referral, volunteers who come to the door do the odd job the question also asks for")
                .given(q -> q.topics(CAREGIVING).groups(nl.dordrecht.triage.Group.INFORMAL_CARER).age(67))
                .doesNotFire().andAdvice(a -> assertThat(a.alternatives()).extracting(s -> s.offerId()).doesNotContain("stichting-present"));
    }

    @Test
    void fromTheGpTheOddJobVolunteersStayBesideTheSociaalMakelaar() {
        VERIFIER.verifyThat("On a referral, volunteers who come to the door do the odd job the question also asks for")
                .given(q -> q.topics(LONELINESS, PRACTICAL_HELP).age(78).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(nl.dordrecht.triage.Route.REFER_SOCIAL_BROKER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggestion(a, "helpende-handen").reasons()).contains("Vrijwilligers die aan huis komen helpen met wat praktisch nodig is.");
                });
    }

    @Test
    void aParentingQuestionAboutAToddlerNamesMeetingOtherParents() {
        VERIFIER.verifyThat("Specific referral: a meeting place for parents of a child this age is an alternative for a parenting question")
                .given(q -> q.topics(PARENTING).complexity(Complexity.SINGLE_SPECIFIC).childAges(2).age(29))
                .fires().andAdvice(a -> assertThat(suggestion(a, "mamacafe").reasons()).anyMatch(r -> r.startsWith("Andere ouders ontmoeten")));
        VERIFIER.verifyThat("Specific referral: a meeting place for parents of a child this age is an alternative for a parenting question")
                .given(q -> q.topics(PARENTING).complexity(Complexity.SINGLE_SPECIFIC).childAges(9).age(39))
                .doesNotFire().andAdvice(a -> assertThat(a.alternatives()).extracting(s -> s.offerId()).doesNotContain("mamacafe"));
    }

    @Test
    void whoAsksToVolunteerToMeetPeopleGoesFirstToTheVolunteeringCentre() {
        VERIFIER.verifyThat("Helped nearby: who asks to take part goes first to the offer made for taking part")
                .given(q -> q.topics(PARTICIPATION, LONELINESS).complexity(Complexity.SIMPLE_PRACTICAL)
                        .groups(nl.dordrecht.triage.Group.NEW_IN_TOWN).monthsInDordrecht(3).age(21))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("inzet078");
                    assertThat(a.primary().reasons()).contains("Is er speciaal voor vrijwilligerswerk en meedoen.");
                });
        VERIFIER.verifyThat("Helped nearby: who asks to take part goes first to the offer made for taking part")
                .given(q -> q.topics(LONELINESS).complexity(Complexity.SIMPLE_PRACTICAL).age(21))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("inzet078"));
    }

    @Test
    void aLonelyManWithPsychiatricComplaintsAlsoHearsOfAMeetingPlace() {
        VERIFIER.verifyThat("Specific referral: a meeting place is an alternative for the company asked for")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).age(34).neighbourhood("Vogelbuurt")
                        .groups(nl.dordrecht.triage.Group.PSYCHIATRIC_VULNERABILITY).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("yulius-inloophuis");
                    assertThat(suggested(a)).containsAnyOf("het-vogelnest", "buurtwerk");
                });
    }

    @Test
    void aQuestionWithoutLonelinessGetsNoMeetingPlaceForCompany() {
        VERIFIER.verifyThat("Specific referral: a meeting place is an alternative for the company asked for")
                .given(q -> q.topics(MENTAL_HEALTH).age(34).groups(nl.dordrecht.triage.Group.PSYCHIATRIC_VULNERABILITY))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("het-vogelnest", "buurtwerk"));
    }

    @Test
    void theRemindersBehindALetterKeepTheDebtHelpInView() {
        VERIFIER.verifyThat("Helped nearby: debt help for the arrears behind a letter or odd job is the next step, introduced in person")
                .given(q -> q.topics(LETTERS_AND_FORMS, DEBTS).complexity(Complexity.SIMPLE_PRACTICAL).age(62)
                        .barriers(Barrier.LOW_LITERACY).neighbourhood("Krispijn").channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(suggested(a)).containsAnyOf("schuldhulpmaatje", "financieel-hulphuis");
                });
    }

    @Test
    void anAllowanceFormIsNotADebt() {
        VERIFIER.verifyThat("Helped nearby: debt help for the arrears behind a letter or odd job is the next step, introduced in person")
                .given(q -> q.topics(LETTERS_AND_FORMS, MONEY).complexity(Complexity.SIMPLE_PRACTICAL).age(40)
                        .channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("schuldhulpmaatje"));
    }

    @Test
    void aSingleParentsArrearsWithChildrenOf6And9KeepSchoolSocialWorkForTheChildren() {
        VERIFIER.verifyThat("On the wijkteam route an offer for the school-age children that knows parenting is an alternative")
                .given(q -> q.topics(DEBTS, HOUSING, PARENTING).complexity(Complexity.MULTI_DOMAIN).age(35).childAges(6, 9)
                        .groups(nl.dordrecht.triage.Group.SINGLE_PARENT, nl.dordrecht.triage.Group.LOW_INCOME))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(suggestion(a, "schoolmaatschappelijk-werk").reasons())
                            .contains("Voor de kinderen: kent opvoeden en opgroeien bij kinderen van deze leeftijd.");
                });
    }

    @Test
    void aFamilyWithOnlyAToddlerIsNotSentToSchoolSocialWork() {
        VERIFIER.verifyThat("On the wijkteam route an offer for the school-age children that knows parenting is an alternative")
                .given(q -> q.topics(DEBTS, HOUSING, PARENTING).complexity(Complexity.MULTI_DOMAIN).age(30).childAges(2))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("schoolmaatschappelijk-werk"));
    }

    @Test
    void onTheWijkteamRouteTheResidentHearsOfIndependentClientSupport() {
        VERIFIER.verifyThat("On the wijkteam route the resident hears of independent client support")
                .given(q -> q.topics(HEALTH, MONEY, WORK_EDUCATION).complexity(Complexity.MULTI_DOMAIN)
                        .groups(nl.dordrecht.triage.Group.DISABILITY_OR_CHRONIC_ILLNESS).age(38).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.explanation()).anyMatch(l -> l.startsWith("Wie met het wijkteam in gesprek gaat, kan een onafhankelijke"));
                });
    }

    @Test
    void whereFearAlreadyNamesClientSupportAmongTheOptionsNoLineRepeatsIt() {
        VERIFIER.verifyThat("On the wijkteam route the resident hears of independent client support")
                .given(q -> q.topics(DEBTS, HOUSING).complexity(Complexity.MULTI_DOMAIN)
                        .reluctance(nl.dordrecht.triage.Reluctance.FEAR_OF_CONSEQUENCES).age(45))
                .doesNotFire().andAdvice(a -> {
                    assertThat(suggested(a)).contains("mee-clientondersteuning");
                    assertThat(a.explanation()).noneMatch(l -> l.contains("onafhankelijke cliëntondersteuner meenemen"));
                });
    }

    @Test
    void aStatushoudersLetterAboutToeslagenAtAMeetingPlaceKeepsTheBuurtwinkel() {
        VERIFIER.verifyThat("Specific referral: a meeting place that helps with forms is on the route for an income question when a counter is a big step")
                .given(q -> q.topics(LETTERS_AND_FORMS, MONEY, INTEGRATION)
                        .groups(nl.dordrecht.triage.Group.STATUSHOUDER).monthsInDordrecht(8)
                        .barriers(Barrier.LIMITED_DUTCH).age(34).channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk");
                    assertThat(a.alternatives().get(0).offerId()).isEqualTo("de-buitenwacht");
                });
    }

    // --- Meeting other parents ---

    @Test
    void aMotherOf28WithABabyAskingToMeetOtherMothersGoesToTheMamacafeBeforeSupportForVulnerableParents() {
        VERIFIER.verifyThat("A parent asking to meet other parents starts where parents of a child that age meet")
                .given(q -> q.topics(PARENTING, LONELINESS).complexity(Complexity.SIMPLE_PRACTICAL).age(28).childAges(0)
                        .groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT).channel(Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("mamacafe");
                    assertThat(a.primary().reasons()).contains("Andere ouders ontmoeten is hier zelf het antwoord op de vraag.");
                });
    }

    @Test
    void aYoungMotherAskingWhereToMeetOtherMothersGoesToTheMamacafeFirst() {
        VERIFIER.verifyThat("A parent asking to meet other parents starts where parents of a child that age meet")
                .given(q -> q.topics(PARENTING, LONELINESS).complexity(Complexity.SINGLE_SPECIFIC).age(20)
                        .childAges(1).groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT, nl.dordrecht.triage.Group.NEW_IN_TOWN).monthsInDordrecht(3)
                        .neighbourhood("Vogelbuurt").channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("mamacafe");
                    assertThat(suggested(a)).contains("home-start");
                });
    }

    @Test
    void aYoungMotherAskingAboutBringingUpHerBabyIsVisitedAtHomeFirst() {
        VERIFIER.verifyThat("A parent asking to meet other parents starts where parents of a child that age meet")
                .given(q -> q.topics(PARENTING).complexity(Complexity.SINGLE_SPECIFIC).age(20).childAges(1)
                        .groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("mamacafe"));
    }

    @Test
    void aWidowerWhoseLonelinessHisGpNoticedIsVisitedWithoutTheWijkteamListed() {
        VERIFIER.verifyThat("Social broker route: the Sociaal Wijkteam is the alternative when the resident wants it")
                .given(q -> q.topics(LONELINESS, HEALTH).explicit(false).groups(nl.dordrecht.triage.Group.BEREAVED).age(84)
                        .neighbourhood("Dubbeldam").channel(Channel.GP))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a)).doesNotContain("sociaal-wijkteam");
                });
    }

    @Test
    void aHomeboundOlderResidentsOddJobAloneIsForTheVolunteersWhoComeNotTheWijkteam() {
        VERIFIER.verifyThat("Outreach route: the Sociaal Wijkteam is the alternative that also visits")
                .given(q -> q.topics(PRACTICAL_HELP, ELDERLY).complexity(Complexity.SIMPLE_PRACTICAL).barriers(Barrier.HOMEBOUND).age(74))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(suggested(a)).doesNotContain("sociaal-wijkteam");
                });
    }

    @Test
    void aLetterAboutRepayingAnAllowanceNamesTheHelpForAPaymentArrangement() {
        VERIFIER.verifyThat("Helped nearby: help with money letters is the next step when a letter about money needs more")
                .given(q -> q.topics(LETTERS_AND_FORMS, MONEY).complexity(Complexity.SIMPLE_PRACTICAL).age(52).channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(suggestion(a, "financieel-hulphuis").reasons())
                            .contains("Als er meer nodig is dan hulp met de brief of het formulier, zoals een betalingsregeling of een bezwaar.");
                });
        VERIFIER.verifyThat("Helped nearby: help with money letters is the next step when a letter about money needs more")
                .given(q -> q.topics(LETTERS_AND_FORMS).complexity(Complexity.SIMPLE_PRACTICAL).age(52).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("financieel-hulphuis"));
    }

    @Test
    void anUnaskedHomeAndSeparationAtAMeetingPlaceKeepsTheSociaalMakelaarForLater() {
        VERIFIER.verifyThat("An unasked question on two domains helped where it surfaced keeps the sociaal makelaar in view")
                .given(q -> q.topics(HOUSING, RELATIONSHIPS).explicit(false).age(45).neighbourhood("Krispijn").channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(suggestion(a, "sociaal-makelaar").reasons()).anyMatch(r -> r.startsWith("Voor als de bewoner meer hulp wil"));
                });
        VERIFIER.verifyThat("An unasked question on two domains helped where it surfaced keeps the sociaal makelaar in view")
                .given(q -> q.topics(LONELINESS).explicit(false).age(45).neighbourhood("Krispijn").channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-makelaar"));
    }

    @Test
    void aLonelyParentsMeetingPlaceSaysOnceThatMeetingOtherParentsIsTheAnswer() {
        VERIFIER.verifyThat("Specific referral: a meeting place for parents of a child this age is an alternative for a parenting question")
                .given(q -> q.topics(PARENTING, LONELINESS).complexity(Complexity.SINGLE_SPECIFIC).childAges(1).age(21).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("mamacafe");
                    assertThat(a.primary().reasons()).contains("Andere ouders ontmoeten is hier zelf het antwoord op de vraag.")
                            .noneMatch(r -> r.startsWith("Andere ouders ontmoeten met een kind"));
                });
    }

    @Test
    void aWoonkeusRegistrationAskedAsSimpleIsHelpedWhereFormsAreFilledIn() {
        VERIFIER.verifyThat("Helped nearby: a simple practical housing question is helped where forms are filled in")
                .given(q -> q.topics(HOUSING).complexity(Complexity.SIMPLE_PRACTICAL).age(41).neighbourhood("Crabbehof")
                        .channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().reasons()).anyMatch(r -> r.contains("inschrijving bij Woonkeus"));
                    assertThat(a.gaps()).contains("HOUSING_INFORMATION");
                });
    }

    @Test
    void aHousingQuestionNeedingKnowledgeIsNotTakenForAForm() {
        VERIFIER.verifyThat("Helped nearby: a simple practical housing question is helped where forms are filled in")
                .given(q -> q.topics(HOUSING).complexity(Complexity.SINGLE_SPECIFIC).age(41))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isNotEqualTo(Route.HELP_ON_THE_SPOT));
    }
}
