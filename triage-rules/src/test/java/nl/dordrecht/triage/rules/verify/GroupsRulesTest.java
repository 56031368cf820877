package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.SafetySignal;
import org.junit.jupiter.api.Test;

/** groups.drl, one rule at a time: offers made for the resident's group, and VluchtelingenWerk around month 15. */
class GroupsRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void trostMadeForTheBereavedLeadsWithALoweredThreshold() {
        VERIFIER.verifyThat("An offer made for the resident's group is on the route and lowers the threshold")
                .given(q -> q.topics(MENTAL_HEALTH).groups(Group.BEREAVED).age(60))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("trost");
                    assertThat(a.primary().threshold()).isLessThan(3);
                    assertThat(a.primary().reasons()).anyMatch(r -> r.contains("herkenning verlaagt de drempel"));
                });
    }

    @Test
    void fromTheGpAnOfferMadeForTheResidentsGroupStaysBesideTheSociaalMakelaar() {
        VERIFIER.verifyThat("On the social broker route an offer made for the resident's group is an alternative")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).groups(Group.NEW_IN_TOWN).age(24).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggestion(a, "dordtse-helden").reasons())
                            .contains("Speciaal voor mensen in deze situatie; de sociaal makelaar kan het contact leggen.");
                });
    }

    @Test
    void fromTheGpAWebsiteMadeForTheResidentsGroupIsNoContactForTheSociaalMakelaar() {
        VERIFIER.verifyThat("On the social broker route an offer made for the resident's group is an alternative")
                .given(q -> q.topics(LONELINESS, HEALTH).groups(Group.PREGNANT_OR_YOUNG_PARENT).childAges(1).age(26)
                        .channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a)).contains("moeders-informeren-moeders");
                    assertThat(suggested(a)).doesNotContain("schapenkopjes");
                });
        VERIFIER.verifyThat("On the social broker route an offer made for the resident's group is an alternative")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).age(24).channel(nl.dordrecht.triage.Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("dordtse-helden"));
    }

    @Test
    void withoutTheGroupTrostIsNotSuggested() {
        VERIFIER.verifyThat("An offer made for the resident's group is on the route and lowers the threshold")
                .given(q -> q.topics(MENTAL_HEALTH).age(60))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("trost"));
    }

    @Test
    void buddyzorgCoveringHousingAndIncomeOfAnExDetaineeLeadsInsteadOfTheWijkteam() {
        VERIFIER.verifyThat("On the wijkteam route an offer for the resident's group that covers every topic is on the route")
                .given(q -> q.topics(HOUSING, MONEY).groups(Group.EX_DETAINEE).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("buddyzorg");
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("sociaal-wijkteam");
                });
    }

    @Test
    void buddyzorgDoesNotCoverAHealthQuestionSoTheWijkteamLeads() {
        VERIFIER.verifyThat("On the wijkteam route an offer for the resident's group that covers every topic is on the route")
                .given(q -> q.topics(HOUSING, HEALTH).groups(Group.EX_DETAINEE).age(35))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                });
    }

    @Test
    void inTheFirst15MonthsVluchtelingenWerkIsThePrimary() {
        VERIFIER.verifyThat("In the first 15 months VluchtelingenWerk is the suggestion")
                .given(q -> q.topics(HOUSING).groups(Group.STATUSHOUDER).monthsInDordrecht(6).age(30))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk");
                    assertThat(a.primary().reasons()).anyMatch(r -> r.contains("eerste 15 maanden"));
                });
    }

    @Test
    void aSafetySignalOfANewStatushouderGoesToSafetyWithVluchtelingenWerkAfter() {
        VERIFIER.verifyThat("In the first 15 months VluchtelingenWerk is the suggestion")
                .given(q -> q.topics(HOUSING).groups(Group.STATUSHOUDER).monthsInDordrecht(6).age(30)
                        .safetySignals(SafetySignal.DOMESTIC_VIOLENCE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("veilig-thuis");
                    assertThat(suggested(a)).containsExactly("veilig-thuis", "vluchtelingenwerk", "sociaal-wijkteam");
                });
    }

    @Test
    void aNewStatushoudersQuestionOnSeveralDomainsNamesTheWijkteamAlongsideVluchtelingenWerk() {
        VERIFIER.verifyThat("In the first 15 months a question on several domains brings in the wijkteam together with VluchtelingenWerk")
                .given(q -> q.topics(HOUSING, PARENTING).groups(Group.STATUSHOUDER).monthsInDordrecht(6).childAges(5).age(30))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk");
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("sociaal-wijkteam");
                        assertThat(String.join(" ", s.reasons())).contains("Samen met VluchtelingenWerk");
                    });
                });
    }

    @Test
    void aNewStatushoudersSingleHousingQuestionDoesNotBringInTheWijkteam() {
        VERIFIER.verifyThat("In the first 15 months a question on several domains brings in the wijkteam together with VluchtelingenWerk")
                .given(q -> q.topics(HOUSING).groups(Group.STATUSHOUDER).monthsInDordrecht(6).age(30))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-wijkteam"));
    }

    @Test
    void afterTheGuidanceVluchtelingenWerkIsNotSuggestedAndTheResidentIsIntroducedInPerson() {
        VERIFIER.verifyThat("After 15 months VluchtelingenWerk no longer guides, and the resident is introduced in person")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(20).age(30))
                .fires().andAdvice(a -> {
                    assertThat(suggested(a)).doesNotContain("vluchtelingenwerk");
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(String.join(" ", a.explanation())).contains("stel de bewoner persoonlijk voor");
                });
    }

    @Test
    void inTheFirstMonthsVluchtelingenWerkStillGuides() {
        VERIFIER.verifyThat("After 15 months VluchtelingenWerk no longer guides, and the resident is introduced in person")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(10).age(30))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk"));
    }

    @Test
    void aVulnerableYoungPregnantWomanIsVisitedAtHome() {
        VERIFIER.verifyThat("A vulnerable expecting or young parent is visited at home by an offer made for them")
                .given(q -> q.topics(PARENTING, HEALTH).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.SINGLE_PARENT).age(19))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("jgz-voorzorg", "home-start");
                    assertThat(suggestion(a, "home-start").reasons()).contains("Vrijwilligers komen aan huis bij jonge en aanstaande ouders die steun kunnen gebruiken.");
                    assertThat(suggestion(a, "jgz-voorzorg").reasons()).contains("Professionele hulp van de jeugdgezondheidszorg aan huis, voor kwetsbare zwangeren en jonge ouders.");
                });
    }

    @Test
    void aParentWhoIsNotExpectingGetsNoPregnancyVisit() {
        VERIFIER.verifyThat("A vulnerable expecting or young parent is visited at home by an offer made for them")
                .given(q -> q.topics(PARENTING).groups(Group.SINGLE_PARENT).childAges(7).age(35))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("jgz-voorzorg"));
    }

    @Test
    void fromMonth12TheHandoverAfterTheGuidanceIsPrepared() {
        VERIFIER.verifyThat("Near the end of the 15 months the handover to the regular offer is prepared")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(13).age(30))
                .fires().andAdvice(a -> assertThat(String.join(" ", a.explanation()))
                        .contains("regel nu samen met VluchtelingenWerk wie het daarna overneemt"));
    }

    @Test
    void inMonth10TheEndOfTheGuidanceIsNotYetRaised() {
        VERIFIER.verifyThat("Near the end of the 15 months the handover to the regular offer is prepared")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(10).age(30))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk");
                    assertThat(String.join(" ", a.explanation())).doesNotContain("wie het daarna overneemt");
                });
    }

    @Test
    void aPregnant19YearOldsQuestionOnParentingAndMoneyStaysWithTheApproachForVulnerableParents() {
        VERIFIER.verifyThat("On the wijkteam route the approach for vulnerable parents takes up a question about the child or the pregnancy on two domains, or about her health and money")
                .given(q -> q.topics(PARENTING, MONEY).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME).age(19))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isIn("home-start", "jgz-voorzorg", "moeders-informeren-moeders", "buurtgezinnen"));
        VERIFIER.verifyThat("On the wijkteam route the approach for vulnerable parents takes up a question about the child or the pregnancy on two domains, or about her health and money")
                .given(q -> q.topics(PARENTING, MONEY, HOUSING).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME).age(19))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam"));
    }

    @Test
    void theApproachForVulnerableParentsMakesItASpecificReferralWithTheWijkteamNamed() {
        VERIFIER.verifyThat("Outcome: the approach for vulnerable parents takes up a question on more than one domain, so it is a specific referral")
                .given(q -> q.topics(PARENTING, MONEY).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.SINGLE_PARENT).age(24))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("sociaal-wijkteam");
                    assertThat(a.explanation()).anyMatch(l -> l.startsWith("De vraag raakt meer dan één levensgebied, maar de aanpak voor kwetsbare"));
                });
        VERIFIER.verifyThat("Outcome: the approach for vulnerable parents takes up a question on more than one domain, so it is a specific referral")
                .given(q -> q.topics(PARENTING, MONEY).childAges(6).age(40))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void aWorriedPregnant19YearOldAtTheGpIsIntroducedInPerson() {
        VERIFIER.verifyThat("A vulnerable expecting or young parent referred onward is introduced in person")
                .given(q -> q.topics(PARENTING, HEALTH).age(19)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.SINGLE_PARENT, Group.LOW_INCOME)
                        .channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("Een kwetsbare (aanstaande) ouder zet de eerste stap niet snel alleen");
                });
    }

    @Test
    void aParentOfASchoolChildAskingAboutBedtimesIsNotAVulnerableParent() {
        VERIFIER.verifyThat("A vulnerable expecting or young parent referred onward is introduced in person")
                .given(q -> q.topics(PARENTING).age(38).childAges(8))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("Een kwetsbare (aanstaande) ouder"));
    }

    @Test
    void voorzorgIsARealOptionForAPregnant19YearOldAtTheGpNotTheLastOne() {
        VERIFIER.verifyThat("A vulnerable expecting or young parent is visited at home by an offer made for them")
                .given(q -> q.topics(PARENTING, MONEY, HOUSING).explicit(false).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME)
                        .reluctance(nl.dordrecht.triage.Reluctance.DOES_NOT_KNOW_WHERE).age(19).neighbourhood("Krispijn")
                        .channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a).indexOf("jgz-voorzorg")).isBetween(1, 3);
                    assertThat(suggested(a)).contains("home-start");
                });
    }

    @Test
    void atSchoolANewStatushoudersFormStillGoesToVluchtelingenWerkAsTheRouteLineSays() {
        VERIFIER.verifyThat("In the first 15 months VluchtelingenWerk is the suggestion")
                .given(q -> q.topics(LETTERS_AND_FORMS, PARENTING, INTEGRATION).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .age(36).childAges(7).groups(Group.STATUSHOUDER).monthsInDordrecht(8)
                        .barriers(nl.dordrecht.triage.Barrier.LIMITED_DUTCH).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk");
                    assertThat(suggested(a)).contains("schoolmaatschappelijk-werk");
                    assertThat(explanation(a)).contains("begeleid door VluchtelingenWerk");
                });
    }

    @Test
    void anExhaustedFirstTimeMotherInNoVulnerableSituationStartsAtTheConsultatiebureau() {
        VERIFIER.verifyThat("Support made for vulnerable parents does not lead for a parent in no vulnerable situation")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).childAges(0)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT).channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jgz-consultatiebureau");
                    assertThat(suggested(a)).contains("moeders-informeren-moeders");
                });
    }

    @Test
    void aVulnerableYoungMotherIsStillLedByTheSupportMadeForHer() {
        VERIFIER.verifyThat("Support made for vulnerable parents does not lead for a parent in no vulnerable situation")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).childAges(0).age(19)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isIn("home-start", "buurtgezinnen", "jgz-voorzorg"));
    }

    @Test
    void aVulnerablePregnantWomanHasVoorzorgBeforeTheConsultatiebureau() {
        VERIFIER.verifyThat("For a vulnerable expecting parent the consultatiebureau comes after the birth")
                .given(q -> q.topics(PARENTING, HEALTH).age(22).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.SINGLE_PARENT, Group.LOW_INCOME)
                        .barriers(nl.dordrecht.triage.Barrier.LIMITED_DUTCH).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(suggested(a)).contains("jgz-voorzorg", "jgz-consultatiebureau");
                    assertThat(suggested(a).indexOf("jgz-voorzorg")).isLessThan(suggested(a).indexOf("jgz-consultatiebureau"));
                    assertThat(suggestion(a, "jgz-consultatiebureau").reasons()).contains("Is er voor ouders vanaf de geboorte van het kind.");
                });
    }

    @Test
    void aHealthyExpectingMotherMayStartAtTheConsultatiebureau() {
        VERIFIER.verifyThat("For a vulnerable expecting parent the consultatiebureau comes after the birth")
                .given(q -> q.topics(PARENTING, HEALTH).age(28).groups(Group.PREGNANT_OR_YOUNG_PARENT)
                        .complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("jgz-consultatiebureau"));
    }

    @Test
    void aFormerDetaineeKeepsBuddyzorgWhateverTheyAsk() {
        VERIFIER.verifyThat("A former detainee keeps the buddy support made for them in the advice")
                .given(q -> q.topics(WORK_EDUCATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).groups(Group.EX_DETAINEE).age(24))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("leerwerkloket");
                    assertThat(suggestion(a, "buddyzorg").reasons()).anyMatch(r -> r.startsWith("Speciaal voor wie uit detentie komt"));
                });
    }

    @Test
    void buddyzorgIsNotNamedForSomeoneWhoWasNeverDetained() {
        VERIFIER.verifyThat("A former detainee keeps the buddy support made for them in the advice")
                .given(q -> q.topics(WORK_EDUCATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(24))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("buddyzorg"));
    }

    @Test
    void aFormerDetaineeReferredOnwardIsIntroducedInPerson() {
        VERIFIER.verifyThat("A former detainee referred onward is introduced in person")
                .given(q -> q.topics(WORK_EDUCATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).groups(Group.EX_DETAINEE).age(24))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("Na detentie komt er veel tegelijk");
                });
    }

    @Test
    void aFormerDetaineeHelpedOnTheSpotIsNotHandedOver() {
        VERIFIER.verifyThat("A former detainee referred onward is introduced in person")
                .given(q -> q.topics(LETTERS_AND_FORMS).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL).groups(Group.EX_DETAINEE).age(30))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(explanation(a)).doesNotContain("Na detentie");
                });
    }

    @Test
    void aNewStatushoudersLetterHelpedOnTheSpotKeepsVluchtelingenWerkInformed() {
        VERIFIER.verifyThat("In the first 15 months a question helped on the spot keeps VluchtelingenWerk informed")
                .given(q -> q.topics(INTEGRATION, LANGUAGE, LETTERS_AND_FORMS).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .groups(Group.STATUSHOUDER).monthsInDordrecht(8).age(38).neighbourhood("Crabbehof")
                        .channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("de-crabbehoeve");
                    assertThat(suggestion(a, "vluchtelingenwerk").reasons()).anyMatch(r -> r.contains("spreek met de bewoner af dat VluchtelingenWerk op de hoogte blijft"));
                });
    }

    @Test
    void aNewStatushoudersLetterOnThePhoneGoesToVluchtelingenWerkItself() {
        VERIFIER.verifyThat("In the first 15 months a question helped on the spot keeps VluchtelingenWerk informed")
                .given(q -> q.topics(INTEGRATION, LETTERS_AND_FORMS).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .groups(Group.STATUSHOUDER).monthsInDordrecht(8).age(38).channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk"));
    }

    @Test
    void onTheWijkteamRouteAYouthChainApproachForTheGroupSaysItIsMadeForThem() {
        VERIFIER.verifyThat("On the wijkteam route an offer for the resident's group that knows part of the question is an alternative")
                .given(q -> q.topics(WORK_EDUCATION, PARENTING, MONEY).complexity(nl.dordrecht.triage.Complexity.MULTI_DOMAIN)
                        .groups(Group.YOUTH_IN_DISADVANTAGE).age(16).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(suggestion(a, "jongeren-op-de-rit").reasons().get(0)).startsWith("Speciaal voor mensen in deze situatie");
                });
    }

    @Test
    void onTheWijkteamRouteAnOfferForAnotherGroupIsNotSaidToBeMadeForThisResident() {
        VERIFIER.verifyThat("On the wijkteam route an offer for the resident's group that knows part of the question is an alternative")
                .given(q -> q.topics(WORK_EDUCATION, PARENTING, MONEY).complexity(nl.dordrecht.triage.Complexity.MULTI_DOMAIN)
                        .age(40).childAges(8))
                .doesNotFire().andAdvice(a -> assertThat(a.alternatives()).allSatisfy(s ->
                        assertThat(s.reasons()).noneMatch(r -> r.startsWith("Speciaal voor mensen in deze situatie, met kennis"))));
    }

    @Test
    void aVulnerablePregnantWomansHealthQuestionAtTheGpIsLedByVoorzorgWithTheVolunteersBeside() {
        VERIFIER.verifyThat("A vulnerable expecting or young parent's health question is led by the youth health care that visits")
                .given(q -> q.topics(PARENTING, HEALTH).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME, Group.SINGLE_PARENT).age(22)
                        .neighbourhood("Krispijn").channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jgz-voorzorg");
                    assertThat(suggested(a)).contains("home-start");
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                });
    }

    @Test
    void aVulnerableYoungParentsParentingQuestionStartsWithTheVolunteers() {
        VERIFIER.verifyThat("A vulnerable expecting or young parent's health question is led by the youth health care that visits")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME).childAges(1).age(22))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("jgz-voorzorg"));
    }

    @Test
    void aProfessionalServiceMadeForTheGroupIsMadeForThemWithoutAClaimOfRecognition() {
        VERIFIER.verifyThat("An offer made for the resident's group is on the route and lowers the threshold")
                .given(q -> q.topics(PARENTING, HEALTH).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME).age(22))
                .fires().andAdvice(a -> {
                    assertThat(suggestion(a, "jgz-voorzorg").reasons()).contains("Speciaal voor mensen in deze situatie.")
                            .noneMatch(r -> r.contains("herkenning"));
                    assertThat(suggestion(a, "home-start").reasons()).anyMatch(r -> r.contains("herkenning verlaagt de drempel"));
                });
    }

    @Test
    void anOrdinaryQuestionAboutABabysSleepGetsNoOffersForVulnerableParents() {
        VERIFIER.verifyThat("Help made for vulnerable parents is no option for a parent in no vulnerable situation")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT).childAges(0).age(27).channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jgz-consultatiebureau");
                    assertThat(suggested(a)).doesNotContain("buurtgezinnen", "home-start", "jgz-voorzorg")
                            .contains("moeders-informeren-moeders", "schapenkopjes");
                });
    }

    @Test
    void aVulnerableYoungParentKeepsTheVolunteersWhoVisit() {
        VERIFIER.verifyThat("Help made for vulnerable parents is no option for a parent in no vulnerable situation")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.SINGLE_PARENT).childAges(0).age(27))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("home-start"));
    }

    @Test
    void theDordtpasMadeForMinimaSaysWhatItPaysFor() {
        VERIFIER.verifyThat("An offer made for the resident's group is on the route and lowers the threshold")
                .given(q -> q.topics(PARTICIPATION).groups(Group.LOW_INCOME).age(40))
                .fires().andAdvice(a -> {
                    assertThat(suggestion(a, "dordtpas").reasons()).contains("Gratis voor wie weinig te besteden heeft: meedoen aan sport, cultuur en vrije tijd, zonder stempel.")
                            .noneMatch(r -> r.startsWith("Speciaal voor mensen in deze situatie"));
                });
    }

    @Test
    void inTheAppAPregnantNineteenYearOldAskingWhereToReadStartsAtTheWebsite() {
        VERIFIER.verifyThat("A vulnerable expecting or young parent's health question is led by the youth health care that visits")
                .given(q -> q.topics(PARENTING, HEALTH).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .groups(Group.PREGNANT_OR_YOUNG_PARENT).age(19).channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("schapenkopjes");
                    assertThat(suggested(a)).contains("jgz-voorzorg");
                });
    }

    @Test
    void anIntensiveChainApproachDoesNotLeadAQuestionOnOneLifeDomain() {
        VERIFIER.verifyThat("An intensive approach on several life domains does not lead a question on one")
                .given(q -> q.topics(DEBTS, MONEY).groups(Group.YOUTH_IN_DISADVANTAGE, Group.LOW_INCOME).age(18).channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("jongeren-op-de-rit");
                    assertThat(suggested(a)).contains("jongeren-op-de-rit");
                });
        VERIFIER.verifyThat("An intensive approach on several life domains does not lead a question on one")
                .given(q -> q.topics(WORK_EDUCATION, MONEY, HOUSING, MENTAL_HEALTH).groups(Group.YOUTH_IN_DISADVANTAGE).age(17))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("jongeren-op-de-rit"));
    }

    @Test
    void anIntensiveChainApproachIsNoOptionForASimplePracticalQuestion() {
        VERIFIER.verifyThat("An intensive approach on several life domains is no option for a simple practical question")
                .given(q -> q.topics(MONEY, WORK_EDUCATION).complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL)
                        .groups(Group.LOW_INCOME, Group.YOUTH_IN_DISADVANTAGE).age(16).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jongerenwerk");
                    assertThat(suggested(a)).doesNotContain("jongeren-op-de-rit");
                });
        VERIFIER.verifyThat("An intensive approach on several life domains is no option for a simple practical question")
                .given(q -> q.topics(WORK_EDUCATION).groups(Group.YOUTH_IN_DISADVANTAGE).age(17))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("jongeren-op-de-rit"));
    }

    @Test
    void aYoungMotherAskingWhereToLearnDutchIsNotOfferedHomeVisitsForVulnerableParents() {
        VERIFIER.verifyThat("A vulnerable expecting or young parent is visited at home by an offer made for them")
                .given(q -> q.topics(LANGUAGE).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .barriers(nl.dordrecht.triage.Barrier.LIMITED_DUTCH).groups(Group.MIGRANT_BACKGROUND, Group.PREGNANT_OR_YOUNG_PARENT)
                        .age(24).childAges(2).channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("bibliotheek-aanzet");
                    assertThat(suggested(a)).doesNotContain("home-start", "jgz-voorzorg");
                });
    }
}
