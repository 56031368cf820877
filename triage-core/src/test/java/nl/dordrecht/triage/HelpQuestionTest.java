package nl.dordrecht.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
    static Stream<Arguments> nullLists() {
        return Stream.of(
                Arguments.of("topics", (UnaryOperator<HelpQuestionBuilder>) b -> b.topics((Collection<Topic>) null)),
                Arguments.of("topics", (UnaryOperator<HelpQuestionBuilder>) b -> b.topics((Topic[]) null)),
                Arguments.of("reluctance", (UnaryOperator<HelpQuestionBuilder>) b -> b.reluctance((Collection<Reluctance>) null)),
                Arguments.of("barriers", (UnaryOperator<HelpQuestionBuilder>) b -> b.barriers((Barrier[]) null)),
                Arguments.of("groups", (UnaryOperator<HelpQuestionBuilder>) b -> b.groups((Collection<Group>) null)),
                Arguments.of("childAges", (UnaryOperator<HelpQuestionBuilder>) b -> b.childAges((Collection<Integer>) null)),
                Arguments.of("childAges", (UnaryOperator<HelpQuestionBuilder>) b -> b.childAges((Integer[]) null)),
                Arguments.of("safetySignals", (UnaryOperator<HelpQuestionBuilder>) b -> b.safetySignals((SafetySignal[]) null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullLists")
    void aNullListIsAFieldErrorNotANullPointerException(String field, UnaryOperator<HelpQuestionBuilder> set) {
        HelpQuestionBuilder builder = HelpQuestion.builder().id("q-3");
        if (!field.equals("topics")) {
            builder.topics(Topic.MONEY);
        }
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> set.apply(builder).build());
        assertThat(e.errors()).containsExactly(
                new FieldError(field, "must not be null; leave it out, or give no values, for none"));
        assertThat(e.questionId()).contains("q-3");
    }

    @Test
    void aNullCodeInsideAListIsNamedByItsPlaceAmongTheValuesGiven() {
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> HelpQuestion.builder()
                .topics(Topic.MONEY).topics(Topic.DEBTS, null).groups(Arrays.asList(null, Group.LOW_INCOME)).build());
        assertThat(e.errors()).containsExactly(
                new FieldError("topics[2]", "must be a code, not null"),
                new FieldError("groups[0]", "must be a code, not null"));
    }

    @Test
    void aNullChildAgeIsNamedByItsIndexAndLaterAgesKeepTheirs() {
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class,
                () -> HelpQuestion.builder().topics(Topic.PARENTING).childAges(3, null, 19).build());
        assertThat(e.errors()).containsExactly(
                new FieldError("childAges[1]", "must be a whole number from 0 to 17"),
                new FieldError("childAges[2]", "must be a whole number from 0 to 17"));
    }

    @Test
    void theQuestionsOwnConstructorAlsoNamesNullsInsteadOfThrowingNullPointerException() {
        Set<Topic> topics = new LinkedHashSet<>(Arrays.asList(Topic.MONEY, null));
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> new HelpQuestion(null,
                topics, null, true, null, null, null, null, Arrays.asList(4, null), null, null, null, null));
        assertThat(e.errors()).containsExactly(
                new FieldError("topics[1]", "must be a code, not null"),
                new FieldError("childAges[1]", "must be a whole number from 0 to 17"));
    }

    @Test
    void nullForASingleValueMeansUnknownAndClearsIt() {
        HelpQuestion q = HelpQuestion.builder().topics(Topic.MONEY).age(40).age(null).neighbourhood("Krispijn")
                .neighbourhood(null).channel(Channel.GP).channel(null).complexity(null).id(null).build();
        assertThat(q.age()).isNull();
        assertThat(q.neighbourhood()).isNull();
        assertThat(q.channel()).isNull();
    }
}
