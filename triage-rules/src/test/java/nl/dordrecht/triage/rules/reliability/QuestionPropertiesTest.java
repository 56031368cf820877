package nl.dordrecht.triage.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.json.TriageJson;

/** Properties every question has, valid or not: checked on random questions. */
class QuestionPropertiesTest {
    private static final TriageEngine ENGINE = TriageEngine.dordrecht();

    @Provide
    Arbitrary<HelpQuestion> questions() {
        return Arbitraries.longs().map(seed -> Questions.mix(1, seed, ENGINE.neighbourhoods()).get(0));
    }

    @Property(tries = 500)
    void everyValidQuestionGetsACompleteDeterministicAdvice(@ForAll("questions") HelpQuestion question) {
        TriageAdvice advice = ENGINE.advise(question);
        List<String> suggested = Stream.concat(Stream.of(advice.primary()), advice.alternatives().stream())
                .map(Suggestion::offerId).toList();
        assertThat(advice.alternatives()).hasSizeLessThanOrEqualTo(TriageAdvice.MAX_ALTERNATIVES);
        assertThat(suggested).doesNotHaveDuplicates();
        assertThat(advice.explanation()).isNotEmpty();
        assertThat(advice.rulesetVersion()).isEqualTo(ENGINE.rulesetVersion());
        assertThat(Stream.concat(Stream.of(advice.primary()), advice.alternatives().stream()))
                .allSatisfy(s -> assertThat(s.threshold()).isBetween(0, 6));
        assertThat(ENGINE.advise(question)).isEqualTo(advice);
        assertThat(TriageJson.readQuestion(toJson(question))).as("the question survives its JSON form").isEqualTo(question);
    }

    @Property(tries = 300)
    void safetySignalsAlwaysEscalateAndTheSafetyRulesHoldForEveryone(@ForAll("questions") HelpQuestion question) {
        TriageAdvice advice = ENGINE.advise(question);
        if (question.hasSafetySignal()) {
            assertThat(advice.route()).isEqualTo(Route.SAFETY_ESCALATION);
            assertThat(advice.handover()).isEqualTo(Handover.EMERGENCY);
        } else {
            assertThat(advice.route()).isNotEqualTo(Route.SAFETY_ESCALATION);
        }
        if (question.channel() == Channel.HULPLIJN_PHONE) {
            assertThat(advice.primary().offerId()).isNotEqualTo("hulplijn-dordt");
            assertThat(advice.alternatives()).extracting(Suggestion::offerId).doesNotContain("hulplijn-dordt");
        }
        if (question.age() != null && question.age() < 18) {
            assertThat(advice.primary().offerId()).isNotEqualTo("sociaal-makelaar");
        }
    }

    @Provide
    Arbitrary<String> invalidJson() {
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> badValues = Arbitraries.of("\"CARS\"", "-1", "121", "4.5", "true", "null", "{}", "[]",
                "\"\"", "[\"MONEY\",\"MONEY\"]", "99999999999999999999", "\"" + "x".repeat(70) + "\"");
        Arbitrary<String> fields = Arbitraries.of("id", "topics", "complexity", "explicit", "reluctance", "barriers",
                "groups", "age", "childAges", "monthsInDordrecht", "neighbourhood", "safetySignals", "channel",
                "name", "bsn", "address", "freeText");
        Arbitrary<String> oneBadField = Combinators.combine(fields, badValues)
                .as((field, value) -> "{\"topics\":[\"MONEY\"],\"" + field + "\":" + value + "}");
        return Arbitraries.oneOf(anyText, oneBadField);
    }

    @Property(tries = 500)
    void invalidInputOnlyEverGivesFieldErrors(@ForAll("invalidJson") String json) {
        Throwable thrown = catchThrowable(() -> TriageJson.readQuestion(json));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidQuestionException.class);
            assertThat(((InvalidQuestionException) thrown).errors()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.field()).isNotNull());
        }
    }

    /** The contract form of a question, for the round trip through JSON. */
    private static String toJson(HelpQuestion q) {
        StringBuilder json = new StringBuilder("{\"id\":\"" + q.id() + "\",\"topics\":" + codes(q.topics()));
        json.append(",\"explicit\":").append(q.explicit());
        json.append(",\"reluctance\":").append(codes(q.reluctance()));
        json.append(",\"barriers\":").append(codes(q.barriers()));
        json.append(",\"groups\":").append(codes(q.groups()));
        json.append(",\"safetySignals\":").append(codes(q.safetySignals()));
        json.append(",\"childAges\":").append(q.childAges());
        if (q.complexity() != null) {
            json.append(",\"complexity\":\"").append(q.complexity()).append('"');
        }
        if (q.age() != null) {
            json.append(",\"age\":").append(q.age());
        }
        if (q.monthsInDordrecht() != null) {
            json.append(",\"monthsInDordrecht\":").append(q.monthsInDordrecht());
        }
        if (q.neighbourhood() != null) {
            json.append(",\"neighbourhood\":\"").append(q.neighbourhood()).append('"');
        }
        if (q.channel() != null) {
            json.append(",\"channel\":\"").append(q.channel()).append('"');
        }
        return json.append('}').toString();
    }

    private static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> "\"" + v.name() + "\"").toList().toString();
    }
}
