package nl.dordrecht.triage.rules.verify;

import static nl.dordrecht.triage.Topic.*;
import static nl.dordrecht.triage.rules.verify.Advices.explanation;
import static nl.dordrecht.triage.rules.verify.Advices.suggested;
import static nl.dordrecht.triage.rules.verify.Advices.suggestions;
import static org.assertj.core.api.Assertions.assertThat;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import org.junit.jupiter.api.Test;

/** The rules of money.drl and youth.drl that {@link MoneyAndYouthRulesTest} does not name, one rule at a time. */
class MoreMoneyAndYouthRulesTest {
    @Test
    void anLgbtiTeenagersRelationshipsAreNotForTheSeparationDesk() {
        VERIFIER.verifyThat("A separation offer is not for a young person's questions about who they are")
                .given(q -> q.topics(RELATIONSHIPS, LONELINESS).age(15).groups(Group.LGBTI)).fires()
                .andAdvice(a -> assertThat(suggested(a)).doesNotContain("adviespunt-sko"));
    }

    @Test
    void aParentWhoSeparatesKeepsTheSeparationDesk() {
        VERIFIER.verifyThat("A separation offer is not for a young person's questions about who they are")
                .given(q -> q.topics(RELATIONSHIPS).childAges(9).age(40)).doesNotFire()
                .andAdvice(a -> assertThat(suggested(a)).contains("adviespunt-sko"));
    }

