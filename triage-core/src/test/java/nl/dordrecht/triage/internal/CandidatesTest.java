package nl.dordrecht.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.HelpQuestionBuilder;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;
import org.junit.jupiter.api.Test;

/** Which offers the rules weigh for a question: a gap rule's "not Offer(...)" can only see these. */
class CandidatesTest {
    private static final Catalogue CATALOGUE = CatalogueReader.read(new SourceFile("catalogue.yaml", """
            sources:
              T: test fixture
            neighbourhoods:
              - name: Centrum
                aliases: [Binnenstad]
              - name: Krispijn
            lifeDomains: {PARENTING: A, LONELINESS: B, MONEY: C, DEBTS: C, LETTERS_AND_FORMS: C, HEALTH: D, MENTAL_HEALTH: D,
                          LANGUAGE: E, WORK_EDUCATION: F, HOUSING: G, NEIGHBOURS: H, INTEGRATION: E, ELDERLY: I, CAREGIVING: I,
                          PRACTICAL_HELP: J, RELATIONSHIPS: K, LEGAL: L, PARTICIPATION: B}
            offers:
              - id: inloop-centrum
                name: Inloop Centrum
                formal: false
                general: true
                threshold: 1
                topics: [LONELINESS]
                neighbourhoods: [Centrum]
                meetingPlace: true
                source: T 1
              - id: geldhulp
                name: Geldhulp
                formal: false
                general: false
                threshold: 3
                topics: [MONEY]
                source: T 2
              - id: schoolwerk
                name: Schoolwerk
                formal: true
                general: true
                threshold: 2
                topics: [PARENTING]
                minChildAge: 4
                maxChildAge: 17
                channels: [SCHOOL]
                source: T 3
            """)).catalogue();

    private static Stream<String> weighed(Consumer<HelpQuestionBuilder> question) {
        HelpQuestionBuilder builder = HelpQuestion.builder();
        question.accept(builder);
        return CATALOGUE.candidatesFor(builder.build()).stream().map(Offer::getId);
    }

    @Test
    void aMeetingPlaceInTheResidentsWijkIsWeighedWhateverTheTopic() {
        assertThat(weighed(q -> q.topics(Topic.MONEY).neighbourhood("Binnenstad"))).containsExactly("inloop-centrum", "geldhulp");
    }

    @Test
    void aMeetingPlaceElsewhereIsNotWeighedForAnExplicitQuestionItDoesNotServe() {
        assertThat(weighed(q -> q.topics(Topic.MONEY).neighbourhood("Krispijn"))).containsExactly("geldhulp");
        assertThat(weighed(q -> q.topics(Topic.MONEY))).containsExactly("geldhulp");
    }

    @Test
    void anOfferAtSchoolIsWeighedForAYoungResidentWhereverTheQuestionCameIn() {
        assertThat(weighed(q -> q.topics(Topic.MONEY).age(17).channel(nl.dordrecht.triage.Channel.ONLINE)))
                .containsExactly("geldhulp", "schoolwerk");
        assertThat(weighed(q -> q.topics(Topic.MONEY).age(40).channel(nl.dordrecht.triage.Channel.ONLINE)))
                .containsExactly("geldhulp");
    }
}
