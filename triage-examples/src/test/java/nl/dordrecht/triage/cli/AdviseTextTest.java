package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import nl.dordrecht.triage.Contact;
import nl.dordrecht.triage.Fallback;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.cli.AdviseCommandTest.Run;
import nl.dordrecht.triage.internal.CatalogueReader;
import nl.dordrecht.triage.json.TriageJson;
import org.junit.jupiter.api.Test;

/** {@code advise --format text}: the whole advice in Dutch, in the order a volunteer reads it aloud, and no codes. */
class AdviseTextTest {
    private static final String QUESTION = "{\"id\":\"t1\",\"topics\":[\"LETTERS_AND_FORMS\",\"DEBTS\"],"
            + "\"reluctance\":[\"SHAME\"],\"barriers\":[\"LOW_LITERACY\"],\"neighbourhood\":\"Krispijn\",\"age\":50}";

    /** One engine for the shipped rules: each test would otherwise compile them again. */
    private static final TriageEngine SHIPPED = TriageEngine.dordrecht();

    private static Run run(String stdin, String... args) {
        return AdviseCommandTest.run(source -> SHIPPED, stdin, args);
    }

    /** The same question through the Java API: what the text must say. */
    private static TriageAdvice expected() {
        return SHIPPED.advise(TriageJson.readQuestion(QUESTION));
    }

    @Test
    void theTextSaysTheWholeAdviceInTheOrderAVolunteerReadsIt() throws IOException {
        TriageAdvice advice = expected();
        assertThat(advice.signals()).isNotEmpty();
        assertThat(advice.gaps()).isNotEmpty();
        assertThat(advice.alternatives()).hasSizeGreaterThan(1);

        Run run = run(QUESTION, "advise", "--format", "text");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        String text = run.out();
        assertThat(text).startsWith("Advies · vraag t1\n");
        String gap = CatalogueReader.read(RuleSource.dordrecht().read().catalogue()).catalogue().gapDescriptions()
                .get(advice.gaps().get(0));
        assertThat(advice.explanation()).contains(gap);
        String explanation = section(text, "Uitleg", "Route: ");
        advice.explanation().stream().filter(line -> !line.equals(gap))
                .forEach(line -> assertThat(explanation).contains("  " + line + "\n"));
        assertThat(text).contains("Route: " + advice.route().label() + "\n",
                "Overdracht – " + advice.handover().label() + "\n");
        String primary = section(text, "Begin bij: " + advice.primary().name(), "Andere mogelijkheden");
        advice.primary().reasons().forEach(reason -> assertThat(primary).contains("- " + reason + "\n"));
        String alternatives = section(text, "Andere mogelijkheden", "Om naar te vragen");
        int number = 0;
        for (Suggestion alternative : advice.alternatives()) {
            String own = section(alternatives, ++number + ". " + alternative.name(),
                    number < advice.alternatives().size() ? (number + 1) + ". " : "\n\n");
            alternative.reasons().forEach(reason -> assertThat(own).contains("- " + reason));
        }
        String signal = advice.signals().get(0).reason();
        assertThat(section(text, "Om naar te vragen", "Wat er in het aanbod nog ontbreekt"))
                .contains("- Taal: " + signal);
        // The gap's description is a line of the explanation too: said once, under the gaps.
        assertThat(section(text, "Wat er in het aanbod nog ontbreekt", "(regels: ")).contains("- " + gap);
        assertThat(explanation).doesNotContain(gap);
        assertThat(text).endsWith("(regels: " + advice.rulesetVersion() + ")\n");
        assertThat(text).doesNotContain(advice.route().name(), advice.handover().name(), "LANGUAGE",
                advice.gaps().get(0), "{");
    }

