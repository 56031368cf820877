package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import org.junit.jupiter.api.Test;

/** The young person's own routes of youth.drl (S2 §5.4 punt 2, §6.5 punt 4; S1 Tabel 1 and 2), one rule at a time. */
class YoungResidentRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void aTeenagerAskingAboutTheirOwnLifeAsksTheirOwnQuestion() {
        VERIFIER.verifyThat("Definition: a young resident asks about their own life")
                .given(q -> q.topics(MENTAL_HEALTH).age(15)).fires()
                .andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-makelaar"));
    }

    @Test
    void aYoungMotherAsksAsAParent() {
        VERIFIER.verifyThat("Definition: a young resident asks about their own life")
                .given(q -> q.topics(PARENTING).age(17).childAges(1).groups(Group.PREGNANT_OR_YOUNG_PARENT))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("jongerenwerk"));
    }

    @Test
    void aLonelyPupilKeepsSchoolSocialWorkAmongTheOptions() {
        VERIFIER.verifyThat("For a young resident's own question the offer present where it surfaced is among the options")
                .given(q -> q.topics(LONELINESS).age(14).channel(Channel.SCHOOL)).fires()
                .andAdvice(a -> assertThat(suggestion(a, "schoolmaatschappelijk-werk").reasons())
                        .contains("Is er al, waar de vraag opkwam."));
    }

    @Test
    void aLonelyTeenagerOnThePhoneIsNotSentToSchoolSocialWork() {
        VERIFIER.verifyThat("For a young resident's own question the offer present where it surfaced is among the options")
                .given(q -> q.topics(LONELINESS).age(14).channel(Channel.HULPLIJN_PHONE)).doesNotFire()
                // School social work stays in view (youth.drl, asked away from school), but not as "already there".
                .andAdvice(a -> assertThat(suggestion(a, "schoolmaatschappelijk-werk").reasons())
                        .doesNotContain("Is er al, waar de vraag opkwam."));
    }

    @Test
    void aSadTeenagerWhoseParentsSeparateGoesToYouthWorkNotTheWijkteam() {
        VERIFIER.verifyThat("A young resident's one question goes to an offer for their age that knows part of it")
                .given(q -> q.topics(MENTAL_HEALTH, RELATIONSHIPS).age(15).reluctance(Reluctance.FEAR_OF_CONSEQUENCES))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("jongerenwerk");
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(suggested(a)).doesNotContain("sociaal-wijkteam");
                });
    }

    @Test
    void aTeenagersQuestionThatAnOfferKnowsWholeNeedsNoPartialMatch() {
        VERIFIER.verifyThat("A young resident's one question goes to an offer for their age that knows part of it")
                .given(q -> q.topics(MENTAL_HEALTH).age(15)).doesNotFire()
                .andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC));
    }

    @Test
    void aSchoolDropoutSleepingAtFriendsKeepsYouthWorkAmongTheOptions() {
        VERIFIER.verifyThat("For a young resident's own question an offer for their age that knows part of it is among the options")
                .given(q -> q.topics(WORK_EDUCATION, HOUSING, MONEY).age(17).groups(Group.YOUTH_IN_DISADVANTAGE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jongeren-op-de-rit");
                    assertThat(suggestion(a, "jongerenwerk").reasons()).contains("Helpt met een deel van de vraag.");
                });
    }

    @Test
    void anAdultsQuestionOnSeveralDomainsHasNoYouthOptions() {
        VERIFIER.verifyThat("For a young resident's own question an offer for their age that knows part of it is among the options")
                .given(q -> q.topics(WORK_EDUCATION, HOUSING, MONEY).age(40)).doesNotFire()
                .andAdvice(a -> assertThat(suggested(a)).doesNotContain("jongerenwerk"));
    }

    @Test
    void aLonelyLgbtiPupilGoesFirstToYouthWorkNotToPride() {
        VERIFIER.verifyThat("For a young resident an offer for a group of all ages is not the primary")
                .given(q -> q.topics(LONELINESS).age(14).groups(Group.LGBTI).channel(Channel.SCHOOL)).fires()
                .andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jongerenwerk");
                    assertThat(suggested(a)).contains("dordrecht-pride");
                });
    }

    @Test
    void aLonelyLgbtiAdultMayStartAtPride() {
        VERIFIER.verifyThat("For a young resident an offer for a group of all ages is not the primary")
                .given(q -> q.topics(LONELINESS).age(30).groups(Group.LGBTI)).doesNotFire()
                .andAdvice(a -> assertThat(suggested(a)).contains("dordrecht-pride"));
    }

    @Test
    void aGirlOf15WithLowMoodAtAMeetingPlaceKeepsYouthWorkAmongTheOptions() {
        VERIFIER.verifyThat("Youth work stays among a young resident's options")
                .given(q -> q.topics(MENTAL_HEALTH).age(15).neighbourhood("Crabbehof").channel(Channel.MEETING_PLACE)
                        .reluctance(Reluctance.SHAME))
                .fires().andAdvice(a -> assertThat(suggestion(a, "jongerenwerk").reasons())
                        .contains("Een vertrouwde plek voor jongeren, zonder probleemstempel: ook om over andere dingen te praten."));
    }

    @Test
    void anAdultWithLowMoodIsNotSentToYouthWork() {
        VERIFIER.verifyThat("Youth work stays among a young resident's options")
                .given(q -> q.topics(MENTAL_HEALTH).age(30)).doesNotFire()
                .andAdvice(a -> assertThat(suggested(a)).doesNotContain("jongerenwerk"));
    }

    @Test
    void aBoyOf12WhoThinksHeIsGayIsNotSentToTheSpeeltheek() {
        VERIFIER.verifyThat("A meeting place for parents and young children is not a young resident's own place")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).age(12).groups(Group.LGBTI).channel(Channel.ONLINE))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("speeltheek-pip-en-zo", "mamacafe"));
    }

    @Test
    void aLonelyMotherOfAToddlerMayMeetOtherParentsThere() {
        VERIFIER.verifyThat("A meeting place for parents and young children is not a young resident's own place")
                .given(q -> q.topics(PARENTING, LONELINESS).age(27).childAges(2)).doesNotFire()
                .andAdvice(a -> assertThat(suggested(a)).contains("mamacafe"));
    }

    @Test
    void atSchoolAFamilysArrearsAndHousingGoFirstToSchoolSocialWorkNotTheNurse() {
        VERIFIER.verifyThat("For a family's question beyond bringing up a child an offer for health ranks after the others")
                .given(q -> q.topics(PARENTING, MONEY, DEBTS, HOUSING).complexity(nl.dordrecht.triage.Complexity.MULTI_DOMAIN)
                        .childAges(6, 10, 14).age(41).neighbourhood("Wielwijk").channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(a.alternatives().get(0).offerId()).isEqualTo("schoolmaatschappelijk-werk");
                    assertThat(suggested(a)).contains("schuldhulpmaatje");
                });
    }

    @Test
    void atTheGpASeparationRanksTheNurseAfterTheOthersButThePohJeugdKeepsItsOwnField() {
        VERIFIER.verifyThat("For a family's question beyond bringing up a child an offer for health ranks after the others")
                .given(q -> q.topics(PARENTING, RELATIONSHIPS).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(nl.dordrecht.triage.Group.SINGLE_PARENT).childAges(7).age(36).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(suggestion(a, "poh-jeugd").reasons()).doesNotContain("Kijkt vooral naar gezondheid.");
                    assertThat(suggestion(a, "jgz-jeugdverpleegkundige").reasons()).contains("Kijkt vooral naar gezondheid.");
                });
    }

    @Test
    void aParentsQuestionAboutBringingUpAChildAloneKeepsTheSchoolNurseFirst() {
        VERIFIER.verifyThat("For a family's question beyond bringing up a child an offer for health ranks after the others")
                .given(q -> q.topics(PARENTING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).childAges(9).age(40)
                        .channel(Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("jgz-jeugdverpleegkundige"));
    }

    @Test
    void aGloomy17YearOldAtTheGpGoesToThePohJeugdThere() {
        VERIFIER.verifyThat("For a young resident's question without a health complaint an offer for health ranks after the others")
                .given(q -> q.topics(MENTAL_HEALTH, WORK_EDUCATION).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .reluctance(Reluctance.SHAME, Reluctance.FEAR_OF_CONSEQUENCES).age(17).neighbourhood("Reeland")
                        .channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("poh-jeugd");
                    assertThat(a.primary().reasons()).noneMatch(r -> r.startsWith("Kijkt vooral naar gezondheid"))
                            .noneMatch(r -> r.startsWith("Formele hulpverlening"));
                });
    }

    @Test
    void aSchoolWorriedAboutAHungryPupilStartsAtSchoolNotWithAGroupForTheToddler() {
        VERIFIER.verifyThat("An offer present where an unasked question surfaced is where it starts")
                .given(q -> q.topics(PARENTING, MONEY).explicit(false).reluctance(Reluctance.CULTURAL_NORMS, Reluctance.NORMALISED)
                        .barriers(nl.dordrecht.triage.Barrier.LIMITED_DUTCH).groups(Group.MIGRANT_BACKGROUND, Group.LOW_INCOME)
                        .childAges(7, 3).neighbourhood("Crabbehof").channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().offerId()).isIn("jgz-jeugdverpleegkundige", "schoolmaatschappelijk-werk");
                });
    }

    @Test
    void aTeenagersWorkQuestionAtSchoolStartsWithTheJongerenwerkNotTheNurse() {
        VERIFIER.verifyThat("A young resident's question about work or school is not led by an offer that knows only health")
                .given(q -> q.topics(WORK_EDUCATION, HEALTH).age(17).groups(Group.YOUTH_IN_DISADVANTAGE).channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jongerenwerk");
                    assertThat(suggested(a)).contains("jgz-jeugdverpleegkundige", "jongeren-op-de-rit");
                });
    }

    @Test
    void aTeenagerFeelingDownAboutSchoolAtTheGpKeepsThePohJeugd() {
        VERIFIER.verifyThat("A young resident's question about work or school is not led by an offer that knows only health")
                .given(q -> q.topics(WORK_EDUCATION, MENTAL_HEALTH).age(15).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("poh-jeugd"));
    }

    @Test
    void underAChildAbuseEscalationTheSchoolIsNotSaidToBeTheOnlyPlaceToGo() {
        VERIFIER.verifyThat("For a young resident's own question the offer present where it surfaced is among the options")
                .given(q -> q.topics(PARENTING).age(12).safetySignals(nl.dordrecht.triage.SafetySignal.CHILD_UNSAFE).channel(Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.SAFETY_ESCALATION);
                    assertThat(a.alternatives()).allSatisfy(s -> assertThat(s.reasons()).noneMatch(r -> r.contains("nergens anders heen")));
                });
    }

    @Test
    void aYoungLgbtiResidentWhoSeeksCompanyStartsAtTheYouthWork() {
        VERIFIER.verifyThat("A young LGBTI resident who seeks company starts at the youth work")
                .given(q -> q.topics(nl.dordrecht.triage.Topic.LONELINESS, nl.dordrecht.triage.Topic.MENTAL_HEALTH)
                        .groups(nl.dordrecht.triage.Group.LGBTI).age(16).channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jongerenwerk");
                    assertThat(Advices.suggested(a)).contains("dordrecht-pride", "schoolmaatschappelijk-werk");
                });
    }

    @Test
    void aLonelyYoungResidentOutsideTheLgbtiGroupIsNotLedByThisRule() {
        VERIFIER.verifyThat("A young LGBTI resident who seeks company starts at the youth work")
                .given(q -> q.topics(nl.dordrecht.triage.Topic.LONELINESS, nl.dordrecht.triage.Topic.MENTAL_HEALTH).age(16)
                        .channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("schoolmaatschappelijk-werk"));
    }

    @Test
    void aYoungResidentAskingOnlineAboutADebtKeepsSchoolSocialWork() {
        VERIFIER.verifyThat("A young resident asking away from school keeps school social work in view")
                .given(q -> q.topics(nl.dordrecht.triage.Topic.DEBTS).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .reluctance(nl.dordrecht.triage.Reluctance.SHAME).age(17).channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jongerenwerk");
                    assertThat(Advices.suggestion(a, "schoolmaatschappelijk-werk").reasons()).containsExactly("Elke leerling kan er terecht met zorgen, ook over geld of thuis.");
                });
    }

    @Test
    void aYoungResidentAskingAtSchoolHasSchoolSocialWorkThereNotByThisRule() {
        VERIFIER.verifyThat("A young resident asking away from school keeps school social work in view")
                .given(q -> q.topics(nl.dordrecht.triage.Topic.DEBTS).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .age(17).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(Advices.suggested(a)).contains("schoolmaatschappelijk-werk"));
    }
}
