package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Signal;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Route;
import org.junit.jupiter.api.Test;

/** signals.drl, one rule at a time: the hidden question behind a practical one becomes a signal, not a referral. */
class SignalsRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void aLetterOnALowIncomeSignalsPossibleArrears() {
        VERIFIER.verifyThat("A letter may hide payment arrears")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.LOW_INCOME).age(50))
                .fires().andAdvice(a -> {
                    assertThat(a.signals()).extracting(Signal::topic).containsExactly(DEBTS);
                    assertThat(a.signals().get(0).reason()).contains("betalingsachterstand");
                    assertThat(a.primary().offerId()).isNotIn("schuldhulpmaatje", "financieel-hulphuis");
                });
    }

    @Test
    void aLetterThatAlreadyAsksAboutMoneySignalsNoArrears() {
        VERIFIER.verifyThat("A letter may hide payment arrears")
                .given(q -> q.topics(LETTERS_AND_FORMS, MONEY).groups(Group.LOW_INCOME).age(50))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).doesNotContain(DEBTS));
    }

    @Test
    void anyLetterMaySignalArrears() {
        VERIFIER.verifyThat("A letter may hide payment arrears")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(50))
                .fires().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).containsExactly(DEBTS));
    }

    @Test
    void aLetterInASpecificQuestionSignalsNoArrears() {
        VERIFIER.verifyThat("A letter may hide payment arrears")
                .given(q -> q.topics(LETTERS_AND_FORMS, LEGAL).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(50))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).doesNotContain(DEBTS));
    }

    @Test
    void aFormForAJobApplicationSignalsNoArrears() {
        VERIFIER.verifyThat("A letter may hide payment arrears")
                .given(q -> q.topics(LETTERS_AND_FORMS, nl.dordrecht.triage.Topic.WORK_EDUCATION)
                        .complexity(nl.dordrecht.triage.Complexity.SIMPLE_PRACTICAL).age(24))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).doesNotContain(DEBTS));
    }

    @Test
    void aLetterForAWomanOf78SignalsArrearsAndLoneliness() {
        VERIFIER.verifyThat("A letter or an odd job with a small network may hide loneliness")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(78).barriers(Barrier.LOW_DIGITAL_SKILLS))
                .fires().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).containsExactlyInAnyOrder(DEBTS, LONELINESS));
    }

    @Test
    void anOddJobForAnOlderResidentSignalsLoneliness() {
        VERIFIER.verifyThat("A letter or an odd job with a small network may hide loneliness")
                .given(q -> q.topics(PRACTICAL_HELP).age(80))
                .fires().andAdvice(a -> {
                    assertThat(a.signals()).extracting(Signal::topic).containsExactly(LONELINESS);
                    assertThat(a.signals().get(0).reason()).contains("contacten");
                });
    }

    @Test
    void anOddJobForAResidentUnder75SignalsNoLoneliness() {
        VERIFIER.verifyThat("A letter or an odd job with a small network may hide loneliness")
                .given(q -> q.topics(PRACTICAL_HELP).age(60))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).isEmpty());
    }

    @Test
    void practicalHelpOnALowIncomeSignalsMoneyWorries() {
        VERIFIER.verifyThat("Practical help on a low income may hide money worries")
                .given(q -> q.topics(PRACTICAL_HELP).groups(Group.LOW_INCOME).age(60))
                .fires().andAdvice(a -> {
                    assertThat(a.signals()).extracting(Signal::topic).containsExactly(MONEY);
                    assertThat(a.signals().get(0).reason()).contains("rondkomt");
                });
    }

    @Test
    void practicalHelpWithoutALowIncomeSignalsNoMoneyWorries() {
        VERIFIER.verifyThat("Practical help on a low income may hide money worries")
                .given(q -> q.topics(PRACTICAL_HELP).age(60))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).doesNotContain(MONEY));
    }

    @Test
    void lowLiteracySignalsLanguageHelp() {
        VERIFIER.verifyThat("Low literacy is often hidden")
                .given(q -> q.topics(DEBTS).barriers(Barrier.LOW_LITERACY).age(60))
                .fires().andAdvice(a -> {
                    assertThat(a.signals()).extracting(Signal::topic).containsExactly(LANGUAGE);
                    assertThat(a.signals().get(0).reason()).contains("taalhulp");
                });
    }

    @Test
    void lowLiteracyWithALanguageQuestionIsNotHidden() {
        VERIFIER.verifyThat("Low literacy is often hidden")
                .given(q -> q.topics(DEBTS, LANGUAGE).barriers(Barrier.LOW_LITERACY).age(60))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).doesNotContain(LANGUAGE));
    }

    @Test
    void theTopicsOfAnImplicitQuestionAreSignals() {
        VERIFIER.verifyThat("The topics of an implicit question are signals to explore gently")
                .given(q -> q.topics(LONELINESS).explicit(false).age(40))
                .fires().andAdvice(a -> {
                    assertThat(a.signals()).extracting(Signal::topic).containsExactly(LONELINESS);
                    assertThat(a.signals().get(0).reason()).startsWith("Vraag naar wie de bewoner om zich heen heeft");
                });
    }

    @Test
    void theTopicsOfAnExplicitQuestionAreNotSignals() {
        VERIFIER.verifyThat("The topics of an implicit question are signals to explore gently")
                .given(q -> q.topics(LONELINESS).age(40))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).doesNotContain(Topic.LONELINESS));
    }

    @Test
    void aWidowAskingForHerGardenIsAskedGentlyAboutHerGrief() {
        VERIFIER.verifyThat("A bereaved resident's practical question may hide grief")
                .given(q -> q.topics(PRACTICAL_HELP, LONELINESS).groups(Group.BEREAVED).age(78))
                .fires().andAdvice(a -> assertThat(a.signals()).anySatisfy(s -> {
                    assertThat(s.topic()).isEqualTo(MENTAL_HEALTH);
                    assertThat(s.reason()).contains("verdriet");
                }));
    }

    @Test
    void whoAsksAboutGriefItselfGetsNoGriefSignal() {
        VERIFIER.verifyThat("A bereaved resident's practical question may hide grief")
                .given(q -> q.topics(MENTAL_HEALTH).groups(Group.BEREAVED).age(60))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).doesNotContain(MENTAL_HEALTH));
    }

    @Test
    void aCarerAskingForTransportIsAskedGentlyHowSheIsHerself() {
        VERIFIER.verifyThat("A carer's question may hide the carer's own strain")
                .given(q -> q.topics(CAREGIVING, PRACTICAL_HELP).groups(Group.INFORMAL_CARER).age(61))
                .fires().andAdvice(a -> assertThat(a.signals()).anySatisfy(s -> {
                    assertThat(s.topic()).isEqualTo(HEALTH);
                    assertThat(s.reason()).contains("mantelzorger zelf");
                }));
    }

    @Test
    void aCarerWhoAsksAboutHerOwnHealthGetsNoStrainSignal() {
        VERIFIER.verifyThat("A carer's question may hide the carer's own strain")
                .given(q -> q.topics(CAREGIVING, HEALTH).groups(Group.INFORMAL_CARER).age(61))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).doesNotContain(HEALTH));
    }

    @Test
    void onASafetyEscalationTheQuestionsOwnTopicsArePassedOn() {
        VERIFIER.verifyThat("On a safety escalation the question's own topics are passed on for after the safety step")
                .given(q -> q.topics(PARENTING, MONEY, RELATIONSHIPS).safetySignals(SafetySignal.DOMESTIC_VIOLENCE).childAges(4).age(33))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.SAFETY_ESCALATION);
                    // The relationship is the violence and the children are part of it: neither is "for later".
                    assertThat(a.signals()).extracting(Signal::topic).containsExactly(PARENTING, MONEY);
                    assertThat(a.signals().get(0).reason()).startsWith("Er zijn kinderen in huis");
                    assertThat(a.signals().get(1).reason()).contains("wie de veiligheid oppakt");
                });
    }

    @Test
    void withoutASafetySignalTheTopicsAreTheQuestionNotSignals() {
        VERIFIER.verifyThat("On a safety escalation the question's own topics are passed on for after the safety step")
                .given(q -> q.topics(PARENTING, RELATIONSHIPS).childAges(4).age(33))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).isEmpty());
    }

    @Test
    void withSuicidalThoughtsTheLowMoodIsTheSafetyMatterNotATopicToComeBackTo() {
        VERIFIER.verifyThat("On a safety escalation the question's own topics are passed on for after the safety step")
                .given(q -> q.topics(MENTAL_HEALTH, LONELINESS).safetySignals(SafetySignal.SUICIDE_RISK).age(34))
                .fires().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).containsExactly(LONELINESS));
        VERIFIER.verifyThat("On a safety escalation the question's own topics are passed on for after the safety step")
                .given(q -> q.topics(PARENTING).safetySignals(SafetySignal.CHILD_UNSAFE).childAges(9).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).isEmpty());
    }

    @Test
    void aRecentWidowersGardenMayHideLoneliness() {
        VERIFIER.verifyThat("A letter or an odd job with a small network may hide loneliness")
                .given(q -> q.topics(PRACTICAL_HELP).age(72).groups(Group.BEREAVED))
                .fires().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).contains(LONELINESS, MENTAL_HEALTH));
    }

    @Test
    void aPregnantWomanOf19OnALowIncomeMayHaveMoneyWorries() {
        VERIFIER.verifyThat("A low-income expecting or young parent may have money worries")
                .given(q -> q.topics(PARENTING, HEALTH).age(19).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME, Group.SINGLE_PARENT))
                .fires().andAdvice(a -> assertThat(a.signals()).anySatisfy(s -> {
                    assertThat(s.topic()).isEqualTo(MONEY);
                    assertThat(s.reason()).contains("rondkomen");
                }));
    }

    @Test
    void aYoungParentAskingAboutMoneyHasNoHiddenMoneySignal() {
        VERIFIER.verifyThat("A low-income expecting or young parent may have money worries")
                .given(q -> q.topics(PARENTING, MONEY).age(19).groups(Group.PREGNANT_OR_YOUNG_PARENT, Group.LOW_INCOME, Group.SINGLE_PARENT))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::topic).doesNotContain(MONEY));
    }

    @Test
    void eachNoticedTopicSaysHowToBringItUp() {
        VERIFIER.verifyThat("The topics of an implicit question are signals to explore gently")
                .given(q -> q.topics(PRACTICAL_HELP, LONELINESS, ELDERLY).explicit(false).age(74))
                .fires().andAdvice(a -> assertThat(a.signals()).extracting(Signal::reason).doesNotHaveDuplicates()
                        .noneMatch(r -> r.startsWith("Opgemerkt")));
    }

    @Test
    void unaskedArrearsWithTheHomeAtStakeAreBroughtUpNowNotWhenTheResidentIsReady() {
        VERIFIER.verifyThat("With the home at stake the topics of an implicit question are signals that cannot wait")
                .given(q -> q.topics(DEBTS, HOUSING, PARENTING).explicit(false).childAges(6).age(38))
                .fires().andAdvice(a -> assertThat(a.signals()).extracting(Signal::reason)
                        .anyMatch(r -> r.contains("vraag het rustig maar nu")).noneMatch(r -> r.contains("klaar voor")));
    }

    @Test
    void unaskedArrearsWithoutAHousingQuestionAreBroughtUpGently() {
        VERIFIER.verifyThat("With the home at stake the topics of an implicit question are signals that cannot wait")
                .given(q -> q.topics(DEBTS).explicit(false).age(38))
                .doesNotFire().andAdvice(a -> assertThat(a.signals()).extracting(Signal::reason)
                        .anyMatch(r -> r.startsWith("Vraag voorzichtig hoe het met betalen gaat")));
    }

    @Test
    void atTheGpTheHealthSignalDoesNotAskWhetherTheGpKnows() {
        VERIFIER.verifyThat("The topics of an implicit question are signals to explore gently")
                .given(q -> q.topics(HEALTH, LONELINESS).explicit(false).age(70).channel(nl.dordrecht.triage.Channel.GP))
                .fires().andAdvice(a -> assertThat(a.signals()).extracting(Signal::reason)
                        .noneMatch(r -> r.contains("huisarts ervan weet")).anyMatch(r -> r.contains("naast de klachten")));
    }
}
