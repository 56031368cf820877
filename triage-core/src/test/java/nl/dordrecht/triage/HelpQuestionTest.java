package nl.dordrecht.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class HelpQuestionTest {

    @Test
    void aQuestionWithoutTopicsIsRejectedNamingTopics() {
        assertThatThrownBy(() -> HelpQuestion.builder().build())
                .isInstanceOfSatisfying(InvalidQuestionException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("topics", "must name at least one topic")));
    }

    @Test
    void everyFieldErrorIsReportedAtOnce() {
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> HelpQuestion.builder()
                .id("has spaces").topics(Topic.MONEY).age(-1).childAges(3, 18).monthsInDordrecht(1501).build());
        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("id", "age", "childAges[1]", "monthsInDordrecht");
        assertThat(e.questionId()).isEmpty();
    }

    @Test
    void aValidIdIsKeptOnTheErrorSoBatchCallersCanMatchIt() {
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class,
                () -> HelpQuestion.builder().id("q-1").topics(Topic.MONEY).age(121).build());
        assertThat(e.questionId()).contains("q-1");
    }

    @Test
    void collectionsAreCopiedSoTheQuestionIsImmutable() {
        HelpQuestion q = HelpQuestion.builder().topics(Topic.MONEY, Topic.HOUSING).childAges(4).build();
        assertThatThrownBy(() -> q.topics().add(Topic.LEGAL)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> q.childAges().add(5)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(q.explicit()).isTrue();
    }
}
