package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import org.junit.jupiter.api.Test;

/** route.drl and outcomes.drl, one rule at a time: each fires where its policy step applies, and not otherwise. */
class RoutePolicyRulesTest {
    static final RuleVerifier VERIFIER = new RuleVerifier((DroolsTriageEngine) TriageEngine.dordrecht());

    @Test
    void step1FiresOnASafetySignalWhateverElseIsKnown() {
        VERIFIER.verifyThat("Step 1: a safety signal escalates before anything else")
                .given(q -> q.topics(HOUSING, PARENTING).safetySignals(SafetySignal.DOMESTIC_VIOLENCE)
                        .barriers(Barrier.HOMEBOUND).groups(Group.STATUSHOUDER).monthsInDordrecht(3))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.SAFETY_ESCALATION);
                    assertThat(a.handover()).isEqualTo(Handover.EMERGENCY);
                    assertThat(a.primary().offerId()).isEqualTo("veilig-thuis");
                });
    }

    @Test
    void step1OnlineSaysToMakeContactNowNotToPassItOn() {
        VERIFIER.verifyThat("Step 1: a safety signal escalates before anything else")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING).safetySignals(SafetySignal.DOMESTIC_VIOLENCE, SafetySignal.CHILD_UNSAFE)
                        .age(13).channel(Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.SAFETY_ESCALATION);
                    assertThat(a.explanation().get(0)).contains("neem nu contact op met wie hieronder staat").doesNotContain("schakel");
                });
    }

    @Test
    void step1DoesNotFireWithoutASafetySignal() {
        VERIFIER.verifyThat("Step 1: a safety signal escalates before anything else")
                .given(q -> q.topics(RELATIONSHIPS)).doesNotFire();
    }

    @Test
    void step2FiresForAHomeboundResidentWithOneQuestion() {
        VERIFIER.verifyThat("Step 2: a homebound resident is reached at home")
                .given(q -> q.topics(PRACTICAL_HELP).barriers(Barrier.HOMEBOUND).age(80))
                .fires().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.OUTREACH));
    }

    @Test
    void step2DoesNotFireOnSeveralDomains() {
        VERIFIER.verifyThat("Step 2: a homebound resident is reached at home")
                .given(q -> q.topics(HOUSING, PARENTING, MONEY).barriers(Barrier.HOMEBOUND).childAges(6).age(40))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.handover()).isEqualTo(Handover.OUTREACH_VISIT);
                });
    }

    @Test
    void step3FiresInTheFirst15Months() {
        VERIFIER.verifyThat("Step 3: a statushouder in the first 15 months is guided by VluchtelingenWerk")
                .given(q -> q.topics(HOUSING, MONEY).groups(Group.STATUSHOUDER).monthsInDordrecht(14).age(30))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("vluchtelingenwerk");
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("sociaal-wijkteam");
                });
    }

    @Test
    void step3DoesNotFireFromMonth15() {
        VERIFIER.verifyThat("Step 3: a statushouder in the first 15 months is guided by VluchtelingenWerk")
                .given(q -> q.topics(LETTERS_AND_FORMS).groups(Group.STATUSHOUDER).monthsInDordrecht(16).age(30))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().offerId()).isNotEqualTo("vluchtelingenwerk");
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                });
    }

    @Test
    void step4FiresForUnaskedRentArrears() {
        VERIFIER.verifyThat("Step 4: unasked arrears with the home at stake go to the wijkteam, which directs Vroeg Eropaf")
                .given(q -> q.topics(DEBTS, HOUSING, MENTAL_HEALTH).explicit(false).age(60).channel(Channel.OTHER))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(a.handover()).isEqualTo(Handover.OUTREACH_VISIT);
                    assertThat(a.explanation()).noneMatch(l -> l.startsWith("Verwijs nog niet"));
                });
    }

    @Test
    void step4DoesNotFireForUnopenedRemindersWithoutTheHomeAtStake() {
        VERIFIER.verifyThat("Step 4: unasked arrears with the home at stake go to the wijkteam, which directs Vroeg Eropaf")
                .given(q -> q.topics(DEBTS, LETTERS_AND_FORMS).explicit(false).age(70).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT));
    }

    @Test
    void step6FiresForAnAdultsUnaskedQuestionOnSeveralDomains() {
        VERIFIER.verifyThat("Step 6: an adult's implicit question on several domains goes to the sociaal makelaar")
                .given(q -> q.topics(DEBTS, PARENTING, MENTAL_HEALTH).childAges(9).explicit(false).age(50))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar"));
    }

    @Test
    void step6DoesNotFireForAChild() {
        VERIFIER.verifyThat("Step 6: an adult's implicit question on several domains goes to the sociaal makelaar")
                .given(q -> q.topics(HOUSING, MENTAL_HEALTH).explicit(false).age(15))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("sociaal-makelaar"));
    }

    @Test
    void step7FiresForAFrailOlderResidentWhoDidNotAsk() {
        VERIFIER.verifyThat("Step 7: an implicit question of a frail older resident starts with a visit at home")
                .given(q -> q.topics(ELDERLY, HEALTH).explicit(false).age(84))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.handover()).isEqualTo(Handover.OUTREACH_VISIT);
                });
    }

    @Test
    void step7DoesNotFireForAYoungerAdultsUnaskedLoneliness() {
        VERIFIER.verifyThat("Step 7: an implicit question of a frail older resident starts with a visit at home")
                .given(q -> q.topics(LONELINESS).explicit(false).age(40).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT));
    }

    @Test
    void step8FiresForAnAdultsLonelinessAtTheGp() {
        VERIFIER.verifyThat("Step 8: an adult's loneliness, low mood or complaints without work, or unasked money trouble at the GP goes to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(LONELINESS).age(67).channel(Channel.GP))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar"));
    }

    @Test
    void step8DoesNotFireForAChildAtTheGp() {
        VERIFIER.verifyThat("Step 8: an adult's loneliness, low mood or complaints without work, or unasked money trouble at the GP goes to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(LONELINESS).age(11).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("sociaal-makelaar"));
    }

    @Test
    void step8FiresWhenTheGpNoticesTheLonelinessOfAPatientWithPsychiatricComplaints() {
        VERIFIER.verifyThat("Step 8: an adult's loneliness, low mood or complaints without work, or unasked money trouble at the GP goes to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).explicit(false).groups(nl.dordrecht.triage.Group.PSYCHIATRIC_VULNERABILITY)
                        .age(45).channel(Channel.GP))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(Advices.suggested(a)).contains("yulius-inloophuis");
                    assertThat(a.explanation()).noneMatch(l -> l.startsWith("Verwijs nog niet meteen door"));
                });
    }

    @Test
    void step8DoesNotFireWhenAPatientWithPsychiatricComplaintsAsksForCompany() {
        VERIFIER.verifyThat("Step 8: an adult's loneliness, low mood or complaints without work, or unasked money trouble at the GP goes to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(nl.dordrecht.triage.Group.PSYCHIATRIC_VULNERABILITY).age(38).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("yulius-inloophuis"));
    }

    @Test
    void step8DoesNotFireForALonelyVulnerablePregnantWomanWhoHasAnApproachOfHerOwn() {
        VERIFIER.verifyThat("Step 8: an adult's loneliness, low mood or complaints without work, or unasked money trouble at the GP goes to the sociaal makelaar with the Sociaal Recept")
                .given(q -> q.topics(PARENTING, LONELINESS).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .groups(nl.dordrecht.triage.Group.PREGNANT_OR_YOUNG_PARENT, nl.dordrecht.triage.Group.LOW_INCOME).age(19)
                        .channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isIn("home-start", "buurtgezinnen", "moeders-informeren-moeders"));
    }

    @Test
    void step10FiresForASimplePracticalQuestionAndSaysNothingAboutOnTheSpotOnThePhone() {
        VERIFIER.verifyThat("Step 11: a simple practical question is helped by the general offer")
                .given(q -> q.topics(LETTERS_AND_FORMS).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(String.join(" ", a.explanation())).doesNotContain("ter plekke");
                });
    }

    @Test
    void step10DoesNotFireForASpecificQuestion() {
        VERIFIER.verifyThat("Step 11: a simple practical question is helped by the general offer")
                .given(q -> q.topics(LEGAL)).doesNotFire();
    }

    @Test
    void step12FiresOnSeveralLifeDomains() {
        VERIFIER.verifyThat("Step 13: a question on several life domains goes to the Sociaal Wijkteam with a warm handover")
                .given(q -> q.topics(HOUSING, PARENTING).childAges(7).age(35))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam"));
    }

    @Test
    void step12DoesNotFireForOneQuestion() {
        VERIFIER.verifyThat("Step 13: a question on several life domains goes to the Sociaal Wijkteam with a warm handover")
                .given(q -> q.topics(MONEY, DEBTS)).doesNotFire();
    }

    @Test
    void theGroupOutcomeFiresAndTheWijkteamStays() {
        VERIFIER.verifyThat("Outcome: an offer for the resident's group covers the whole question, so it is a specific referral")
                .given(q -> q.topics(HOUSING, MONEY, LETTERS_AND_FORMS).groups(Group.EX_DETAINEE).age(35))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("buddyzorg");
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("sociaal-wijkteam");
                    assertThat(a.explanation()).noneMatch(l -> l.contains("Het Sociaal Wijkteam kijkt naar het geheel"));
                });
    }

    @Test
    void theGroupOutcomeDoesNotFireWithoutTheGroup() {
        VERIFIER.verifyThat("Outcome: an offer for the resident's group covers the whole question, so it is a specific referral")
                .given(q -> q.topics(HOUSING, MONEY, LETTERS_AND_FORMS).age(35))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void aFormerDetaineesRentArrearsStayWithTheWijkteamEvenWhenBuddyzorgCoversEveryTopic() {
        VERIFIER.verifyThat("On the wijkteam route for arrears with the home at stake an offer for the resident's group that covers every topic goes alongside")
                .given(q -> q.topics(HOUSING, MONEY, DEBTS).complexity(Complexity.MULTI_DOMAIN)
                        .groups(Group.EX_DETAINEE, Group.LOW_INCOME).age(31).channel(Channel.WIJKTEAM))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(a.alternatives().get(0).offerId()).isEqualTo("buddyzorg");
                    assertThat(a.alternatives().get(0).reasons().get(0)).contains("gaat naast het wijkteam mee");
                });
    }

    @Test
    void aFormerDetaineesHousingAndMoneyWithoutArrearsStillGoToBuddyzorg() {
        VERIFIER.verifyThat("On the wijkteam route for arrears with the home at stake an offer for the resident's group that covers every topic goes alongside")
                .given(q -> q.topics(HOUSING, MONEY, LETTERS_AND_FORMS).groups(Group.EX_DETAINEE).age(35))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("buddyzorg"));
    }

    @Test
    void aSimpleLabelOnSeveralDomainsStillBringsInTheWijkteam() {
        VERIFIER.verifyThat("A simple practical label on several life domains still brings in the wijkteam")
                .given(q -> q.topics(LETTERS_AND_FORMS, HOUSING, MENTAL_HEALTH).complexity(Complexity.SIMPLE_PRACTICAL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("sociaal-wijkteam");
                });
    }

    @Test
    void aSimpleLabelOnOneDomainDoesNotBringInTheWijkteam() {
        VERIFIER.verifyThat("A simple practical label on several life domains still brings in the wijkteam")
                .given(q -> q.topics(LETTERS_AND_FORMS).complexity(Complexity.SIMPLE_PRACTICAL))
                .doesNotFire().andAdvice(a -> assertThat(a.alternatives()).extracting(s -> s.offerId())
                        .doesNotContain("sociaal-wijkteam"));
    }

    @Test
    void step4FiresForAskedRentArrearsWithoutShameOrFear() {
        VERIFIER.verifyThat("Step 4: asked-about arrears with the home at stake go to the wijkteam, unless shame or fear holds the resident back")
                .given(q -> q.topics(HOUSING, DEBTS).reluctance(nl.dordrecht.triage.Reluctance.DOES_NOT_KNOW_WHERE).age(34)
                        .channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("schuldhulpmaatje", "financieel-hulphuis");
                    assertThat(a.explanation()).anyMatch(l -> l.contains("pakt het Sociaal Wijkteam dat snel op"));
                });
    }

    @Test
    void step4DoesNotFireForAnAshamedResidentsArrears() {
        VERIFIER.verifyThat("Step 4: asked-about arrears with the home at stake go to the wijkteam, unless shame or fear holds the resident back")
                .given(q -> q.topics(HOUSING, DEBTS).reluctance(nl.dordrecht.triage.Reluctance.SHAME).age(45)
                        .channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isIn("schuldhulpmaatje", "financieel-hulphuis");
                    assertThat(a.alternatives()).extracting(s -> s.offerId()).contains("sociaal-wijkteam");
                });
    }

    @Test
    void step4DoesNotFireForALetterAboutTheArrearsLabelledSimple() {
        VERIFIER.verifyThat("Step 4: asked-about arrears with the home at stake go to the wijkteam, unless shame or fear holds the resident back")
                .given(q -> q.topics(LETTERS_AND_FORMS, HOUSING, DEBTS).complexity(Complexity.SIMPLE_PRACTICAL).age(40)
                        .channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT));
    }

    @Test
    void step3DoesNotFireForASimpleLetterAskedAtAMeetingPlace() {
        VERIFIER.verifyThat("Step 3: a statushouder in the first 15 months is guided by VluchtelingenWerk")
                .given(q -> q.topics(LETTERS_AND_FORMS, INTEGRATION).complexity(Complexity.SIMPLE_PRACTICAL).groups(Group.STATUSHOUDER)
                        .monthsInDordrecht(8).age(38).channel(Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().offerId()).isNotEqualTo("vluchtelingenwerk");
                });
    }
}