    @Test
    void aTeenagerWhoseParentsDivorceHearsOfTheSeparationDeskAfterTheYouthOffers() {
        VERIFIER.verifyThat("A separation offer is a young person's option only when the parents separate")
                .given(q -> q.topics(RELATIONSHIPS, MENTAL_HEALTH).age(13).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("adviespunt-sko");
                    assertThat(a.alternatives()).anySatisfy(s -> {
                        assertThat(s.offerId()).isEqualTo("adviespunt-sko");
                        assertThat(s.reasons()).contains("Als de ouders uit elkaar gaan: ook voor de kinderen, met informatie en een luisterend oor.");
                    });
                });
    }

    @Test
    void anLgbtiTeenagerIsNotToldAboutSeparatingParents() {
        VERIFIER.verifyThat("A separation offer is a young person's option only when the parents separate")
                .given(q -> q.topics(RELATIONSHIPS, LONELINESS).age(15).groups(Group.LGBTI)).doesNotFire()
                .andAdvice(a -> assertThat(String.join(" ", a.explanation())).doesNotContain("uit elkaar"));
    }

    @Test
    void aPupilWhoseParentsDivorceGoesToSchoolSocialWorkBeforeTheNurse() {
        VERIFIER.verifyThat("For a young resident's question without a health complaint an offer for health ranks after the others")
                .given(q -> q.topics(RELATIONSHIPS, MENTAL_HEALTH).age(13).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("schoolmaatschappelijk-werk"));
    }

    @Test
    void aPupilWithAHealthComplaintMayStartWithTheSchoolNurse() {
        VERIFIER.verifyThat("For a young resident's question without a health complaint an offer for health ranks after the others")
                .given(q -> q.topics(HEALTH).age(16).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("jgz-jeugdverpleegkundige"));
    }

    private static final RuleVerifier VERIFIER = RoutePolicyRulesTest.VERIFIER;

    // money.drl

    @Test
    void aLowIncomeFamilysLonelySchoolChildKeepsTheDordtpasNamed() {
        VERIFIER.verifyThat("A low-income family whose child cannot join in gets the Dordtpas")
                .given(q -> q.topics(LONELINESS).groups(Group.LOW_INCOME).childAges(9).age(38))
                .fires().andAdvice(a -> assertThat(a.alternatives()).anySatisfy(s -> {
                    assertThat(s.offerId()).isEqualTo("dordtpas");
                    assertThat(String.join(" ", s.reasons())).contains("kindtegoed");
                }));
    }

    @Test
    void aLowIncomeFamilyWithOnlyAToddlerIsNotNamedTheDordtpas() {
        VERIFIER.verifyThat("A low-income family whose child cannot join in gets the Dordtpas")
                .given(q -> q.topics(LONELINESS).groups(Group.LOW_INCOME).childAges(2).age(38))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("dordtpas"));
    }

    @Test
    void aLetterArrangedTogetherIsLearntForNextTime() {
        VERIFIER.verifyThat("Arranging something practical is done together, so the resident can do it next time")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(40))
                .fires().andAdvice(a -> assertThat(String.join(" ", a.explanation()))
                        .contains("zodat hij of zij het de volgende keer zelf kan"));
    }

    @Test
    void aLetterNoticedButNotAskedForIsNotArrangedYet() {
        VERIFIER.verifyThat("Arranging something practical is done together, so the resident can do it next time")
                .given(q -> q.topics(LETTERS_AND_FORMS).explicit(false).age(40))
                .doesNotFire().andAdvice(a -> assertThat(String.join(" ", a.explanation()))
                        .doesNotContain("de volgende keer zelf"));
    }

    @Test
    void whoWantsToManageAloneHearsSamenOnceInTheSelfRelianceLine() {
        VERIFIER.verifyThat("Arranging something practical is done together, so the resident can do it next time")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(78).reluctance(nl.dordrecht.triage.Reluctance.SELF_RELIANCE))
                .doesNotFire().andAdvice(a -> {
                    assertThat(String.join(" ", a.explanation())).doesNotContain("de volgende keer zelf");
                    assertThat(a.explanation()).anyMatch(l -> l.contains("bied aan om mee te denken of het samen te doen"));
                });
    }

    @Test
    void aFormAskedAboutInAnAppIsNotArrangedTogether() {
        VERIFIER.verifyThat("Arranging something practical is done together, so the resident can do it next time")
                .given(q -> q.topics(LETTERS_AND_FORMS).age(40).channel(nl.dordrecht.triage.Channel.ONLINE))
                .doesNotFire().andAdvice(a -> assertThat(String.join(" ", a.explanation()))
                        .doesNotContain("de volgende keer zelf"));
    }

    // youth.drl

    @Test
    void a15YearOldsOwnHealthQuestionIsNotForTheConsultatiebureau() {
        VERIFIER.verifyThat("A family offer fits a young resident's own question only in the resident's own age band")
                .given(q -> q.topics(HEALTH).age(15))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jgz-jeugdverpleegkundige");
                    assertThat(suggested(a)).doesNotContain("jgz-consultatiebureau");
                });
    }

    @Test
    void aYoungMothersHealthQuestionKeepsTheConsultatiebureau() {
        VERIFIER.verifyThat("A family offer fits a young resident's own question only in the resident's own age band")
                .given(q -> q.topics(HEALTH).age(15).groups(Group.PREGNANT_OR_YOUNG_PARENT))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isIn("jgz-consultatiebureau", "jgz-voorzorg"));
    }

    @Test
    void theJongerenwerkComesFirstForALonely15YearOld() {
        VERIFIER.verifyThat("A general offer made for young people comes first for a young resident or young adult")
                .given(q -> q.topics(LONELINESS).age(15))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("jongerenwerk");
                    assertThat(a.primary().reasons()).contains("Speciaal voor jongeren van deze leeftijd.");
                });
    }

    @Test
    void theJongerenwerkDoesNotLeadForALonely30YearOld() {
        VERIFIER.verifyThat("A general offer made for young people comes first for a young resident or young adult")
                .given(q -> q.topics(LONELINESS).age(30))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).doesNotContain("jongerenwerk"));
    }

    @Test
    void forA15YearOldBuurtwerkForAllAgesSaysItIsNotMadeForYoungPeople() {
        VERIFIER.verifyThat("For a young resident an offer for all ages ranks after one made for young people")
                .given(q -> q.topics(LONELINESS).age(15))
                .fires().andAdvice(a -> assertThat(a.alternatives()).anySatisfy(s -> {
                    assertThat(s.offerId()).isEqualTo("buurtwerk");
                    assertThat(s.reasons()).contains("Voor alle leeftijden, niet speciaal voor jongeren.");
                }));
    }

    @Test
    void forAnAdultAMeetingPlaceForAllAgesLeadsWithoutThatRemark() {
        VERIFIER.verifyThat("For a young resident an offer for all ages ranks after one made for young people")
                .given(q -> q.topics(LONELINESS).age(30))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("de-buitenwacht");
                    assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                            .doesNotContain("Voor alle leeftijden, niet speciaal voor jongeren."));
                });
    }

    @Test
    void aYoungResidentReferredOnwardIsIntroducedInPerson() {
        VERIFIER.verifyThat("A young resident referred onward is introduced in person")
                .given(q -> q.topics(MENTAL_HEALTH).age(16))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(String.join(" ", a.explanation())).contains("breng de jongere persoonlijk in contact");
                });
    }

    @Test
    void aLonelyFifteenYearOldSentToAnOpenOfferIsIntroducedInPersonToo() {
        VERIFIER.verifyThat("A young resident referred onward is introduced in person")
                .given(q -> q.topics(LONELINESS).age(15))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.HELP_ON_THE_SPOT);
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(String.join(" ", a.explanation())).contains("breng de jongere persoonlijk in contact");
                });
    }

    @Test
    void aSeventeenYearOldNewInTownWritingOnlineIsOfferedTheFirstContactNotSomeoneHeKnows() {
        VERIFIER.verifyThat("A young resident referred onward is introduced in person")
                .given(q -> q.topics(WORK_EDUCATION, LONELINESS).age(17).groups(Group.NEW_IN_TOWN).monthsInDordrecht(3)
                        .channel(nl.dordrecht.triage.Channel.ONLINE))
                .fires().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(String.join(" ", a.explanation())).contains("bied aan het eerste contact te leggen")
                            .doesNotContain("via iemand die de jongere al kent");
                });
    }

    @Test
    void aFrightenedFifteenYearOldSentToAnOpenOfferHearsTheLineAboutTheFearInstead() {
        VERIFIER.verifyThat("A young resident referred onward is introduced in person")
                .given(q -> q.topics(LONELINESS).age(15).reluctance(nl.dordrecht.triage.Reluctance.FEAR_OF_CONSEQUENCES))
                .doesNotFire().andAdvice(a -> {
                    assertThat(a.handover()).isEqualTo(Handover.WARM_HANDOVER);
                    assertThat(String.join(" ", a.explanation())).contains("Maak het eerste contact samen met de jongere")
                            .doesNotContain("breng de jongere persoonlijk in contact");
                });
    }

    @Test
    void aYoungCarersHeadachesDoNotSendThemToAnOfferThatKnowsOnlyHealth() {
        VERIFIER.verifyThat("A young carer's complaints are the strain of caring, not a health question of their own")
                .given(q -> q.topics(CAREGIVING, HEALTH).age(14))
                .fires().andAdvice(a -> {
                    assertThat(suggested(a)).doesNotContain("ggd-verslaving", "buurtwerk");
                    assertThat(a.primary().offerId()).isEqualTo("mee-mantelzorg");
                });
    }

    @Test
    void aYoungResidentsOwnHealthQuestionKeepsTheHealthOnlyOffer() {
        VERIFIER.verifyThat("A young carer's complaints are the strain of caring, not a health question of their own")
                .given(q -> q.topics(HEALTH).age(14))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("ggd-verslaving"));
    }

    @Test
    void aPupilsQuestionAtSchoolStartsWithTheOfferPresentAtSchool() {
        VERIFIER.verifyThat("An offer present where the question surfaced that knows the whole question is on the route")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).explicit(false).age(15).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isIn("schoolmaatschappelijk-werk", "jgz-jeugdverpleegkundige");
                    assertThat(a.primary().reasons()).contains("Is er al, waar de vraag opkwam.");
                    assertThat(suggested(a)).contains("schoolmaatschappelijk-werk");
                });
    }

    @Test
    void theSameQuestionOnThePhoneDoesNotBringSchoolSocialWork() {
        VERIFIER.verifyThat("An offer present where the question surfaced that knows the whole question is on the route")
                .given(q -> q.topics(LONELINESS, MENTAL_HEALTH).explicit(false).age(15).channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                        .doesNotContain("Is er al, waar de vraag opkwam.")));
    }

    @Test
    void aFamilysQuestionOnSeveralDomainsRaisedAtSchoolGoesToTheWijkteamWithSchoolSocialWorkAmongTheOptions() {
        VERIFIER.verifyThat("An offer present where the question surfaced that serves part of it is among the options")
                .given(q -> q.topics(PARENTING, HOUSING, DEBTS).childAges(9).age(38).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM);
                    assertThat(a.primary().offerId()).isEqualTo("sociaal-wijkteam");
                    assertThat(suggested(a)).contains("schoolmaatschappelijk-werk");
                });
    }

    @Test
    void aSeparationRaisedAtSchoolGoesToTheSkoWithTheSchoolAmongTheOptions() {
        VERIFIER.verifyThat("An offer present where the question surfaced that serves part of it is among the options")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING).childAges(5, 11).age(38).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("adviespunt-sko");
                    assertThat(suggested(a)).contains("schoolmaatschappelijk-werk");
                });
    }

    @Test
    void aQuestionOnThePhoneHasNoOfferPresentAmongTheOptions() {
        VERIFIER.verifyThat("An offer present where the question surfaced that serves part of it is among the options")
                .given(q -> q.topics(RELATIONSHIPS, PARENTING).childAges(5, 11).age(38).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC)
                        .channel(nl.dordrecht.triage.Channel.HULPLIJN_PHONE))
                .doesNotFire().andAdvice(a -> assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                        .doesNotContain("Is er al, waar de vraag opkwam.")));
    }

    @Test
    void aFamilysUnaskedMoneyWorryNoticedAtSchoolStartsWithTheSchoolsOwnOffer() {
        VERIFIER.verifyThat("An offer present where an unasked question surfaced is where it starts")
                .given(q -> q.topics(PARENTING, MONEY).explicit(false).childAges(6).age(35).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> assertThat(a.primary().offerId()).isIn("schoolmaatschappelijk-werk", "jgz-jeugdverpleegkundige"));
    }

    @Test
    void theSameWorryAskedOutrightAtSchoolIsNotStartedThereByThisRule() {
        VERIFIER.verifyThat("An offer present where an unasked question surfaced is where it starts")
                .given(q -> q.topics(PARENTING, MONEY).childAges(6).age(35).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isNotEqualTo(Route.SAFETY_ESCALATION));
    }

    @Test
    void a16YearOldSkippingSchoolWithCannabisIsOneYouthQuestionNotTheWijkteams() {
        VERIFIER.verifyThat("Exception: a young person's own question about school, health, feelings and home is one question")
                .given(q -> q.topics(WORK_EDUCATION, HEALTH).age(16).channel(nl.dordrecht.triage.Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(suggested(a)).doesNotContain("sociaal-wijkteam").contains("ggd-verslaving");
                });
    }

    @Test
    void anAdultsSchoolAndHealthQuestionStaysOnSeveralDomains() {
        VERIFIER.verifyThat("Exception: a young person's own question about school, health, feelings and home is one question")
                .given(q -> q.topics(WORK_EDUCATION, HEALTH).age(36))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void aTeenagersUnaskedQuestionIsNotSentToAMeetingPlaceOfAdultResidents() {
        VERIFIER.verifyThat("An offer of adult residents and volunteers is not a young resident's own place")
                .given(q -> q.topics(LONELINESS).explicit(false).age(15))
                .fires().andAdvice(a -> assertThat(suggested(a)).doesNotContain("resto-van-harte", "de-buitenwacht", "door"));
    }

    @Test
    void anAdultsUnaskedQuestionStillStartsAtAMeetingPlaceOfResidents() {
        VERIFIER.verifyThat("An offer of adult residents and volunteers is not a young resident's own place")
                .given(q -> q.topics(LONELINESS).explicit(false).age(45))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("de-buitenwacht"));
    }

    @Test
    void aManWithBackPainWhoWantsToDoSomethingUsefulStartsAtTheVolunteeringCentre() {
        VERIFIER.verifyThat("The Dordtpas is not the primary for someone who asks to take part or needs guidance to")
                .given(q -> q.topics(PARTICIPATION).age(52)
                        .groups(Group.DISABILITY_OR_CHRONIC_ILLNESS, Group.LOW_INCOME))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("inzet078");
                    assertThat(suggested(a)).contains("dordtpas", "mee-matchingunit");
                });
    }

    @Test
    void aResidentOnBijstandWhoAsksForVolunteerWorkStartsAtTheVolunteeringCentreWithTheDordtpasBeside() {
        VERIFIER.verifyThat("The Dordtpas is not the primary for someone who asks to take part or needs guidance to")
                .given(q -> q.topics(PARTICIPATION).age(38).groups(Group.LOW_INCOME).channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("inzet078");
                    assertThat(suggested(a)).contains("dordtpas");
                });
    }

    @Test
    void aResidentOnAMinimumIncomeAskingAboutIncomeKeepsTheDordtpasAsAnAnswer() {
        VERIFIER.verifyThat("The Dordtpas is not the primary for someone who asks to take part or needs guidance to")
                .given(q -> q.topics(MONEY, PARTICIPATION).age(40).groups(Group.LOW_INCOME))
                .doesNotFire().andAdvice(a -> assertThat(suggested(a)).contains("dordtpas"));
    }

    @Test
    void aSingleMotherAskingAboutBijzondereBijstandHearsWhereItIsAsked() {
        VERIFIER.verifyThat("When the Dordtpas answers a parent's money question, the helper says where income support is asked")
                .given(q -> q.topics(MONEY).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(45)
                        .groups(Group.LOW_INCOME, Group.SINGLE_PARENT).childAges(6, 9))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isEqualTo("dordtpas");
                    assertThat(explanation(a)).contains("bijzondere bijstand vraagt de bewoner aan bij de Sociale Dienst Drechtsteden, toeslagen lopen via de Belastingdienst");
                    assertThat(suggested(a)).contains("sdd-geldzaken");
                });
    }

    @Test
    void aFamilyWhoseChildCannotJoinTheFootballClubHearsNoLineAboutIncome() {
        VERIFIER.verifyThat("When the Dordtpas answers a parent's money question, the helper says where income support is asked")
                .given(q -> q.topics(PARTICIPATION).age(40).groups(Group.LOW_INCOME).childAges(9))
                .doesNotFire().andAdvice(a -> assertThat(explanation(a)).doesNotContain("bijzondere bijstand"));
    }

    @Test
    void forADebtQuestionTheWaitingTimeIsSaidOnceInTheGapLine() {
        VERIFIER.verifyThat("An offer under pressure ranks below an equal alternative")
                .given(q -> q.topics(DEBTS).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).age(45))
                .fires().andAdvice(a -> {
                    assertThat(a.gaps()).contains("DEBT_ADVICE_CAPACITY");
                    assertThat(suggestions(a)).allSatisfy(s -> assertThat(s.reasons())
                            .doesNotContain("Heeft het nu erg druk; er kan een wachttijd zijn."));
                });
    }

    @Test
    void whereTheCapacityGapIsNotNamedTheBusyOfferSaysItsWaitingTime() {
        VERIFIER.verifyThat("An offer under pressure ranks below an equal alternative")
                .given(q -> q.topics(MONEY).complexity(nl.dordrecht.triage.Complexity.SINGLE_SPECIFIC).explicit(false).age(45))
                .fires().andAdvice(a -> {
                    assertThat(a.gaps()).doesNotContain("DEBT_ADVICE_CAPACITY");
                    assertThat(suggestions(a)).filteredOn(s -> s.offerId().equals("financieel-hulphuis"))
                            .allSatisfy(s -> assertThat(s.reasons()).contains("Heeft het nu erg druk; er kan een wachttijd zijn."));
                });
    }

    @Test
    void unopenedLettersNoticedAtAMeetingPlaceHearNoWaitingTimeYet() {
        VERIFIER.verifyThat("An offer under pressure names the capacity gap when it is suggested")
                .given(q -> q.topics(DEBTS, LONELINESS).explicit(false).age(60).channel(nl.dordrecht.triage.Channel.MEETING_PLACE))
                .doesNotFire().andAdvice(a -> assertThat(a.gaps()).doesNotContain("DEBT_ADVICE_CAPACITY"));
    }

    @Test
    void aLowIncomeFamilysQuestionAboutTheChildrensCostsIsOneQuestionForTheDordtpas() {
        VERIFIER.verifyThat("Exception: a low-income family's question about what a school-age child needs is one question")
                .given(q -> q.topics(MONEY, PARENTING).groups(Group.LOW_INCOME).childAges(7, 10).age(36).channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.route()).isEqualTo(Route.REFER_SPECIFIC);
                    assertThat(a.primary().offerId()).isEqualTo("dordtpas");
                    assertThat(suggested(a)).doesNotContain("sociaal-wijkteam");
                });
    }

    @Test
    void aFamilyWithDebtsAndParentingTroubleIsNotMadeOneQuestion() {
        VERIFIER.verifyThat("Exception: a low-income family's question about what a school-age child needs is one question")
                .given(q -> q.topics(DEBTS, PARENTING).groups(Group.LOW_INCOME).childAges(7, 10).age(36).channel(Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(a.route()).isEqualTo(Route.REFER_WIJKTEAM));
    }

    @Test
    void aGirlAfraidHerParentsHearOfItIsNotSentFirstToTheDordtpas() {
        VERIFIER.verifyThat("A young resident afraid the parents find out is not sent first to what a parent applies for")
                .given(q -> q.topics(MONEY).groups(Group.LOW_INCOME).reluctance(Reluctance.FEAR_OF_CONSEQUENCES).age(15).channel(Channel.SCHOOL))
                .fires().andAdvice(a -> {
                    assertThat(a.primary().offerId()).isNotEqualTo("dordtpas");
                    assertThat(suggested(a)).contains("dordtpas");
                });
    }

    @Test
    void aGirlWhoDoesNotFearHerParentsMayStartWithTheDordtpas() {
        VERIFIER.verifyThat("A young resident afraid the parents find out is not sent first to what a parent applies for")
                .given(q -> q.topics(MONEY).groups(Group.LOW_INCOME).age(15).channel(Channel.SCHOOL))
                .doesNotFire().andAdvice(a -> assertThat(a.primary().offerId()).isEqualTo("dordtpas"));
    }
}
