package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Group;
import org.junit.jupiter.api.Test;

/** barriers.drl, one rule at a time: what makes an offer harder or easier to reach for this person. */
class BarriersRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    // --- Homebound ---

    @Test
    void aHomeboundResidentIsNotSentToAnOfferThatDoesNotComeToTheDoor() {
        VERIFIER.verifyThat("A homebound resident cannot get to an offer that does not come to the door")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35).barriers(Barrier.HOMEBOUND))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(suggested(a)).doesNotContain("poh-jeugd");
                });
    }

    @Test
    void aResidentWhoGetsOutKeepsTheOffersThatDoNotComeToTheDoor() {
        VERIFIER.verifyThat("A homebound resident cannot get to an offer that does not come to the door")
                .given(q -> q.topics(NEIGHBOURS).age(40))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("buurtbemiddeling"));
    }

    @Test
    void theSterrenburgGardenDoesNotVisitAHomeboundResidentInKrispijn() {
        VERIFIER.verifyThat("Outreach in another wijk does not reach a homebound resident")
                .given(q -> q.topics(LONELINESS).barriers(Barrier.HOMEBOUND).age(80).neighbourhood("Krispijn"))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(suggested(a)).doesNotContain("tuin-van-sterrenburg");
                });
    }

    @Test
    void theSterrenburgGardenVisitsAHomeboundResidentInSterrenburg() {
        VERIFIER.verifyThat("Outreach in another wijk does not reach a homebound resident")
                .given(q -> q.topics(LONELINESS).barriers(Barrier.HOMEBOUND).age(80).neighbourhood("Sterrenburg"))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("tuin-van-sterrenburg");
                    assertThat(a.primary().reasons()).contains("Komt bij de bewoner thuis.");
                });
    }

    @Test
    void aHomeboundResidentReferredToTheWijkteamIsVisitedAtHome() {
        VERIFIER.verifyThat("A homebound resident referred onward is visited at home")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35).barriers(Barrier.HOMEBOUND))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.handover()).isEqualTo(Handover.OUTREACH_VISIT);
                    assertThat(a.explanation()).contains("De bewoner komt de deur niet uit: het wijkteam of de sociaal makelaar komt op huisbezoek.");
                });
    }

    @Test
    void aResidentWhoGetsOutIsIntroducedToTheWijkteamWithoutAVisit() {
        VERIFIER.verifyThat("A homebound resident referred onward is visited at home")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                });
    }

    // --- Low literacy, limited Dutch ---

    @Test
    void withLowLiteracyADebtReferralIsMadeInPerson() {
        VERIFIER.verifyThat("With low literacy or limited Dutch a referral is made in person")
                .given(q -> q.topics(DEBTS).age(45).barriers(Barrier.LOW_LITERACY))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("maak de afspraak samen of ga mee");
                });
    }

    @Test
    void withLimitedDutchADebtReferralIsMadeInPersonToo() {
        VERIFIER.verifyThat("With low literacy or limited Dutch a referral is made in person")
                .given(q -> q.topics(DEBTS).age(45).barriers(Barrier.LIMITED_DUTCH))
                .fires().andAdvice(a -> assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER));
    }

    @Test
    void withLowLiteracyALetterHelpedOnTheSpotNeedsNoReferralInPerson() {
        VERIFIER.verifyThat("With low literacy or limited Dutch a referral is made in person")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(45).barriers(Barrier.LOW_LITERACY).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(Handover.SELF_REFERRAL);
                    assertThat(explanation(a)).doesNotContain("maak de afspraak samen of ga mee");
                });
    }

    @Test
    void withLowLiteracyTheDebtHelpUsedToItComesFirst() {
        VERIFIER.verifyThat("With low literacy face-to-face help that handles it comes first")
                .given(q -> q.topics(DEBTS).age(45).barriers(Barrier.LOW_LITERACY))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("financieel-hulphuis");
                    assertThat(a.primary().threshold()).isEqualTo(2);
                    assertThat(a.primary().reasons())
                            .contains("Helpt persoonlijk en is gewend aan mensen die moeite hebben met lezen en schrijven.");
                });
    }

    @Test
    void withoutLowLiteracyTheDebtBuddyLeadsAndTheHulphuisKeepsItsThreshold() {
        VERIFIER.verifyThat("With low literacy face-to-face help that handles it comes first")
                .given(q -> q.topics(DEBTS).age(45))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("schuldhulpmaatje");
                    assertThat(suggestion(a, "financieel-hulphuis").threshold()).isEqualTo(3);
                });
    }

    @Test
    void withLowLiteracyTheOnlineParentingSiteDoesNotFit() {
        VERIFIER.verifyThat("With low literacy or limited Dutch an online offer in written Dutch does not fit")
                .given(q -> q.topics(PARENTING).childAges(1).age(30).barriers(Barrier.LOW_LITERACY))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("schapenkopjes"));
    }

    @Test
    void withoutLowLiteracyTheOnlineParentingSiteIsSuggested() {
        VERIFIER.verifyThat("With low literacy or limited Dutch an online offer in written Dutch does not fit")
                .given(q -> q.topics(PARENTING).childAges(1).age(30))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("schapenkopjes"));
    }

    @Test
    void withLimitedDutchFaceToFaceLanguageHelpComesFirst() {
        VERIFIER.verifyThat("With limited Dutch face-to-face help that works in simple language comes first")
                .given(q -> q.topics(LANGUAGE).age(45).barriers(Barrier.LIMITED_DUTCH))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("bibliotheek-aanzet");
                    assertThat(suggestion(a, "taalvrijwilligers").threshold()).isEqualTo(2);
                    // Said once, at the first suggestion it holds for (every one here): RepeatedReasons.
                    assertThat(a.primary().reasons()).contains("Helpt persoonlijk, ook als iemand nog weinig Nederlands spreekt.");
                });
    }

    @Test
    void withoutLimitedDutchTheLanguageVolunteersKeepTheirThreshold() {
        VERIFIER.verifyThat("With limited Dutch face-to-face help that works in simple language comes first")
                .given(q -> q.topics(LANGUAGE).age(45))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("bibliotheek-aanzet");
                    assertThat(suggestion(a, "taalvrijwilligers").threshold()).isEqualTo(3);
                });
    }

    @Test
    void withLimitedDutchTheOnlineParentingSiteDoesNotFit() {
        VERIFIER.verifyThat("With low literacy or limited Dutch an online offer in written Dutch does not fit")
                .given(q -> q.topics(PARENTING).childAges(1).age(30).complexity(Complexity.SIMPLE_PRACTICAL)
                        .barriers(Barrier.LIMITED_DUTCH))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("schapenkopjes"));
    }

    @Test
    void withoutABarrierTheOnlineParentingSiteKeepsItsThreshold() {
        VERIFIER.verifyThat("With low literacy or limited Dutch an online offer in written Dutch does not fit")
                .given(q -> q.topics(PARENTING).childAges(1).age(30).complexity(Complexity.SIMPLE_PRACTICAL))
                .doesNotFire().andAdvice(a -> assertThat(suggestion(a, "schapenkopjes").threshold()).isEqualTo(2));
    }

    // --- Low digital skills ---

    @Test
    void withLowDigitalSkillsTheOnlineParentingSiteDoesNotFit() {
        VERIFIER.verifyThat("With low digital skills an online-only offer does not fit")
                .given(q -> q.topics(PARENTING).childAges(1).age(30).barriers(Barrier.LOW_DIGITAL_SKILLS))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jgz-consultatiebureau");
                    assertThat(suggested(a)).doesNotContain("schapenkopjes");
                });
    }

    @Test
    void withDigitalSkillsTheOnlineSiteStillFits() {
        VERIFIER.verifyThat("With low digital skills an online-only offer does not fit")
                .given(q -> q.topics(PARENTING).childAges(1).age(30).complexity(Complexity.SIMPLE_PRACTICAL))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("schapenkopjes"));
    }

    @Test
    void withLowDigitalSkillsTheInformationPointIsNamedForTheDigitalGovernment() {
        VERIFIER.verifyThat("With low digital skills the information point helps with the digital government")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(45).barriers(Barrier.LOW_DIGITAL_SKILLS))
                .fires().andAdvice(a -> {
                    assertThat(suggestion(a, "bibliotheek-aanzet").reasons())
                            .contains("Helpt met brieven en formulieren die online verder moeten (DigiD, de digitale overheid), zorgvuldig met persoonlijke gegevens.");
                    assertThat(explanation(a)).contains("het informatiepunt van de bibliotheek helpt daar zorgvuldig mee");
                });
    }

    @Test
    void onTheWijkteamRouteTheInformationPointIsNotNamedForTheDigitalGovernment() {
        VERIFIER.verifyThat("With low digital skills the information point helps with the digital government")
                .given(q -> q.topics(LETTERS_AND_FORMS, HOUSING, PARENTING).childAges(7).age(45)
                        .barriers(Barrier.LOW_DIGITAL_SKILLS))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(suggested(a)).doesNotContain("bibliotheek-aanzet");
                    assertThat(explanation(a)).doesNotContain("DigiD");
                });
    }

    @Test
    void withLowDigitalSkillsTheInformationPointLeadsForAForm() {
        VERIFIER.verifyThat("With low digital skills the information point comes first for the digital government")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(45).barriers(Barrier.LOW_DIGITAL_SKILLS))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("bibliotheek-aanzet");
                    assertThat(a.primary().threshold()).isEqualTo(1);
                });
    }

    @Test
    void withDigitalSkillsAMeetingPlaceLeadsForAForm() {
        VERIFIER.verifyThat("With low digital skills the information point comes first for the digital government")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(45))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("bibliotheek-aanzet");
                    assertThat(suggestion(a, "bibliotheek-aanzet").threshold()).isEqualTo(2);
                });
    }

    @Test
    void aHomeboundBereavedResidentKeepsTrostAndIsToldToAskForACallOrVisit() {
        VERIFIER.verifyThat("For a homebound resident an offer named for the situation is asked to come by or call")
                .given(q -> q.topics(LONELINESS).barriers(Barrier.HOMEBOUND).groups(nl.dordrecht.triage.Group.BEREAVED).age(82))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.OUTREACH);
                    assertThat(suggestion(a, "trost").reasons())
                            .contains("Komt niet vanzelf aan huis: vraag of een gesprek thuis of aan de telefoon kan.");
                });
    }

    @Test
    void aBereavedResidentWhoGetsOutIsNotToldToAskForAVisit() {
        VERIFIER.verifyThat("For a homebound resident an offer named for the situation is asked to come by or call")
                .given(q -> q.topics(LONELINESS).groups(nl.dordrecht.triage.Group.BEREAVED).age(82))
                .doesNotFire().andAdvice(a -> assertThat(suggestion(a, "trost").reasons())
                        .doesNotContain("Komt niet vanzelf aan huis: vraag of een gesprek thuis of aan de telefoon kan."));
    }

    @Test
    void aHomeboundWidowsGriefSupportIsNamedButWhoComesToTheDoorGoesFirst() {
        VERIFIER.verifyThat("For a homebound resident an offer named for the situation is asked to come by or call")
                .given(q -> q.topics(LETTERS_AND_FORMS, LONELINESS).complexity(Complexity.SIMPLE_PRACTICAL).age(84)
                        .barriers(Barrier.HOMEBOUND).groups(nl.dordrecht.triage.Group.BEREAVED))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("trost");
                    assertThat(suggestion(a, "trost").reasons()).contains("Komt niet vanzelf aan huis: vraag of een gesprek thuis of aan de telefoon kan.");
                });
    }

    @Test
    void aWomanOf67WithDigidHuurtoeslagAndWoonkeusGetsTheInformationPointBesideTheWijkteam() {
        VERIFIER.verifyThat("With low digital skills the information point helps with the forms on any route")
                .given(q -> q.topics(LETTERS_AND_FORMS, HOUSING, MONEY).age(67).barriers(Barrier.LOW_DIGITAL_SKILLS)
                        .channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> assertThat(suggestion(a, "bibliotheek-aanzet").reasons())
                        .contains("Helpt met brieven en formulieren die online verder moeten (DigiD, de digitale overheid), zorgvuldig met persoonlijke gegevens."));
    }

    @Test
    void withoutTroubleWithTheComputerTheFormsGoWithTheRestOfTheQuestion() {
        VERIFIER.verifyThat("With low digital skills the information point helps with the forms on any route")
                .given(q -> q.topics(LETTERS_AND_FORMS, HOUSING, MONEY).age(67)).doesNotFire()
                .andAdvice(a -> assertThat(suggested(a)).doesNotContain("bibliotheek-aanzet"));
    }

    @Test
    void withLimitedDutchTheHelpNearbyIsArrangedTogetherWhenAskedAtSchool() {
        VERIFIER.verifyThat("With low literacy or limited Dutch the help nearby is arranged together")
                .given(q -> q.topics(MONEY).complexity(Complexity.SIMPLE_PRACTICAL).childAges(12).groups(Group.LOW_INCOME)
                        .barriers(Barrier.LIMITED_DUTCH).channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("leg het eerste contact samen");
                });
    }

    @Test
    void atAMeetingPlaceTheVolunteerWithTheResidentHelpsThereAndThen() {
        VERIFIER.verifyThat("With low literacy or limited Dutch the help nearby is arranged together")
                .given(q -> q.topics(LETTERS_AND_FORMS).barriers(Barrier.LIMITED_DUTCH).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("leg het eerste contact samen"));
    }

    @Test
    void aFormerDetaineesDigidLetterStartsAtTheInformationPointWithBuddyzorgBeside() {
        VERIFIER.verifyThat("With low digital skills an offer made for the resident's group does not lead a letter that must go online")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.EX_DETAINEE).barriers(Barrier.LOW_DIGITAL_SKILLS).age(45).channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("bibliotheek-aanzet");
                    assertThat(suggested(a)).contains("buddyzorg");
                });
    }

    @Test
    void aFormerDetaineesLetterWithoutTheComputerKeepsBuddyzorgFirst() {
        VERIFIER.verifyThat("With low digital skills an offer made for the resident's group does not lead a letter that must go online")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.EX_DETAINEE).age(45).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("buddyzorg"));
    }

    @Test
    void aHomeboundCarerKeepsTheCarersExpertiseAskedToCallOrComeBy() {
        VERIFIER.verifyThat("A homebound carer keeps the carers' expertise in the advice")
                .given(q -> q.topics(CAREGIVING).groups(nl.dordrecht.triage.Group.INFORMAL_CARER).barriers(Barrier.HOMEBOUND).age(62))
                .fires().andAdvice(a -> assertThat(Advices.suggestion(a, "mee-mantelzorg").reasons())
                        .contains("Komt niet vanzelf aan huis: vraag of een gesprek thuis of aan de telefoon kan."));
        VERIFIER.verifyThat("A homebound carer keeps the carers' expertise in the advice")
                .given(q -> q.topics(LONELINESS).barriers(Barrier.HOMEBOUND).age(80))
                .doesNotFire().andAdvice(a -> assertThat(Advices.suggested(a)).doesNotContain("mee-mantelzorg"));
    }
}
