package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.SafetySignal;
import org.junit.jupiter.api.Test;

/** safety.drl, one rule at a time: a safety signal escalates, and what the advice then says. */
class SafetyRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void domesticViolenceGoesToVeiligThuis() {
        VERIFIER.verifyThat("On the safety route the offers that take the signal are the suggestion")
                .given(q -> q.topics(RELATIONSHIPS).safetySignals(SafetySignal.DOMESTIC_VIOLENCE).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.SAFETY_ESCALATION);
                    assertThat(a.primary().offerId()).isEqualTo("veilig-thuis");
                    assertThat(a.primary().reasons()).contains("Neemt dit veiligheidssignaal direct in behandeling.");
                });
    }

    @Test
    void aRelationshipQuestionWithoutASignalDoesNotReachVeiligThuis() {
        VERIFIER.verifyThat("On the safety route the offers that take the signal are the suggestion")
                .given(q -> q.topics(RELATIONSHIPS).age(35))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isNotEqualTo(Route.SAFETY_ESCALATION);
                    assertThat(suggested(a)).doesNotContain("veilig-thuis");
                });
    }

    @Test
    void inAcuteDanger112LeadsWithNoThreshold() {
        VERIFIER.verifyThat("In acute danger 112 has no threshold")
                .given(q -> q.topics(HEALTH).safetySignals(SafetySignal.ACUTE_DANGER).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("alarmnummer-112");
                    assertThat(a.primary().threshold()).isZero();
                    assertThat(a.primary().reasons()).containsExactly("Geen drempel: nu bellen, ook als niet alles duidelijk is.");
                });
    }

    @Test
    void inAcuteDangerVeiligThuisTakesTheSignalUpAfterIt() {
        VERIFIER.verifyThat("On the safety route the offers that take the signal are the suggestion")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING).safetySignals(SafetySignal.ACUTE_DANGER, SafetySignal.DOMESTIC_VIOLENCE)
                        .childAges(2).age(24))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("alarmnummer-112");
                    assertThat(suggestion(a, "veilig-thuis").reasons()).containsExactly("Na het acute gevaar: neemt dit veiligheidssignaal verder in behandeling.");
                    // The children are part of the danger, not something to come back to.
                    assertThat(a.signals()).anyMatch(sg -> sg.topic() == PARENTING && sg.reason().startsWith("Er zijn kinderen in huis"));
                });
    }

    @Test
    void withSuicidalThoughtsButNoAcuteDanger113LeadsAnd112IsNotSuggested() {
        VERIFIER.verifyThat("In acute danger 112 has no threshold")
                .given(q -> q.topics(MENTAL_HEALTH).safetySignals(SafetySignal.SUICIDE_RISK).age(35))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("zelfmoordpreventie-113");
                    assertThat(a.primary().threshold()).isPositive();
                    assertThat(suggested(a)).doesNotContain("alarmnummer-112");
                });
    }

    @Test
    void afterSafetyTheWijkteamIsTheNextStep() {
        VERIFIER.verifyThat("On the safety route the Sociaal Wijkteam is the next step")
                .given(q -> q.topics(RELATIONSHIPS).safetySignals(SafetySignal.DOMESTIC_VIOLENCE).age(35))
                .fires().andAdvice(a -> assertThat(a.alternatives()).anySatisfy(s -> {
                    assertThat(s.offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(s.reasons()).contains("Na de veiligheid: kijkt naar de hele situatie en wat er verder nodig is.");
                }));
    }

    @Test
    void aDebtQuestionWithoutASignalDoesNotNameTheWijkteam() {
        VERIFIER.verifyThat("On the safety route the Sociaal Wijkteam is the next step")
                .given(q -> q.topics(DEBTS).age(35))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-wijkteam"));
    }

    @Test
    void onTheSafetyRouteTheDebtHelpWaits() {
        VERIFIER.verifyThat("On the safety route only safety services, the Sociaal Wijkteam and the named follow-ups are suggested")
                .given(q -> q.topics(DEBTS).safetySignals(SafetySignal.DOMESTIC_VIOLENCE).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("veilig-thuis");
                    assertThat(suggested(a)).containsExactly("veilig-thuis", "sociaal-wijkteam");
                });
    }

    @Test
    void withoutASignalTheDebtHelpIsSuggested() {
        VERIFIER.verifyThat("On the safety route only safety services, the Sociaal Wijkteam and the named follow-ups are suggested")
                .given(q -> q.topics(DEBTS).age(35))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("schuldhulpmaatje", "financieel-hulphuis"));
    }

    @Test
    void aSuicidalQueerManKeepsDordrechtPrideAfterTheSafetyStep() {
        VERIFIER.verifyThat("On the safety route an adult keeps an offer made for their group as a follow-up")
                .given(q -> q.topics(MENTAL_HEALTH, LONELINESS).safetySignals(SafetySignal.SUICIDE_RISK)
                        .groups(nl.dordrecht.triage.Group.LGBTI).age(22))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("zelfmoordpreventie-113");
                    assertThat(suggested(a)).containsExactly("zelfmoordpreventie-113", "dordrecht-pride", "sociaal-wijkteam");
                    assertThat(Advices.suggestion(a, "dordrecht-pride").reasons())
                            .containsExactly("Na de veiligheid: speciaal voor mensen in deze situatie, voor het contact daarna.");
                });
    }

    @Test
    void anOfferForTheGroupThatKnowsNoneOfTheQuestionWaitsTillAfterTheSafetyStep() {
        VERIFIER.verifyThat("On the safety route an adult keeps an offer made for their group as a follow-up")
                .given(q -> q.topics(DEBTS).safetySignals(SafetySignal.DOMESTIC_VIOLENCE)
                        .groups(nl.dordrecht.triage.Group.LGBTI).age(35))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).containsExactly("veilig-thuis", "sociaal-wijkteam"));
    }

    @Test
    void withSuicidalThoughtsTheAdviceSaysToCall112InDangerRightNow() {
        VERIFIER.verifyThat("With a safety signal, 112 when there is danger right now")
                .given(q -> q.topics(MENTAL_HEALTH).safetySignals(SafetySignal.SUICIDE_RISK).age(35))
                .fires().andAdvice(a -> assertThat(a.explanation()).contains("Is er op dit moment direct gevaar, bel dan 112."));
    }

    @Test
    void withSuicidalThoughtsInAcuteDanger112IsAlreadyTheSuggestion() {
        VERIFIER.verifyThat("With a safety signal, 112 when there is danger right now")
                .given(q -> q.topics(MENTAL_HEALTH).safetySignals(SafetySignal.SUICIDE_RISK, SafetySignal.ACUTE_DANGER).age(35))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("alarmnummer-112");
                    assertThat(a.explanation()).doesNotContain("Is er op dit moment direct gevaar, bel dan 112.");
                });
    }

    @Test
    void aParentAfraidOfTheConsequencesHearsWhatVeiligThuisDoes() {
        VERIFIER.verifyThat("An adult afraid of the consequences hears what Veilig Thuis does first")
                .given(q -> q.topics(PARENTING).safetySignals(SafetySignal.CHILD_UNSAFE)
                        .reluctance(Reluctance.FEAR_OF_CONSEQUENCES).childAges(5).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.EMERGENCY);
                    assertThat(explanation(a)).contains("Veilig Thuis eerst meedenkt").contains("betrokken blijft");
                });
    }

    @Test
    void aParentWithoutThatFearIsNotToldWhatVeiligThuisDoes() {
        VERIFIER.verifyThat("An adult afraid of the consequences hears what Veilig Thuis does first")
                .given(q -> q.topics(PARENTING).safetySignals(SafetySignal.CHILD_UNSAFE).childAges(5).age(35))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("veilig-thuis");
                    assertThat(explanation(a)).doesNotContain("Veilig Thuis eerst meedenkt");
                });
    }

    @Test
    void anOlderResidentAfraidToGetHisSonIntoTroubleHearsWhatVeiligThuisDoes() {
        VERIFIER.verifyThat("An adult afraid of the consequences hears what Veilig Thuis does first")
                .given(q -> q.topics(ELDERLY, MONEY).explicit(false).safetySignals(SafetySignal.ELDER_ABUSE)
                        .reluctance(Reluctance.FEAR_OF_CONSEQUENCES).age(81))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("veilig-thuis");
                    assertThat(explanation(a)).contains("Veilig Thuis eerst meedenkt").contains("houd zelf contact");
                });
    }

    @Test
    void aYoungPersonWhoAsksForSecrecyIsToldHonestlyWhatHappens() {
        VERIFIER.verifyThat("A young person who fears what happens next is told honestly, without a promise of secrecy")
                .given(q -> q.topics(MENTAL_HEALTH).safetySignals(SafetySignal.SUICIDE_RISK)
                        .reluctance(Reluctance.FEAR_OF_CONSEQUENCES).age(14).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(nl.dordrecht.triage.Route.SAFETY_ESCALATION);
                    assertThat(explanation(a)).contains("Beloof de jongere geen geheimhouding");
                    assertThat(explanation(a)).doesNotContain("Veilig Thuis eerst meedenkt");
                });
    }

    @Test
    void anAdultWithTheSameFearIsNotToldAboutAYoungPersonsSecrecy() {
        VERIFIER.verifyThat("A young person who fears what happens next is told honestly, without a promise of secrecy")
                .given(q -> q.topics(MENTAL_HEALTH).safetySignals(SafetySignal.SUICIDE_RISK)
                        .reluctance(Reluctance.FEAR_OF_CONSEQUENCES).age(34))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("geheimhouding"));
    }

    @Test
    void aSuicidal17YearOldAtTheGpKeepsThePohJeugdAfterTheSafetyStep() {
        VERIFIER.verifyThat("On the safety route a young resident keeps the offer where the question surfaced as the next step")
                .given(q -> q.topics(MENTAL_HEALTH).safetySignals(SafetySignal.SUICIDE_RISK).age(17)
                        .channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("zelfmoordpreventie-113");
                    assertThat(suggested(a)).contains("poh-jeugd", "sociaal-wijkteam");
                });
        VERIFIER.verifyThat("On the safety route a young resident keeps the offer where the question surfaced as the next step")
                .given(q -> q.topics(MENTAL_HEALTH).safetySignals(SafetySignal.SUICIDE_RISK).age(40)
                        .channel(nl.dordrecht.triage.Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("poh-jeugd"));
    }

    @Test
    void domesticViolenceInAHomeWithAChildPassesTheChildOn() {
        VERIFIER.verifyThat("Domestic violence in a home with children passes the children on")
                .given(q -> q.topics(LETTERS_AND_FORMS, RELATIONSHIPS).safetySignals(SafetySignal.DOMESTIC_VIOLENCE).childAges(6).age(40))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.SAFETY_ESCALATION);
                    assertThat(a.signals()).anyMatch(s -> s.topic() == PARENTING && s.reason().contains("raakt ook hen"));
                });
    }

    @Test
    void domesticViolenceWithoutChildrenPassesNoChildOn() {
        VERIFIER.verifyThat("Domestic violence in a home with children passes the children on")
                .given(q -> q.topics(RELATIONSHIPS).safetySignals(SafetySignal.DOMESTIC_VIOLENCE).age(40))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).noneMatch(s -> s.topic() == PARENTING));
    }

    @Test
    void aSuicidal16YearOldWritingOnlineKeepsSchoolSocialWorkAndTheYouthNurseToFollow() {
        VERIFIER.verifyThat("On the safety route a young resident who asked elsewhere keeps the youth offers of school and GP as the next step")
                .given(q -> q.topics(MENTAL_HEALTH, LONELINESS).safetySignals(SafetySignal.SUICIDE_RISK).age(16).channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("zelfmoordpreventie-113");
                    assertThat(Advices.suggestion(a, "schoolmaatschappelijk-werk").reasons())
                            .contains("Na de veiligheid: op school of bij de huisarts, waar de jongere al komt, kan de jongere blijven volgen.");
                });
        VERIFIER.verifyThat("On the safety route a young resident who asked elsewhere keeps the youth offers of school and GP as the next step")
                .given(q -> q.topics(MENTAL_HEALTH).safetySignals(SafetySignal.SUICIDE_RISK).age(16).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("schoolmaatschappelijk-werk").doesNotContain("poh-jeugd"));
    }

    @Test
    void aTeachersWorryAboutBruisesOnAPupilKeepsSchoolSocialWorkAfterVeiligThuis() {
        VERIFIER.verifyThat("On the safety route a child at risk keeps the offer for the child where the worry surfaced")
                .given(q -> q.topics(PARENTING).explicit(false).childAges(9).safetySignals(SafetySignal.CHILD_UNSAFE).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("veilig-thuis");
                    assertThat(suggested(a)).contains("schoolmaatschappelijk-werk", "sociaal-wijkteam");
                });
        VERIFIER.verifyThat("On the safety route a child at risk keeps the offer for the child where the worry surfaced")
                .given(q -> q.topics(PARENTING).explicit(false).childAges(9).safetySignals(SafetySignal.CHILD_UNSAFE).channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("schoolmaatschappelijk-werk"));
    }

    @Test
    void atTheGpASafetySignalGoesToTheHuisartsNow() {
        VERIFIER.verifyThat("At the GP a safety signal goes to the huisarts now")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).safetySignals(SafetySignal.SUICIDE_RISK).age(67).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> assertThat(explanation(a)).contains("bespreek het veiligheidssignaal nu met de huisarts"));
        VERIFIER.verifyThat("At the GP a safety signal goes to the huisarts now")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).safetySignals(SafetySignal.SUICIDE_RISK).age(67).channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("huisarts"));
    }

    @Test
    void aBoyOf13TellingOfViolenceAtHomeHearsOneFollowUpLineForSchoolSocialWork() {
        VERIFIER.verifyThat("On the safety route a child at risk keeps the offer for the child where the worry surfaced")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING).safetySignals(SafetySignal.DOMESTIC_VIOLENCE, SafetySignal.CHILD_UNSAFE)
                        .age(13).childAges(13).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(Advices.suggestion(a, "schoolmaatschappelijk-werk").reasons())
                        .contains("Na de veiligheid: is er al, waar de vraag opkwam, en kan de jongere blijven volgen.")
                        .doesNotContain("Na de veiligheid: is er al, waar de zorg opkwam, en blijft het kind volgen."));
    }
}
