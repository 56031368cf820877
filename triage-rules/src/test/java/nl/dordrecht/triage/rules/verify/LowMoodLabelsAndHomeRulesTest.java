package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import org.junit.jupiter.api.Test;

/**
 * One rule at a time, for the rules review round 45 found missing: low mood with the wish for company or to take part
 * (route.drl step 9) and the Dordtpas beside it for a low income (situations.drl), a caller's one-question label on two life domains (complexity.drl), and trouble with the home of
 * a resident with psychiatric complaints (groups.drl).
 */
class LowMoodLabelsAndHomeRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void lowMoodWithTheWishToTakePartAskedOnlineGoesToTheSociaalMakelaarWithWaysToTakePart() {
        VERIFIER.verifyThat("Step 9: an adult's low mood with the wish for company or to take part goes to the sociaal makelaar")
                .given(q -> q.topics(MENTAL_HEALTH, PARTICIPATION).age(52).channel(Channel.ONLINE).neighbourhood("Sterrenburg"))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SOCIAL_BROKER);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggested(a)).contains("inzet078");
                    assertThat(explanation(a)).contains("zoekt samen iets dat past").doesNotContain("geen passend aanbod");
                });
    }

    @Test
    void lowMoodWithLonelinessOnThePhoneGoesToTheSociaalMakelaar() {
        VERIFIER.verifyThat("Step 9: an adult's low mood with the wish for company or to take part goes to the sociaal makelaar")
                .given(q -> q.topics(MENTAL_HEALTH, LONELINESS).age(40).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar"));
    }

    @Test
    void lowMoodWithTheWishToTakePartOfAResidentWithPsychiatricComplaintsKeepsTheGuidedSteps() {
        VERIFIER.verifyThat("Step 9: an adult's low mood with the wish for company or to take part goes to the sociaal makelaar")
                .given(q -> q.topics(MENTAL_HEALTH, PARTICIPATION).groups(Group.PSYCHIATRIC_VULNERABILITY).age(45).channel(Channel.ONLINE))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isNotEqualTo("sociaal-makelaar"));
    }

    @Test
    void lowMoodWithTheWishToTakePartLabelledSimpleIsHelpedNearbyByTheVolunteerCentre() {
        VERIFIER.verifyThat("Step 9: an adult's low mood with the wish for company or to take part goes to the sociaal makelaar")
                .given(q -> q.topics(PARTICIPATION, MENTAL_HEALTH).complexity(Complexity.SIMPLE_PRACTICAL).age(30).channel(Channel.ONLINE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.primary().offerId()).isEqualTo("inzet078");
                });
    }

    @Test
    void lowMoodAloneIsNotThisStep() {
        VERIFIER.verifyThat("Step 9: an adult's low mood with the wish for company or to take part goes to the sociaal makelaar")
                .given(q -> q.topics(MENTAL_HEALTH).age(40).channel(Channel.ONLINE))
                .doesNotFire();
    }

    @Test
    void aLowIncomeResidentWhoIsLowAndWantsToTakePartKeepsTheFreeDordtpas() {
        VERIFIER.verifyThat("A low-income resident who asks to take part keeps the Dordtpas in the advice")
                .given(q -> q.topics(MENTAL_HEALTH, PARTICIPATION).groups(Group.LOW_INCOME).age(60).channel(Channel.HULPLIJN_PHONE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar");
                    assertThat(suggestion(a, "dordtpas").reasons()).anyMatch(r -> r.startsWith("Gratis voor wie weinig te besteden heeft"));
                });
    }

    @Test
    void withoutALowIncomeTheDordtpasIsNotNamedOnTheSociaalMakelaarsRoute() {
        VERIFIER.verifyThat("A low-income resident who asks to take part keeps the Dordtpas in the advice")
                .given(q -> q.topics(MENTAL_HEALTH, PARTICIPATION).age(60).channel(Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("dordtpas"));
    }

    @Test
    void aSingleMotherAtSchoolAskingAboutHerChildAndHerDebtsAsOneQuestionHearsOfTheWijkteam() {
        VERIFIER.verifyThat("A one-question label on two life domains still names the wijkteam")
                .given(q -> q.topics(PARENTING, DEBTS).complexity(Complexity.SINGLE_SPECIFIC).groups(Group.SINGLE_PARENT)
                        .childAges(10).age(40).channel(Channel.SCHOOL).neighbourhood("Krispijn"))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(suggestion(a, "sociaal-wijkteam").reasons()).contains("Kijkt naar het geheel, als de bewoner dat wil.");
                    assertThat(explanation(a)).contains("raakt meer levensgebieden");
                });
    }

    @Test
    void aMotherWithLittleDutchAskingAboutHerChildsLanguageDelayIsNotSentToTheWijkteam() {
        VERIFIER.verifyThat("A one-question label on two life domains still names the wijkteam")
                .given(q -> q.topics(PARENTING, LANGUAGE).complexity(Complexity.SINGLE_SPECIFIC).childAges(5).age(31).channel(Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-wijkteam"));
    }

    @Test
    void theWijkteamsOwnOneQuestionLabelIsNotSentBackToIt() {
        VERIFIER.verifyThat("A one-question label on two life domains still names the wijkteam")
                .given(q -> q.topics(PARENTING, DEBTS).complexity(Complexity.SINGLE_SPECIFIC).childAges(10).age(40).channel(Channel.WIJKTEAM))
                .doesNotFire();
    }

    @Test
    void aManWithPsychiatricComplaintsInTroubleWithHisNeighboursAndHomeIsIntroducedInPersonTheWijkteamNamed() {
        VERIFIER.verifyThat("Trouble with the home of a resident with psychiatric complaints names the wijkteam, introduced in person")
                .given(q -> q.topics(NEIGHBOURS, HOUSING).groups(Group.PSYCHIATRIC_VULNERABILITY).age(58).channel(Channel.GP).neighbourhood("Wielwijk"))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("buurtbemiddeling");
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(suggested(a)).contains("sociaal-wijkteam");
                });
    }

    @Test
    void aNeighbourConflictWithoutPsychiatricComplaintsIsLeftToTheResident() {
        VERIFIER.verifyThat("Trouble with the home of a resident with psychiatric complaints names the wijkteam, introduced in person")
                .given(q -> q.topics(NEIGHBOURS, HOUSING).age(58).channel(Channel.GP))
                .doesNotFire().andAdvice(a -> assertThat(a.handover()).isEqualTo(Handover.SELF_REFERRAL));
    }
}