    @Test
    void eachOfferSaysHowToReachItWhereTheCatalogueKnows() {
        TriageAdvice advice = SHIPPED.advise(HelpQuestion.builder().topics(Topic.MENTAL_HEALTH)
                .safetySignals(SafetySignal.SUICIDE_RISK).age(30).build());
        Suggestion line113 = Stream.concat(Stream.of(advice.primary()), advice.alternatives().stream())
                .filter(s -> s.offerId().equals("zelfmoordpreventie-113")).findFirst().orElseThrow();
        Contact contact = line113.contact().orElseThrow();

        String text = run("{\"topics\":[\"MENTAL_HEALTH\"],\"safetySignals\":[\"SUICIDE_RISK\"],\"age\":30}",
                "advise", "--format", "text").out();
        String own = section(text, line113.name() + "\n", "- ");
        assertThat(own).contains("Contact: telefoon " + contact.phone().orElseThrow() + "; open "
                + contact.hours().orElseThrow() + "\n");
        Suggestion unknown = Stream.concat(Stream.of(advice.primary()), advice.alternatives().stream())
                .filter(s -> s.contact().isEmpty()).findFirst().orElseThrow();
        assertThat(section(text, unknown.name() + "\n", "- ")).doesNotContain("Contact:");
    }

    @Test
    void jsonStaysTheDefaultAndIsWhatFormatJsonWrites() {
        Run byDefault = run(QUESTION, "advise");
        Run json = run(QUESTION, "advise", "--format", "json");
        assertThat(byDefault.exit()).isZero();
        ContractSchemas.assertValid(ContractSchemas.ADVICE, byDefault.out().strip());
        assertThat(json.out()).isEqualTo(byDefault.out());
    }

    @Test
    void anInvalidQuestionGetsItsErrorsAsTextOnStderrWithoutEchoingIt() {
        Run run = run("{\"id\":\"t2\",\"topics\":[],\"bsn\":\"123456782\"}", "advise", "--format", "text");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("De vraag · vraag t2: geen advies\n").contains("  - topics: ")
                .doesNotContain("123456782");
    }

    @Test
    void withJsonlEachLineGetsItsBlockInOrderAndAFailedLineItsErrorsInPlace() {
        Run run = run("{\"id\":\"a\",\"topics\":[\"LONELINESS\"],\"age\":80}\n\n"
                + "{\"id\":\"b\",\"topics\":[]}\n{\"topics\":[\"HOUSING\",\"PARENTING\"],\"childAges\":[7]}\n",
                "advise", "--jsonl", "--format", "text");
        assertThat(run.exit()).isEqualTo(2);
        List<String> blocks = List.of(run.out().split("\n\n(?=Regel )"));
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).startsWith("Regel 1 · vraag a\n").contains("Begin bij: ");
        assertThat(blocks.get(1)).isEqualTo("Regel 3 · vraag b: geen advies\n  - topics: must name at least one topic");
        assertThat(blocks.get(2)).startsWith("Regel 4\n").contains("Route: Naar het Sociaal Wijkteam");
    }

    @Test
    void theSafeAnswerSaysWhyItIsOne() {
        // A deadline of a nanosecond would race the worker on a busy machine: the engine here flags its advice instead.
        Run run = AdviseCommandTest.run(source -> flaggedAsTimedOut(TriageEngine.builder().rules(source).build()),
                "{\"topics\":[\"MONEY\"]}", "advise", "--format", "text");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Advies\nLet op: " + Fallback.DEADLINE_EXCEEDED.label() + ".\n");
    }

    @Test
    void anUnknownFormatIsAnUnusableArgument() {
        Run run = run(QUESTION, "advise", "--format", "xml");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--format").contains("json, text");
    }

    private static TriageEngine flaggedAsTimedOut(TriageEngine engine) {
        return new AnsweringEngine(engine, question -> {
            TriageAdvice a = engine.advise(question);
            return new TriageAdvice(a.id(), a.route(), a.primary(), a.alternatives(), a.signals(), a.handover(),
                    a.gaps(), a.explanation(), a.rulesetVersion(), Fallback.DEADLINE_EXCEEDED);
        });
    }

    /** The text from the line starting with {@code heading} up to {@code next}. */
    private static String section(String text, String heading, String next) {
        int start = text.indexOf(heading);
        assertThat(start).as("heading %s", heading).isNotNegative();
        int end = text.indexOf(next, start + heading.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
