package nl.dordrecht.triage.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.json.TriageJson;
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import nl.dordrecht.triage.internal.ResourceFolder;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.internal.scenario.ScenarioReader;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/** The realistic question mix: every answerable question of the shipped scenario corpus, in a fixed shuffled order. */
public final class ScenarioMix {
    static final String FOLDER = "triage/dordrecht/scenarios";
    /**
     * A folder of scenario files whose questions make the mix instead of the shipped ones, so two versions of the
     * engine can be measured on the same questions: {@code -jvmArgsAppend -Dtriage.bench.scenarios=DIR}.
     */
    static final String MIX_PROPERTY = "triage.bench.scenarios";
    /** Fixed, so every run and every benchmark sees the same order. */
    private static final long SEED = 20_240_501L;

    private ScenarioMix() {
    }

    /**
     * The questions, read through the JSON contract like a caller would; questions the engine rejects (scenarios
     * about invalid input, if any) are left out because they measure error handling, not advice.
     */
    public static List<HelpQuestion> questions(TriageEngine engine) {
        List<HelpQuestion> questions = new ArrayList<>();
        for (Scenario scenario : scenarios()) {
            try {
                HelpQuestion q = TriageJson.readQuestion(scenario.questionJson());
                engine.advise(q);
                questions.add(q);
            } catch (InvalidQuestionException e) {
                System.err.println("bench: skipping scenario '" + scenario.name() + "': " + e.getMessage());
            }
        }
        if (questions.isEmpty()) {
            throw new IllegalStateException("no answerable scenario questions in classpath:" + FOLDER);
        }
        Collections.shuffle(questions, new Random(SEED));
        return List.copyOf(questions);
    }

    static List<Scenario> scenarios() {
        try {
            String folder = System.getProperty(MIX_PROPERTY);
            ScenarioReader.Result result = ScenarioReader.read(folder == null
                    ? ResourceFolder.readClasspath(ResourceFolder.defaultLoader(), FOLDER, ".yaml", "scenarios/")
                    : ResourceFolder.read(Path.of(folder), ".yaml", "scenarios/"));
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("unreadable scenarios: " + result.problems());
            }
            return result.scenarios();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same question, built again through the validating constructor: the per-call validation every caller pays. */
    static HelpQuestion revalidate(HelpQuestion q) {
        return new HelpQuestion(q.id(), q.topics(), q.complexity(), q.explicit(), q.reluctance(), q.barriers(),
                q.groups(), q.age(), q.childAges(), q.monthsInDordrecht(), q.neighbourhood(), q.safetySignals(),
                q.channel());
    }

    /** JMH state shared by all threads of a trial: the shipped engine, its candidate index and the mix. */
    @State(Scope.Benchmark)
    public static class Shared {
        TriageEngine engine;
        Catalogue catalogue;
        List<HelpQuestion> questions;

        @Setup(Level.Trial)
        public void build() {
            engine = TriageEngine.dordrecht();
            catalogue = ((DroolsTriageEngine) engine).ruleSet().catalogue();
            questions = questions(engine);
        }
    }

    /**
     * A per-thread walk through the mix: each thread cycles through every question, starting at its own offset so
     * two threads do not ask in lock-step.
     */
    @State(Scope.Thread)
    public static class Walk {
        private HelpQuestion[] questions;
        private int next;

        @Setup(Level.Trial)
        public void start(Shared shared, ThreadParams thread) {
            questions = shared.questions.toArray(HelpQuestion[]::new);
            next = thread.getThreadIndex() * questions.length / thread.getThreadCount();
        }

        HelpQuestion next() {
            HelpQuestion q = questions[next];
            next = next + 1 == questions.length ? 0 : next + 1;
            return q;
        }
    }
}
