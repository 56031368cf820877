package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestions;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Group;

import org.junit.jupiter.api.Test;

/** ages.drl, one rule at a time: an offer fits only the ages it is for, of the resident and of the children. */
class AgesRulesTest {
    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    @Test
    void offersForAdultsOnlyAreNotForA16YearOld() {
        VERIFIER.verifyThat("An offer is not for residents outside its age range")
                .given(q -> q.topics(MENTAL_HEALTH).age(16))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("sociaal-makelaar", "yulius-inloophuis"));
    }

    @Test
    void whenTheAgeIsUnknownNoOfferIsRuledOutByItsAgeRange() {
        VERIFIER.verifyThat("An offer is not for residents outside its age range")
                .given(q -> q.topics(MENTAL_HEALTH))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("sociaal-makelaar"));
    }

    @Test
    void anOfferForSchoolAgeChildrenIsNotForTheParentOfAToddler() {
        VERIFIER.verifyThat("A parenting offer is not for parents of children of another age")
                .given(q -> q.topics(PARENTING, HEALTH).childAges(2).age(30))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jgz-consultatiebureau");
                    assertThat(suggested(a)).doesNotContain("jgz-jeugdverpleegkundige", "schoolmaatschappelijk-werk");
                });
    }

    @Test
    void withoutKnownChildAgesNoParentingOfferIsRuledOutByThem() {
        VERIFIER.verifyThat("A parenting offer is not for parents of children of another age")
                .given(q -> q.topics(PARENTING).age(35))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a))
                        .contains("jgz-consultatiebureau", "jgz-jeugdverpleegkundige"));
    }

    @Test
    void aParentingOfferForTheChildsAgeBandSaysSo() {
        VERIFIER.verifyThat("A parenting offer for the children's age band is made for this family")
                .given(q -> q.topics(PARENTING, HEALTH).childAges(2).age(30))
                .fires().andAdvice(a -> assertThat(a.primary().reasons())
                        .contains("Voor ouders van kinderen van 0 tot en met 3 jaar."));
    }

    @Test
    void aMeetingPlaceForParentsOfBabiesGoesBeforeOffersForEveryParentAtItsThreshold() {
        VERIFIER.verifyThat("A parenting offer for the children's age band is made for this family")
                .given(q -> q.topics(PARENTING, LONELINESS).groups(Group.PREGNANT_OR_YOUNG_PARENT).childAges(0).age(20)
                        .channel(Channel.MEETING_PLACE))
                .fires().andAdvice(a -> assertThat(suggested(a)).contains("mamacafe"));
    }

    @Test
    void withoutKnownChildAgesNoAgeBandIsGivenAsAReason() {
        VERIFIER.verifyThat("A parenting offer for the children's age band is made for this family")
                .given(q -> q.topics(PARENTING).age(35))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a))
                        .allSatisfy(s -> assertThat(s.reasons()).noneMatch(r -> r.startsWith("Voor ouders van kinderen van"))));
    }

    @Test
    void offersForParentsOfOlderChildrenAreNotForAnExpectingParent() {
        VERIFIER.verifyThat("An offer for parents of older children does not fit an expecting or young parent")
                .given(q -> q.topics(PARENTING).groups(Group.PREGNANT_OR_YOUNG_PARENT).age(22))
                .fires().andAdvice(a -> {
                    assertThat(suggested(a)).doesNotContain("jgz-jeugdverpleegkundige", "schoolmaatschappelijk-werk", "poh-jeugd");
                    assertThat(suggested(a)).contains("jgz-consultatiebureau");
                });
    }

    @Test
    void aParentOutsideTheYoungParentGroupStillSeesOffersForOlderChildren() {
        VERIFIER.verifyThat("An offer for parents of older children does not fit an expecting or young parent")
                .given(q -> q.topics(PARENTING).age(35))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("jgz-jeugdverpleegkundige"));
    }

    @Test
    void aFamilyOfferDoesNotFitAnAdultsRelationshipQuestionWithoutChildren() {
        VERIFIER.verifyThat("An offer for families does not fit an adult's question about their own life")
                .given(q -> q.topics(RELATIONSHIPS).age(40))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("adviespunt-sko"));
    }

    @Test
    void aSeparationWithChildrenIsTheAdultQuestionTheSkoFits() {
        VERIFIER.verifyThat("An offer for families does not fit an adult's question about their own life")
                .given(q -> q.topics(RELATIONSHIPS).childAges(8).age(40))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko"));
    }

    @Test
    void whenTheAgeIsUnknownAnOfferOnlyForYoungPeopleIsNotSuggested() {
        VERIFIER.verifyThat("When the age is unknown an offer only for young people is not assumed")
                .given(q -> q.topics(PARTICIPATION))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("jongerenwerk", "toppie"));
    }

    @Test
    void whenAYoungResidentsAgeIsKnownTheJongerenwerkLeads() {
        VERIFIER.verifyThat("When the age is unknown an offer only for young people is not assumed")
                .given(q -> q.topics(PARTICIPATION).age(15))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("jongerenwerk"));
    }
}
