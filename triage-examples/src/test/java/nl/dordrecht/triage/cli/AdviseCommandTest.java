package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import org.junit.jupiter.api.Test;

/** {@code triage advise} exactly as shared/contract/README.md says: streams, exit codes, order, error objects. */
class AdviseCommandTest {

    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }
    }

    static Run run(byte[] stdin, String... args) {
        return run(source -> TriageEngine.builder().rules(source).build(), stdin, args);
    }

    static Run run(Function<RuleSource, TriageEngine> engines, String stdin, String... args) {
        return run(engines, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Run run(Function<RuleSource, TriageEngine> engines, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TriageCommand.commandLine(new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                engines).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static String examples() throws IOException {
        try (InputStream in = AdviseCommandTest.class.getResourceAsStream("/contract/questions.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void oneQuestionGetsOneSchemaValidAdviceOnStdout() {
        Run run = run("{\"id\":\"q1\",\"topics\":[\"MONEY\"]}", "advise");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode advice = ContractSchemas.assertValid(ContractSchemas.ADVICE, run.out().strip());
        assertThat(advice.get("id").asText()).isEqualTo("q1");
    }

    @Test
    void aQuestionMayBePrettyPrintedOverSeveralLines() {
        Run run = run("{\n  \"topics\": [\"HOUSING\", \"PARENTING\"],\n  \"childAges\": [7]\n}\n", "advise");
        assertThat(run.exit()).isZero();
        assertThat(ContractSchemas.assertValid(ContractSchemas.ADVICE, run.out().strip()).get("route").asText())
                .isEqualTo("REFER_WIJKTEAM");
    }

    @Test
    void anInvalidQuestionGetsAnErrorObjectOnStderrAndExitTwo() {
        Run run = run("{\"id\":\"q2\",\"topics\":[],\"bsn\":\"123\"}", "advise");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        JsonNode error = ContractSchemas.assertValid(ContractSchemas.ERROR, run.err().strip());
        assertThat(error.get("id").asText()).isEqualTo("q2");
        assertThat(error.get("errors").findValuesAsText("field")).containsExactly("bsn", "topics");
    }

    @Test
    void anUnknownWijkIsAnErrorListingTheKnownOnes() {
        Run run = run("{\"topics\":[\"MONEY\"],\"neighbourhood\":\"Atlantis\"}", "advise");
        assertThat(run.exit()).isEqualTo(2);
        JsonNode error = ContractSchemas.assertValid(ContractSchemas.ERROR, run.err().strip());
        assertThat(error.get("errors").get(0).get("field").asText()).isEqualTo("neighbourhood");
        assertThat(error.get("errors").get(0).get("message").asText()).startsWith("unknown wijk; known: ")
                .contains("Krispijn", "Dubbeldam", "Sterrenburg");
    }

    @Test
    void unreadableJsonIsAnErrorObjectNeverAStackTrace() {
        Run run = run("{\"topics\": [\"MONEY\"", "advise");
        assertThat(run.exit()).isEqualTo(2);
        ContractSchemas.assertValid(ContractSchemas.ERROR, run.err().strip());
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void jsonLinesAnswersEveryContractExampleInOrderAgainstTheSchema() throws IOException {
        Run run = run(examples(), "advise", "--jsonl");
        assertThat(run.exit()).isZero();
        List<String> ids = examples().lines().map(l -> ContractSchemas.assertValid(ContractSchemas.QUESTION, l)
                .get("id").asText()).toList();
        assertThat(run.outLines()).hasSameSizeAs(ids);
        for (int i = 0; i < ids.size(); i++) {
            JsonNode advice = ContractSchemas.assertValid(ContractSchemas.ADVICE, run.outLines().get(i));
            assertThat(advice.get("id").asText()).isEqualTo(ids.get(i));
        }
    }

    @Test
    void inJsonLinesAnInvalidLineTakesItsPlaceWithItsIdAndTheRunGoesOn() {
        Run run = run("""
                {"id":"a","topics":["MONEY"]}
                {"id":"b","topics":["NOPE"]}
                {"id":"c","topics":["MONEY"
                not json at all

                {"id":"e","topics":["LEGAL"]}
                """, "advise", "--jsonl");
        assertThat(run.exit()).isEqualTo(2);
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(5);
        ContractSchemas.assertValid(ContractSchemas.ADVICE, lines.get(0));
        assertThat(ContractSchemas.assertValid(ContractSchemas.ERROR, lines.get(1)).get("id").asText()).isEqualTo("b");
        assertThat(ContractSchemas.assertValid(ContractSchemas.ERROR, lines.get(2)).get("id").asText()).isEqualTo("c");
        assertThat(ContractSchemas.assertValid(ContractSchemas.ERROR, lines.get(3)).has("id")).isFalse();
        assertThat(ContractSchemas.assertValid(ContractSchemas.ADVICE, lines.get(4)).get("id").asText()).isEqualTo("e");
    }

    @Test
    void aGoodABadAndAGoodLineGiveThreeLinesInOrderAndTheBadOnesIdOnlyFromTheTopLevel() {
        Run run = run("""
                {"id":"first","topics":["MONEY"]}
                {"extra":{"id":"nested"},"topics":["MONEY"
                {"id":"third","topics":["LEGAL"]}
                """, "advise", "--jsonl");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.outLines()).hasSize(3);
        assertThat(ContractSchemas.assertValid(ContractSchemas.ADVICE, run.outLines().get(0)).get("id").asText())
                .isEqualTo("first");
        JsonNode error = ContractSchemas.assertValid(ContractSchemas.ERROR, run.outLines().get(1));
        assertThat(error.has("id")).as("a nested id is not the line's id").isFalse();
        assertThat(error.get("errors").get(0).get("field").asText()).isEmpty();
        assertThat(error.get("errors").get(0).get("message").asText()).isEqualTo("not valid JSON at line 1, column 43");
        assertThat(ContractSchemas.assertValid(ContractSchemas.ADVICE, run.outLines().get(2)).get("id").asText())
                .isEqualTo("third");
    }

    @Test
    void anIdThatIsNotAStringIsNotTakenEvenWhenANestedOneIs() {
        Run run = run("{\"id\":42,\"x\":{\"id\":\"nested\"},\"topics\":[\"MONEY\"]}\n", "advise", "--jsonl");
        JsonNode error = ContractSchemas.assertValid(ContractSchemas.ERROR, run.outLines().get(0));
        assertThat(error.has("id")).isFalse();
        assertThat(error.get("errors").findValuesAsText("field")).containsExactly("x", "id");
    }

    @Test
    void unreadableJsonIsDescribedWithoutEchoingItsTokens() {
        Run run = run("{\"topics\":[\"MONEY\"],\"age\":JanDeVries}", "advise");
        assertThat(run.exit()).isEqualTo(2);
        JsonNode error = ContractSchemas.assertValid(ContractSchemas.ERROR, run.err().strip());
        assertThat(error.get("errors").get(0).get("message").asText()).isEqualTo("not valid JSON at line 1, column 27");
        assertThat(run.err()).doesNotContain("JanDeVries");
    }

    /** The shipped engine, except that it throws on the question with this id, as a bug in it would. */
    private static Function<RuleSource, TriageEngine> failingOn(String id) {
        return source -> {
            TriageEngine engine = TriageEngine.builder().rules(source).build();
            return new AnsweringEngine(engine, question -> {
                if (id.equals(question.id())) {
                    throw new IllegalStateException("failed on " + question);
                }
                return engine.advise(question);
            });
        };
    }

    @Test
    void whenTheEngineFailsOnALineItsErrorObjectTakesItsPlaceAndTheRunGoesOnWithExitThree() {
        Run run = run(failingOn("boom"), """
                {"id":"before","topics":["MONEY"]}
                {"id":"boom","topics":["MONEY"],"monthsInDordrecht":1234}
                {"id":"invalid","topics":["NOPE"]}
                {"id":"after","topics":["MONEY"]}
                """, "advise", "--jsonl");
        assertThat(run.exit()).isEqualTo(TriageCommand.INTERNAL_ERROR);
        assertThat(run.outLines()).hasSize(4);
        ContractSchemas.assertValid(ContractSchemas.ADVICE, run.outLines().get(0));
        JsonNode failed = ContractSchemas.assertValid(ContractSchemas.ERROR, run.outLines().get(1));
        assertThat(failed.get("id").asText()).isEqualTo("boom");
        assertThat(failed.get("errors").get(0).get("field").asText()).isEmpty();
        assertThat(failed.get("errors").get(0).get("message").asText()).isEqualTo(AdviseCommand.INTERNAL_ERROR_MESSAGE);
        assertThat(ContractSchemas.assertValid(ContractSchemas.ERROR, run.outLines().get(2)).get("id").asText())
                .isEqualTo("invalid");
        assertThat(ContractSchemas.assertValid(ContractSchemas.ADVICE, run.outLines().get(3)).get("id").asText())
                .isEqualTo("after");
        assertThat(run.err()).startsWith("triage: line 2: internal error java.lang.IllegalStateException at ")
                .doesNotContain("failed on").doesNotContain("1234");
    }

    @Test
    void aSingleQuestionTheEngineFailsOnGetsItsErrorObjectOnStderrAndExitThree() {
        Run run = run(failingOn("boom"), "{\"id\":\"boom\",\"topics\":[\"MONEY\"]}", "advise");
        assertThat(run.exit()).isEqualTo(TriageCommand.INTERNAL_ERROR);
        assertThat(run.out()).isEmpty();
        JsonNode failed = ContractSchemas.assertValid(ContractSchemas.ERROR, run.err().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(failed.get("id").asText()).isEqualTo("boom");
        assertThat(failed.get("errors").get(0).get("message").asText()).isEqualTo(AdviseCommand.INTERNAL_ERROR_MESSAGE);
    }

    @Test
    void theHelpDocumentsTheExitCodes() {
        Run run = run("", "advise", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("(?m)^ +0 +every question was answered$")
                .containsPattern("(?m)^ +2 +a question was invalid")
                .containsPattern("(?m)^ +3 +the engine failed on a question");
    }

    @Test
    void overlongLinesAndInvalidUtf8AreRejectedPerLine() {
        byte[] longLine = ("{\"topics\":[\"MONEY\"],\"id\":\"" + "x".repeat(AdviseCommand.MAX_QUESTION_BYTES) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] badUtf8 = {'{', '"', 't', 'o', 'p', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] ok = "{\"topics\":[\"MONEY\"]}\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(longLine);
        in.writeBytes(badUtf8);
        in.writeBytes(ok);
        Run run = run(in.toByteArray(), "advise", "--jsonl");
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).contains("longer than");
        assertThat(run.outLines().get(1)).contains("not valid UTF-8");
        ContractSchemas.assertValid(ContractSchemas.ADVICE, run.outLines().get(2));
    }

    @Test
    void unusableArgumentsExitTwo() {
        assertThat(run("", "advise", "--no-such-option").exit()).isEqualTo(2);
        assertThat(run("", "advise", "--rules", "x").exit()).isEqualTo(2);
    }

    @Test
    void theSchemaCheckItselfRejectsWhatTheContractForbids() throws IOException {
        assertThat(ContractSchemas.ADVICE.validate(ContractSchemas.JSON.readTree("{\"route\":\"ELSEWHERE\"}"))).isNotEmpty();
        assertThat(ContractSchemas.QUESTION.validate(ContractSchemas.JSON.readTree("{\"topics\":[\"MONEY\"],\"name\":\"x\"}")))
                .isNotEmpty();
    }
}
