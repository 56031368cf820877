package nl.dordrecht.triage.internal.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.TriageEngine;

/**
 * The known gaps the rules name in one wijk and not elsewhere: for each topic and wijk, the gaps named for an adult
 * (35) and an older resident (72) asking about that topic there, less those named for the same question without a
 * wijk. Asking the rules keeps the judgement where the project keeps it; the heat map marks these cells.
 */
public record LocalGaps(Map<Topic, Map<String, Set<String>>> byTopicAndWijk) {
    static final List<Integer> AGES = List.of(35, 72);

    public static LocalGaps none() {
        return new LocalGaps(Map.of());
    }

    public static LocalGaps find(TriageEngine engine, List<String> wijken) {
        Map<Topic, Map<String, Set<String>>> found = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            Set<String> everywhere = gaps(engine, topic, null);
            for (String wijk : wijken) {
                Set<String> here = gaps(engine, topic, wijk);
                here.removeAll(everywhere);
                if (!here.isEmpty()) {
                    found.computeIfAbsent(topic, t -> new HashMap<>()).put(wijk, here);
                }
            }
        }
        return new LocalGaps(found);
    }

    public Set<String> in(Topic topic, String wijk) {
        return byTopicAndWijk.getOrDefault(topic, Map.of()).getOrDefault(wijk, Set.of());
    }

    private static Set<String> gaps(TriageEngine engine, Topic topic, String wijk) {
        Set<String> gaps = new TreeSet<>();
        for (int age : AGES) {
            try {
                gaps.addAll(engine.advise(HelpQuestion.builder().topics(topic).age(age).neighbourhood(wijk).build()).gaps());
            } catch (InvalidQuestionException e) {
                // A wijk this engine's catalogue does not know: no gap to show there.
            }
        }
        return gaps;
    }
}
