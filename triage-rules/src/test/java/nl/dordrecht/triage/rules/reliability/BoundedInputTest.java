package nl.dordrecht.triage.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.json.TriageJson;
import org.junit.jupiter.api.Test;

/** Hostile input is refused early, with one clear error, never by exhausting memory. */
class BoundedInputTest {

    private static InvalidQuestionException refused(String json) {
        return catchThrowableOfType(InvalidQuestionException.class, () -> TriageJson.readQuestion(json));
    }

    @Test
    void anOversizedArrayIsOneErrorNotOnePerItem() {
        String topics = "[" + "\"MONEY\",".repeat(10_000) + "\"MONEY\"]";
        InvalidQuestionException e = refused("{\"topics\":" + topics + "}");
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("topics");
            assertThat(error.message()).isEqualTo("must list at most 8 codes");
        });
        assertThat(refused("{\"topics\":[\"MONEY\"],\"childAges\":[" + "1,".repeat(5_000) + "1]}").errors())
                .singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("childAges"));
    }

    @Test
    void aHugeNumberIsRefusedByTheParser() {
        assertThat(refused("{\"topics\":[\"MONEY\"],\"age\":" + "9".repeat(500) + "}").errors())
                .singleElement().satisfies(error -> assertThat(error.message()).startsWith("goes past the input limits"));
    }

    @Test
    void deepNestingIsRefusedByTheParser() {
        assertThat(refused("{\"topics\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}").errors())
                .singleElement().satisfies(error -> assertThat(error.message()).contains("nesting"));
    }

    @Test
    void aTenMegabyteStringIsRefusedByTheParser() {
        String id = "x".repeat(10 * 1024 * 1024);
        assertThat(refused("{\"id\":\"" + id + "\",\"topics\":[\"MONEY\"]}").errors()).singleElement()
                .satisfies(error -> {
                    assertThat(error.message()).startsWith("goes past the input limits");
                    assertThat(error.message()).hasSizeLessThan(500);
                });
    }
}
