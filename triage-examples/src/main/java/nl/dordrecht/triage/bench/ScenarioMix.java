package nl.dordrecht.triage.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.json.TriageJson;
import nl.dordrecht.triage.internal.ResourceFolder;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.internal.scenario.ScenarioReader;

/** The realistic question mix: every answerable question of the shipped scenario corpus, in a fixed shuffled order. */
public final class ScenarioMix {
    static final String FOLDER = "triage/dordrecht/scenarios";
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
            ScenarioReader.Result result = ScenarioReader.read(ResourceFolder.readClasspath(
                    ResourceFolder.defaultLoader(), FOLDER, ".yaml", "scenarios/"));
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

    /** A per-thread walk through the mix, so each thread cycles through every question in turn. */
    static final class Cursor {
        private final HelpQuestion[] questions;
        private int next;

        Cursor(List<HelpQuestion> questions, int start) {
            this.questions = questions.toArray(HelpQuestion[]::new);
            this.next = Math.floorMod(start, this.questions.length);
        }

        HelpQuestion next() {
            HelpQuestion q = questions[next];
            next = next + 1 == questions.length ? 0 : next + 1;
            return q;
        }
    }
}
