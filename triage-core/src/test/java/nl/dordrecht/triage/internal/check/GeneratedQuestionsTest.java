package nl.dordrecht.triage.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.internal.diff.DiffQuestion;
import nl.dordrecht.triage.internal.diff.GeneratedQuestions;
import nl.dordrecht.triage.json.TriageJson;
import org.junit.jupiter.api.Test;

/** The generated questions of {@code triage diff}: the documented set, each valid, each once, always the same. */
class GeneratedQuestionsTest {
    private static final List<String> WIJKEN = List.of("Krispijn", "Dubbeldam");

    @Test
    void everyTopicAloneAndInPairsWithAgesMarkersAndWijken() {
        int topics = Topic.values().length;
        int extras = 1 + Reluctance.values().length + Barrier.values().length + Group.values().length;
        int singles = topics * 5 * extras;
        int pairs = topics * (topics - 1) / 2 * 4 * 4;
        List<DiffQuestion> questions = GeneratedQuestions.all(WIJKEN);
        assertThat(questions).hasSize(singles + pairs + topics * WIJKEN.size() * 2);
        assertThat(questions.stream().map(DiffQuestion::json).distinct()).hasSameSizeAs(questions);
        assertThat(questions).extracting(DiffQuestion::json).contains("{\"topics\":[\"DEBTS\"],\"age\":72,\"reluctance\":[\"SHAME\"]}",
                "{\"topics\":[\"ELDERLY\"],\"age\":72,\"neighbourhood\":\"Dubbeldam\"}",
                "{\"topics\":[\"PARENTING\",\"LONELINESS\"],\"barriers\":[\"LOW_LITERACY\"]}");
        questions.forEach(q -> assertThat(TriageJson.readQuestion(q.json()).topics()).isNotEmpty());
        assertThat(GeneratedQuestions.all(WIJKEN)).isEqualTo(questions);
    }
}
