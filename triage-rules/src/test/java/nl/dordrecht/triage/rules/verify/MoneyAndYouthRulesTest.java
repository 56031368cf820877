package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.suggestions;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Reluctance;
import org.junit.jupiter.api.Test;

/** money.drl and youth.drl, one rule at a time. */
class MoneyAndYouthRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void theDordtpasAnswersALowIncomeFamilysQuestionAboutTheChildJoiningIn() {
        VERIFIER.verifyThat("A low-income family's money question about a school-age child is answered by the Dordtpas")
                .given(q -> q.topics(PARTICIPATION).groups(Group.LOW_INCOME).childAges(9).age(38))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("dordtpas"));
    }

    @Test
    void theDordtpasDoesNotAnswerAnAdultsOwnQuestion() {
        VERIFIER.verifyThat("A low-income family's money question about a school-age child is answered by the Dordtpas")
                .given(q -> q.topics(PARTICIPATION).age(38)).doesNotFire();
    }

    @Test
    void aLowIncomeMothersQuestionAboutALaptopForSchoolIsAnsweredByTheKindtegoedWithHelpWithIncomeBehind() {
        VERIFIER.verifyThat("A low-income family's money question about a school-age child is answered by the Dordtpas")
                .given(q -> q.topics(MONEY).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.LOW_INCOME, Group.SINGLE_PARENT).childAges(9, 13).age(36))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("dordtpas");
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("de-buitenwacht");
                });
    }

    @Test
    void rentArrearsKeepTheWijkteamOfVroegEropafInTheAdvice() {
        VERIFIER.verifyThat("Payment arrears with the home at stake keep the wijkteam, which directs Vroeg Eropaf, in the advice")
                .given(q -> q.topics(DEBTS, HOUSING).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .reluctance(nl.dordrecht.triage.Reluctance.SHAME).age(45))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("sociaal-wijkteam");
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("sociaal-wijkteam");
                        assertThat(s.reasons()).anyMatch(r -> r.contains("Vroeg Eropaf"));
                    });
                });
        VERIFIER.verifyThat("Payment arrears with the home at stake keep the wijkteam, which directs Vroeg Eropaf, in the advice")
                .given(q -> q.topics(DEBTS).age(45)).doesNotFire()
                .andAdvice(a -> assertThat(a.alternatives()).extracting(s -> s.offerId()).doesNotContain("sociaal-wijkteam"));
    }

    @Test
    void anIncomeQuestionGetsNoDebtHelpAndADebtQuestionDoes() {
        VERIFIER.verifyThat("An offer under pressure ranks below an equal alternative")
                .given(q -> q.topics(MONEY).age(45))
                .andAdvice(a -> assertThat(a.alternatives()).extracting(s -> s.offerId()).doesNotContain("schuldhulpmaatje"));
        VERIFIER.verifyThat("An offer under pressure ranks below an equal alternative")
                .given(q -> q.topics(DEBTS).age(45))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("schuldhulpmaatje"));
    }

    @Test
    void theCapacityGapIsNamedOnlyWhenABusyOfferIsSuggested() {
        VERIFIER.verifyThat("An offer under pressure names the capacity gap when it is suggested")
                .given(q -> q.topics(DEBTS).age(45)).fires().andAdvice(a -> assertThat(a.gaps()).contains("DEBT_ADVICE_CAPACITY"));
        VERIFIER.verifyThat("An offer under pressure names the capacity gap when it is suggested")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(45)).andAdvice(a -> assertThat(a.gaps()).isEmpty());
        VERIFIER.verifyThat("An offer under pressure names the capacity gap when it is suggested")
                .given(q -> q.topics(MONEY).age(45)).fires()
                .andAdvice(a -> assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                        .doesNotContain("Heeft het nu erg druk; er kan een wachttijd zijn.")));
        VERIFIER.verifyThat("An offer under pressure names the capacity gap when it is suggested")
                .given(q -> q.topics(HOUSING).age(45)).doesNotFire()
                .andAdvice(a -> assertThat(a.gaps()).doesNotContain("DEBT_ADVICE_CAPACITY"));
    }

    @Test
    void aYoungAdultsMoneyQuestionIsNotForYouthWork() {
        VERIFIER.verifyThat("A young adult's money question is not for youth work")
                .given(q -> q.topics(DEBTS).age(20)).fires()
                .andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("jongerenwerk"));
        VERIFIER.verifyThat("A young adult's money question is not for youth work")
                .given(q -> q.topics(DEBTS).age(16)).doesNotFire();
    }

    @Test
    void aPupilsWorryAtSchoolStaysAtSchool() {
        VERIFIER.verifyThat("An offer present where the question surfaced is the nearest step")
                .given(q -> q.topics(MENTAL_HEALTH).age(15).channel(Channel.SCHOOL)).fires()
                .andAdvice(a -> assertThat(a.primary().offerId()).isIn("schoolmaatschappelijk-werk", "jgz-jeugdverpleegkundige"));
        VERIFIER.verifyThat("An offer present where the question surfaced is the nearest step")
                .given(q -> q.topics(MENTAL_HEALTH).age(15).channel(Channel.GP)).fires()
                .andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("poh-jeugd"));
        VERIFIER.verifyThat("An offer present where the question surfaced is the nearest step")
                .given(q -> q.topics(MENTAL_HEALTH).age(15).channel(Channel.HULPLIJN_PHONE)).doesNotFire()
                .andAdvice(a -> assertThat(a.alternatives()).extracting(s -> s.offerId())
                        .doesNotContain("yulius-inloophuis", "sociaal-makelaar"));
    }

    @Test
    void aYoungCarerKeepsTheWijkteamNamed() {
        VERIFIER.verifyThat("A young carer's question names the wijkteam")
                .given(q -> q.topics(CAREGIVING).age(14).channel(Channel.SCHOOL)).fires()
                .andAdvice(a -> assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("sociaal-wijkteam"));
        VERIFIER.verifyThat("A young carer's question names the wijkteam")
                .given(q -> q.topics(CAREGIVING).age(45).groups(Group.INFORMAL_CARER)).doesNotFire();
    }

    @Test
    void aTeenagersFearIsAboutTheParents() {
        VERIFIER.verifyThat("A young resident's fear of consequences is usually about the parents")
                .given(q -> q.topics(MENTAL_HEALTH).age(16).reluctance(Reluctance.FEAR_OF_CONSEQUENCES)).fires()
                .andAdvice(a -> assertThat(String.join(" ", a.explanation())).contains("ouders").doesNotContain("Sociale Dienst"));
        VERIFIER.verifyThat("A young resident's fear of consequences is usually about the parents")
                .given(q -> q.topics(DEBTS).age(40).reluctance(Reluctance.FEAR_OF_CONSEQUENCES)).doesNotFire();
    }

    @Test
    void aMothersFearAboutHerBoyOf6IsNotATeenagersFearOfHisParents() {
        VERIFIER.verifyThat("A young resident's fear of consequences is usually about the parents")
                .given(q -> q.topics(PARENTING).age(6).reluctance(Reluctance.FEAR_OF_CONSEQUENCES).channel(Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(String.join(" ", a.explanation()))
                        .doesNotContain("Jongeren zijn vaak bang dat hun ouders het te horen krijgen"));
    }

    @Test
    void aFrightenedTeenagerIsIntroducedInPersonAlsoToALowThresholdOffer() {
        VERIFIER.verifyThat("A frightened young resident is introduced in person, also to a low-threshold offer")
                .given(q -> q.topics(LONELINESS).groups(Group.LGBTI).age(17).reluctance(Reluctance.FEAR_OF_CONSEQUENCES)
                        .channel(Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(nl.dordrecht.triage.Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(nl.dordrecht.triage.Handover.WARM_HANDOVER);
                    // Online nobody sits beside the young person: the helper offers to make the contact.
                    assertThat(a.explanation()).contains("Bied aan het eerste contact voor de jongere te leggen: met zorgen over wat er daarna gebeurt, is een eerste stap alleen groot.");
                });
        VERIFIER.verifyThat("A frightened young resident is introduced in person, also to a low-threshold offer")
                .given(q -> q.topics(LONELINESS).groups(Group.LGBTI).age(17).reluctance(Reluctance.FEAR_OF_CONSEQUENCES)
                        .channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> assertThat(a.explanation())
                        .contains("Maak het eerste contact samen met de jongere: met zorgen over wat er daarna gebeurt, is een eerste stap alleen groot."));
        VERIFIER.verifyThat("A frightened young resident is introduced in person, also to a low-threshold offer")
                .given(q -> q.topics(LONELINESS).groups(Group.LGBTI).age(17).channel(Channel.ONLINE))
                .doesNotFire().andAdvice(a -> assertThat(String.join(" ", a.explanation()))
                        .doesNotContain("het eerste contact voor de jongere"));
    }

    @Test
    void aTeenagerAskingAboutTheDordtpasHearsThatAParentApplies() {
        VERIFIER.verifyThat("A young resident's own question about the Dordtpas: a parent applies, and the helper says how the parents come in")
                .given(q -> q.topics(MONEY).groups(Group.LOW_INCOME).age(14).channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("dordtpas");
                    assertThat(String.join(" ", a.explanation())).contains("vraagt een ouder aan");
                });
        VERIFIER.verifyThat("A young resident's own question about the Dordtpas: a parent applies, and the helper says how the parents come in")
                .given(q -> q.topics(MONEY).groups(Group.LOW_INCOME).childAges(9).age(36))
                .doesNotFire().andAdvice(a -> assertThat(String.join(" ", a.explanation())).doesNotContain("vraagt een ouder aan"));
    }

    @Test
    void aBoyOf9NoticedAtSchoolIsNotAskedHowHisParentsComeIn() {
        VERIFIER.verifyThat("A young resident's own question about the Dordtpas: a parent applies, and the helper says how the parents come in")
                .given(q -> q.topics(PARENTING, MONEY).explicit(false).groups(Group.LOW_INCOME, Group.SINGLE_PARENT).age(9)
                        .neighbourhood("Wielwijk").channel(Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(String.join(" ", a.explanation())).doesNotContain("bespreek met de jongere"));
    }

    @Test
    void anAdultsIncomeQuestionHearsThatTheSddDecides() {
        VERIFIER.verifyThat("For an adult's income question the helper says that the SDD decides and others help with the application")
                .given(q -> q.topics(MONEY).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).groups(Group.LOW_INCOME).age(38)
                        .channel(Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("schuldhulpmaatje");
                    assertThat(a.explanation()).anyMatch(l -> l.contains("Sociale Dienst Drechtsteden, die erover beslist"));
                });
    }

    @Test
    void aParentWhoseChildCannotJoinInHearsTheDordtpasLineInstead() {
        VERIFIER.verifyThat("For an adult's income question the helper says that the SDD decides and others help with the application")
                .given(q -> q.topics(MONEY).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(Group.LOW_INCOME, Group.SINGLE_PARENT).childAges(9).age(36))
                .doesNotFire().andAdvice(a -> assertThat(a.explanation()).noneMatch(l -> l.contains("die erover beslist")));
    }
}
