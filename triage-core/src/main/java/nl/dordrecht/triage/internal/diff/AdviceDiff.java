package nl.dordrecht.triage.internal.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.scenario.Scenario;

/**
 * The impact of a change before it ships: every question of the scenarios and the generated set
 * ({@link GeneratedQuestions}) whose primary, route, handover or alternatives differ between two versions.
 */
public final class AdviceDiff {
    private AdviceDiff() {
    }

    /** The scenarios' questions (both versions' scenarios, each question once), then the generated ones not among them. */
    public static List<DiffQuestion> questions(List<Scenario> scenarios, List<String> wijken) {
        Map<String, DiffQuestion> byJson = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            byJson.putIfAbsent(s.questionJson(), new DiffQuestion(s.file() + ":" + s.line() + " '" + s.name() + "'", s.questionJson()));
        }
        GeneratedQuestions.all(wijken).forEach(q -> byJson.putIfAbsent(q.json(), q));
        return List.copyOf(byJson.values());
    }

    /**
     * The questions whose advice differs, in the order given. Engines are thread-safe, so the questions are answered
     * in parallel; the order of the result is the questions' order all the same.
     */
    public static List<AdviceChange> compare(TriageEngine before, TriageEngine after, List<DiffQuestion> questions) {
        return questions.parallelStream().map(q -> {
            Outcome old = Outcome.of(before, q.json());
            Outcome now = Outcome.of(after, q.json());
            return new AdviceChange(q, old, now, now.changedFrom(old));
        }).filter(c -> !c.changed().isEmpty()).toList();
    }
}
