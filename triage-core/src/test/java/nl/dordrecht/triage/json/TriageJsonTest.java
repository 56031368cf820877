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
            "{\"topics\":                                    | ''            | not readable as JSON",
            "{\"topics\":[\"MONEY\"],\"topics\":[\"HOUSING\"]} | ''          | not readable as JSON",
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

    @Test
    void deepNestingAndHugeNumbersAreRejectedAsFieldErrors() {
        String deep = "{\"topics\":" + "[".repeat(50) + "]".repeat(50) + "}";
        String huge = "{\"topics\":[\"MONEY\"],\"age\":" + "9".repeat(400) + "}";
        for (String json : List.of(deep, huge)) {
            InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class, () -> TriageJson.readQuestion(json));
            assertThat(e.errors()).isNotEmpty();
        }
    }
}
