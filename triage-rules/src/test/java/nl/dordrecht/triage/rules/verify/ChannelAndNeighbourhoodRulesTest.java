package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestions;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import org.junit.jupiter.api.Test;

/** channel.drl and neighbourhood.drl, one rule at a time: where the question surfaced, and how close to home. */
class ChannelAndNeighbourhoodRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    // --- channel.drl

    @Test
    void aQuestionTheWijkteamPassesOnIsHandedOverWarmly() {
        VERIFIER.verifyThat("A question the wijkteam passes on is handed over warmly")
                .given(q -> q.topics(DEBTS).age(50).channel(Channel.WIJKTEAM))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.explanation()).anyMatch(l -> l.startsWith("Het wijkteam geeft de vraag door"));
                });
    }

    @Test
    void theSameQuestionFromElsewhereIsASelfReferral() {
        VERIFIER.verifyThat("A question the wijkteam passes on is handed over warmly")
                .given(q -> q.topics(DEBTS).age(50).channel(Channel.OTHER))
                .doesNotFire().andAdvice(a -> assertThat(a.handover()).isEqualTo(Handover.SELF_REFERRAL));
    }

    @Test
    void aQuestionTheWijkteamKeepsIsNotPassedOn() {
        VERIFIER.verifyThat("A question the wijkteam passes on is handed over warmly")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35).channel(Channel.WIJKTEAM))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.explanation()).noneMatch(l -> l.startsWith("Het wijkteam geeft de vraag door"));
                });
    }

    @Test
    void thePohJeugdIsNotSuggestedOutsideTheGpPractice() {
        VERIFIER.verifyThat("A specific offer reached only where it is present is suggested there")
                .given(q -> q.topics(PARENTING).childAges(8).age(40).channel(Channel.OTHER))
                .fires().andAdvice(a -> {
                    assertThat(suggested(a)).doesNotContain("poh-jeugd");
                    assertThat(a.primary().offerId()).isEqualTo("jgz-jeugdverpleegkundige");
                });
    }

    @Test
    void atTheGpThePohJeugdIsTheNearestStep() {
        VERIFIER.verifyThat("A specific offer reached only where it is present is suggested there")
                .given(q -> q.topics(PARENTING).childAges(8).age(40).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("poh-jeugd"));
    }

    @Test
    void onTheHulplijnPhoneTheHulplijnIsNotSuggested() {
        VERIFIER.verifyThat("On the Hulplijn phone line the Hulplijn itself is never suggested")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(50).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("hulplijn-dordt"));
    }

    @Test
    void elsewhereTheHulplijnRuleDoesNotApply() {
        // The Hulplijn is a signpost, which no route rule puts forward, so it is not suggested here either.
        VERIFIER.verifyThat("On the Hulplijn phone line the Hulplijn itself is never suggested")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(50).channel(Channel.OTHER))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("hulplijn-dordt"));
    }

    // --- neighbourhood.drl

    @Test
    void theMeetingPlaceInTheResidentsOwnWijkComesFirst() {
        VERIFIER.verifyThat("An offer in the resident's own wijk comes first")
                .given(q -> q.topics(LONELINESS).age(50).neighbourhood("Vogelbuurt"))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("het-vogelnest");
                    assertThat(a.primary().reasons()).contains("In de eigen wijk: dichtbij huis.");
                });
    }

    @Test
    void inAWijkWithoutItsOwnOfferNothingIsPreferredForBeingNear() {
        VERIFIER.verifyThat("An offer in the resident's own wijk comes first")
                .given(q -> q.topics(LONELINESS).age(50).neighbourhood("Dubbeldam"))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("het-vogelnest");
                    assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons()).doesNotContain("In de eigen wijk: dichtbij huis."));
                });
    }

    @Test
    void meetingPlacesInOtherWijkenAreNoOption() {
        VERIFIER.verifyThat("A meeting place in another wijk is not a real option")
                .given(q -> q.topics(LONELINESS).age(50).neighbourhood("Dubbeldam"))
                .fires().andAdvice(a -> assertThat(suggested(a))
                        .doesNotContain("het-vogelnest", "de-crabbehoeve", "tuin-van-sterrenburg")
                        .contains("de-buitenwacht"));
    }

    @Test
    void inItsOwnWijkTheMeetingPlaceStaysWhileTheOthersGo() {
        VERIFIER.verifyThat("A meeting place in another wijk is not a real option")
                .given(q -> q.topics(LONELINESS).age(50).neighbourhood("Vogelbuurt"))
                .fires().andAdvice(a -> assertThat(suggested(a)).contains("het-vogelnest")
                        .doesNotContain("de-crabbehoeve", "tuin-van-sterrenburg"));
    }

    @Test
    void aDebtQuestionHasNoWijkBoundMeetingPlaceToRuleOut() {
        VERIFIER.verifyThat("A meeting place in another wijk is not a real option")
                .given(q -> q.topics(DEBTS).age(50).neighbourhood("Dubbeldam"))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("schuldhulpmaatje"));
    }

    @Test
    void anOfferInAnotherWijkIsRaisedEvenWhenTheWijkIsUnknown() {
        // Every wijk-bound offer in the catalogue is a meeting place, which the rule above already rules out: the
        // raise leaves no trace in the advice.
        VERIFIER.verifyThat("An offer in another wijk is further from home")
                .given(q -> q.topics(LONELINESS).age(50))
                .fires().andAdvice(a -> {
                    assertThat(suggested(a)).doesNotContain("het-vogelnest", "de-crabbehoeve", "tuin-van-sterrenburg");
                    assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons()).noneMatch(r -> r.contains("verder van huis")));
                });
    }

    @Test
    void aDebtQuestionHasNoOfferInAnotherWijk() {
        VERIFIER.verifyThat("An offer in another wijk is further from home")
                .given(q -> q.topics(DEBTS).age(50).neighbourhood("Dubbeldam"))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().threshold()).isEqualTo(3));
    }

    @Test
    void atTheGpALonelyAdultWithPsychiatricComplaintsIsIntroducedInPerson() {
        VERIFIER.verifyThat("At the GP a lonely adult with psychiatric complaints is introduced in person")
                .given(q -> q.topics(LONELINESS, PARTICIPATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(nl.dordrecht.triage.Group.PSYCHIATRIC_VULNERABILITY).age(34).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(explanation(a)).contains("Sociaal Recept");
                });
        VERIFIER.verifyThat("At the GP a lonely adult with psychiatric complaints is introduced in person")
                .given(q -> q.topics(LONELINESS, PARTICIPATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(nl.dordrecht.triage.Group.PSYCHIATRIC_VULNERABILITY).age(34).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("Sociaal Recept"));
    }

    @Test
    void aMotherNoticedAtHerWijksMeetingPlaceStartsThereNotAtAGroupElsewhere() {
        VERIFIER.verifyThat("At a meeting place an unasked question starts at the meeting place of the resident's own wijk")
                .given(q -> q.topics(PARENTING).explicit(false).reluctance(nl.dordrecht.triage.Reluctance.FEAR_OF_CONSEQUENCES)
                        .groups(nl.dordrecht.triage.Group.SINGLE_PARENT).age(29).childAges(2, 5).neighbourhood("Crabbehof")
                        .channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().offerId()).isEqualTo("de-crabbehoeve");
                    // The place ranks first without a reason of its own: its wijk and the trust are said already.
                    assertThat(a.primary().reasons()).contains("In de eigen wijk: dichtbij huis.")
                            .noneMatch(r -> r.startsWith("Een ontmoetingsplek in de eigen wijk"));
                });
    }

    @Test
    void aQuestionAskedAtAMeetingPlaceIsNotTheUnaskedRule() {
        VERIFIER.verifyThat("At a meeting place an unasked question starts at the meeting place of the resident's own wijk")
                .given(q -> q.topics(PARENTING).groups(nl.dordrecht.triage.Group.SINGLE_PARENT).age(29).childAges(2, 5)
                        .neighbourhood("Crabbehof").channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("de-crabbehoeve"));
    }
}
