package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Route;
import org.junit.jupiter.api.Test;

/** The rules for a separation with children (SKO) and for carers' money and young carers at school, one at a time. */
class SeparationAndCarerRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void aSeparatedFathersParentingPlanAtTheGpGoesToTheSkoBeforeThePracticeNurse() {
        VERIFIER.verifyThat("A separation with children is led by the Adviespunt SKO, not by help with bringing up children in general")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING).complexity(Complexity.SINGLE_SPECIFIC).childAges(6, 9).age(38).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(suggested(a)).contains("poh-jeugd");
                });
    }

    @Test
    void aParentingQuestionWithoutASeparationKeepsThePracticeNurseFirst() {
        VERIFIER.verifyThat("A separation with children is led by the Adviespunt SKO, not by help with bringing up children in general")
                .given(q -> q.topics(PARENTING).complexity(Complexity.SINGLE_SPECIFIC).childAges(6, 9).age(38).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("poh-jeugd"));
    }

    @Test
    void aSeparationWithChildrenAndItsMoneySideIsOneQuestionForTheSko() {
        VERIFIER.verifyThat("Exception: a separation with children and its money side are one question")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING, MONEY).childAges(3, 8).age(35).channel(Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(explanation(a)).contains("een scheiding met kinderen raakt ook het geld");
                });
    }

    @Test
    void aSeparationWithChildrenDebtsAndHousingStaysOnSeveralLifeDomains() {
        VERIFIER.verifyThat("Exception: a separation with children and its money side are one question")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING, DEBTS, HOUSING).childAges(3, 8).age(35))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void aYoungCarerAtSchoolStartsWithSchoolSocialWorkWithTheCarersExpertiseBeside() {
        VERIFIER.verifyThat("At school a young carer starts with school social work, the carers' expertise beside it")
                .given(q -> q.topics(CAREGIVING, WORK_EDUCATION).complexity(Complexity.SINGLE_SPECIFIC).groups(Group.INFORMAL_CARER).age(14)
                        .channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("schoolmaatschappelijk-werk");
                    assertThat(suggested(a)).contains("mee-mantelzorg");
                });
    }

    @Test
    void aYoungCarerOnThePhoneIsNotSentToSchool() {
        VERIFIER.verifyThat("At school a young carer starts with school social work, the carers' expertise beside it")
                .given(q -> q.topics(CAREGIVING, WORK_EDUCATION).complexity(Complexity.SINGLE_SPECIFIC).groups(Group.INFORMAL_CARER).age(14)
                        .channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("schoolmaatschappelijk-werk"));
    }

    @Test
    void aCarerAskingAboutMoneyHearsOfTheMantelzorgwaarderingOnTheDordtpas() {
        VERIFIER.verifyThat("A carer's money question names the carers' appreciation on the Dordtpas")
                .given(q -> q.topics(CAREGIVING, MONEY).complexity(Complexity.SIMPLE_PRACTICAL).groups(Group.INFORMAL_CARER).age(57)
                        .channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> assertThat(Advices.suggestion(a, "dordtpas").reasons())
                        .anyMatch(r -> r.contains("mantelzorgwaardering")));
    }

    @Test
    void aCarerAskingAboutRespiteHearsNothingOfTheDordtpas() {
        VERIFIER.verifyThat("A carer's money question names the carers' appreciation on the Dordtpas")
                .given(q -> q.topics(CAREGIVING).groups(Group.INFORMAL_CARER).age(57))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("dordtpas"));
    }

    @Test
    void aCarersMoneyQuestionIsOneQuestionWithoutTheWijkteam() {
        VERIFIER.verifyThat("Exception: a carer's question about money for the caring is one question")
                .given(q -> q.topics(CAREGIVING, MONEY).groups(Group.INFORMAL_CARER).age(57))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isNotEqualTo("sociaal-wijkteam");
                });
    }

    @Test
    void aCarersMoneyAndHousingQuestionLiesOnSeveralLifeDomains() {
        VERIFIER.verifyThat("Exception: a carer's question about money for the caring is one question")
                .given(q -> q.topics(CAREGIVING, MONEY, HOUSING).groups(Group.INFORMAL_CARER).age(57))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void forACarerWhoWantsToJoinInTheDordtpasIsAnAlternativeNotTheAnswer() {
        VERIFIER.verifyThat("For a carer without a low income the Dordtpas is an appreciation, not the answer")
                .given(q -> q.topics(PARTICIPATION).groups(Group.INFORMAL_CARER).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("dordtpas");
                    assertThat(suggested(a)).contains("dordtpas");
                });
    }

    @Test
    void forALowIncomeCarerWhoWantsToJoinInTheFreeDordtpasIsOneOfTheAnswers() {
        VERIFIER.verifyThat("For a carer without a low income the Dordtpas is an appreciation, not the answer")
                .given(q -> q.topics(PARTICIPATION).groups(Group.INFORMAL_CARER, Group.LOW_INCOME).age(35))
                .doesNotFire().andAdvice(a -> assertThat(Advices.suggestion(a, "dordtpas").reasons())
                        .anyMatch(r -> r.startsWith("Gratis voor wie weinig te besteden heeft")));
    }

    @Test
    void aFatherAskingAboutTheChildrenInASeparationIsNotToldItTouchesTheMoney() {
        VERIFIER.verifyThat("Exception: a separation with children and its money side are one question")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING).childAges(8, 11).age(40).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(explanation(a)).doesNotContain("raakt ook het geld").contains("wat die voor de kinderen betekent");
                });
    }

    @Test
    void aCarerWhoTakesTheCaringAsNormalTalksRespiteThroughWithTheRespiteConsultantFirst() {
        VERIFIER.verifyThat("A carer held back from accepting help talks respite through with the respite consultant first")
                .given(q -> q.topics(CAREGIVING, ELDERLY).groups(Group.INFORMAL_CARER)
                        .reluctance(nl.dordrecht.triage.Reluctance.NORMALISED).age(63).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("mee-mantelzorg");
                    assertThat(a.primary().reasons().get(0)).contains("De respijtconsulent bespreekt");
                    assertThat(suggested(a)).contains("respijt-vrijwilligers");
                });
    }

    @Test
    void aCarerWhoAsksForRespiteWithoutReluctanceIsNotSentToTheConsultantFirst() {
        VERIFIER.verifyThat("A carer held back from accepting help talks respite through with the respite consultant first")
                .given(q -> q.topics(CAREGIVING, ELDERLY).groups(Group.INFORMAL_CARER).age(63).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().reasons()).noneMatch(r -> r.contains("De respijtconsulent bespreekt")));
    }
}
