package nl.dordrecht.triage.internal.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;
import org.junit.jupiter.api.Test;

/** Scenario files are read as strictly as the catalogue: what YAML would silently override is an error. */
class ScenarioReaderTest {

    @Test
    void aRepeatedKeyInAQuestionIsAnErrorAtItsLine() {
        Problem problem = onlyProblem("""
                - name: t
                  source: test
                  question: {topics: [DEBTS], age: 17,
                             age: 70}
                  expect: {route: REFER_SPECIFIC}
                """);
        assertThat(problem).isEqualTo(new Problem("scenarios/t.yaml", 4, 14,
                "key 'age' appears twice in one mapping; the second would silently replace the first"));
    }

    @Test
    void aSecondExpectIsAnErrorNotAReplacement() {
        Problem problem = onlyProblem("""
                - name: t
                  source: test
                  question: {topics: [DEBTS]}
                  expect: {route: REFER_SPECIFIC}
                  expect: {route: REFER_WIJKTEAM}
                """);
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.message()).startsWith("key 'expect' appears twice");
    }

    @Test
    void anAliasIsAnErrorBecauseJacksonWouldReadItAsTheAnchorsName() {
        Problem problem = onlyProblem("""
                - name: t
                  source: test
                  question: {topics: [DEBTS]}
                  expect: {route: *refer}
                """);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).isEqualTo("an alias (*refer) is not allowed: write the value out in full");
    }

    @Test
    void aWellFormedFileHasNoProblems() {
        ScenarioReader.Result read = read("""
                - name: t
                  source: test
                  question: {topics: [DEBTS], age: 17}
                  expect: {route: REFER_SPECIFIC}
                """);
        assertThat(read.problems()).isEmpty();
        assertThat(read.scenarios()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("t"));
    }

    private static Problem onlyProblem(String yaml) {
        ScenarioReader.Result read = read(yaml);
        assertThat(read.scenarios()).isEmpty();
        assertThat(read.problems()).hasSize(1);
        return read.problems().get(0);
    }

    private static ScenarioReader.Result read(String yaml) {
        return ScenarioReader.read(List.of(new SourceFile("scenarios/t.yaml", yaml)));
    }
}
