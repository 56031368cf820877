package nl.dordrecht.triage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageJsonTest {

    @Test
    void readsAContractQuestion() {
        HelpQuestion q = TriageJson.readQuestion("""
                {"id":"ex-debt-fear","topics":["MONEY"],"complexity":"SINGLE_SPECIFIC",
                 "reluctance":["FEAR_OF_CONSEQUENCES"],"age":41,"explicit":false}""");
        assertThat(q.id()).isEqualTo("ex-debt-fear");
        assertThat(q.topics()).containsExactly(Topic.MONEY);
        assertThat(q.reluctance()).containsExactly(Reluctance.FEAR_OF_CONSEQUENCES);
        assertThat(q.age()).isEqualTo(41);
        assertThat(q.explicit()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"topics\":[]}                                 | topics        | at least one",
            "{\"topics\":[\"MONEY\",\"CARS\"]}               | topics[1]     | unknown code",
            "{\"topics\":[\"MONEY\",\"MONEY\"]}              | topics[1]     | each code may appear once",
            "{\"topics\":[\"MONEY\"],\"name\":\"Jan\"}       | name          | no personal data",
            "{\"topics\":[\"MONEY\"],\"bsn\":\"123456789\"}  | bsn           | no personal data",
            "{\"topics\":[\"MONEY\"],\"age\":-3}             | age           | from 0 to 120",
            "{\"topics\":[\"MONEY\"],\"age\":\"41\"}         | age           | whole number",
            "{\"topics\":[\"MONEY\"],\"age\":4.5}            | age           | whole number",
            "{\"topics\":[\"MONEY\"],\"childAges\":[3,19]}   | childAges[1]  | from 0 to 17",
            "{\"topics\":[\"MONEY\"],\"explicit\":\"no\"}    | explicit      | true or false",
            "{\"topics\":[\"MONEY\"],\"channel\":\"FAX\"}    | channel       | must be one of",
            "{\"topics\":[\"MONEY\"],\"id\":\"a b\"}         | id            | correlation id",
            "{}                                              | topics        | required",
            "[1,2]                                           | ''            | JSON object",
            "{\"topics\":                                    | ''            | not valid JSON at line 1, column 11",
            "{\"topics\":[\"MONEY\"],\"topics\":[\"HOUSING\"]} | topics      | appears more than once",
            "{\"topics\":[\"MONEY\"],\"age\":4,\"age\":40}      | age         | appears more than once",
            "{\"topics\":[\"MONEY\"],\"age\":17.99999999999999999} | age       | written without a fraction or exponent",
            "{\"topics\":[\"MONEY\"],\"age\":17.0}           | age           | written without a fraction or exponent",
            "{\"topics\":[\"MONEY\"],\"age\":1e2}            | age           | written without a fraction or exponent",
            "{\"topics\":[\"MONEY\"],\"age\":1e-400}         | age           | written without a fraction or exponent",
            "{\"topics\":[\"MONEY\"],\"age\":99999999999}    | age           | from 0 to 120",
            "{\"topics\":[\"MONEY\"],\"childAges\":[3,17.0]} | childAges[1]  | written without a fraction or exponent",
            "{\"topics\":[\"MONEY\"],\"childAges\":[3,null]} | childAges[1]  | not null",
            "{\"topics\":[\"MONEY\"],\"monthsInDordrecht\":1e1} | monthsInDordrecht | written without a fraction or exponent",
            "{\"topics\":[\"MONEY\"]} {\"topics\":[\"LEGAL\"]} | ''        | more than one JSON value at line 1, column 22",
            "{\"topics\":[\"MONEY\"],\"x\":{\"a\":1,\"a\":2}} | ''          | repeats a field name within one object at line 1, column 32",
    })
    void invalidInputNamesTheField(String json, String field, String message) {
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> TriageJson.readQuestion(json));
        assertThat(e.errors()).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void anErrorKeepsTheIdAndListsEveryField() {
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> TriageJson.readQuestion(
                "{\"id\":\"q7\",\"topics\":[\"X\"],\"age\":200,\"address\":\"Straat 1\"}"));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("address", "topics[0]", "age");
        assertThat(TriageJson.write(e)).startsWith("{\"id\":\"q7\",\"errors\":[{\"field\":\"address\"");
        assertThat(TriageJson.write(e)).doesNotContain("Straat 1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"topics\":[\"MONEY\"],\"age\":JanDeVries}   | not valid JSON at line 1, column 27",
            "{\"topics\":[\"MONEY\"],\"age\":'JanDeVries'} | not valid JSON at line 1, column 27",
            "JanDeVries                                          | not valid JSON at line 1, column 1",
            "{\"topics\":[\"MONEY\"],\"age\":0x1A_JanDeVries} | not valid JSON at line 1, column 28",
    })
    void unreadableJsonSaysWhereButNeverQuotesTheInput(String json, String message) {
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> TriageJson.readQuestion(json));
        assertThat(e.errors()).containsExactly(new FieldError("", message));
        assertThat(e.getMessage()).doesNotContain("JanDeVries");
    }

    @Test
    void aRejectedFieldIsNamedOnlyWhenItsNameIsAPlainIdentifier() {
        String longName = "a".repeat(41);
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> TriageJson.readQuestion(
                "{\"topics\":[\"MONEY\"],\"Jan de Vries\":1,\"" + longName + "\":2,\"postcode_3311\":3}"));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("", "", "postcode_3311");
        assertThat(e.errors()).extracting(FieldError::message)
                .allSatisfy(m -> assertThat(m).contains("unknown", "no personal data"));
        assertThat(TriageJson.write(e)).doesNotContain("Jan de Vries").doesNotContain(longName);
    }

    @Test
    void aRepeatedFieldWhoseNameIsNotPlainIsNotNamed() {
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class,
                () -> TriageJson.readQuestion("{\"topics\":[\"MONEY\"],\"Jan Jansen\":1,\"Jan Jansen\":2}"));
        assertThat(e.errors()).containsExactly(
                new FieldError("", "repeats a field name within one object at line 1, column 36"));
    }

    @Test
    void unreadableJsonKeepsOnlyTheTopLevelStringId() {
        assertThat(unreadable("{\"id\":\"q9\",\"topics\":[\"MONEY\"").questionId()).contains("q9");
        assertThat(unreadable("{\"x\":{\"id\":\"nested\"},\"topics\":").questionId()).isEmpty();
        assertThat(unreadable("{\"id\":9,\"topics\":").questionId()).isEmpty();
        assertThat(unreadable("[{\"id\":\"in-array\"},").questionId()).isEmpty();
        assertThat(unreadable("{\"id\":\"Jan de Vries\",\"topics\":").questionId()).isEmpty();
    }

    @Test
    void aReadableQuestionWithANestedIdOnlyKeepsItsOwnId() {
        InvalidQuestionException e = unreadable("{\"topics\":[\"MONEY\"],\"extra\":{\"id\":\"nested\"}}");
        assertThat(e.questionId()).isEmpty();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("extra");
    }

    private static InvalidQuestionException unreadable(String json) {
        return catchThrowableOfType(InvalidQuestionException.class, () -> TriageJson.readQuestion(json));
    }

    @Test
    void deepNestingAndHugeNumbersAreRejectedAsFieldErrors() {
        String deep = "{\"topics\":" + "[".repeat(50) + "]".repeat(50) + "}";
        String huge = "{\"topics\":[\"MONEY\"],\"age\":" + "9".repeat(400) + "}";
        String longCode = "{\"topics\":[\"" + "X".repeat(TriageJson.MAX_STRING + 1) + "\"]}";
        for (String json : List.of(deep, huge, longCode)) {
            InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> TriageJson.readQuestion(json));
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEmpty();
                assertThat(error.message()).startsWith("goes past the input limits").contains("at line 1, column");
            });
        }
    }
}
