package nl.dordrecht.triage.internal.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Topic;

/**
 * A systematic, deterministic set of questions that a change to the rules or the catalogue may move, beside the
 * scenarios (docs/RULE_AUTHORING.md "The impact of a change"):
 * <ol>
 * <li>every topic alone, at age unknown, 9, 15, 35 and 72, with nothing else or with one marker of
 *     vraagverlegenheid, one barrier or one group (each in turn);</li>
 * <li>every pair of topics, at age unknown, 15, 35 and 72, with nothing else, shame, low literacy or a low income;</li>
 * <li>every topic alone in every wijk, at age 35 and 72.</li>
 * </ol>
 * In this order, always the same for the same wijken: a diff run twice lists the same questions.
 */
public final class GeneratedQuestions {
    static final List<Integer> SINGLE_AGES = Arrays.asList(null, 9, 15, 35, 72);
    static final List<Integer> PAIR_AGES = Arrays.asList(null, 15, 35, 72);
    static final List<Integer> WIJK_AGES = List.of(35, 72);

    private GeneratedQuestions() {
    }

    public static List<DiffQuestion> all(List<String> wijken) {
        List<String> questions = new ArrayList<>();
        List<String> extras = Stream.of(Stream.of(""), codes("reluctance", Reluctance.values()),
                codes("barriers", Barrier.values()), codes("groups", Group.values())).flatMap(s -> s).toList();
        for (Topic topic : Topic.values()) {
            for (Integer age : SINGLE_AGES) {
                extras.forEach(extra -> questions.add(json(topics(topic), age, extra)));
            }
        }
        List<String> pairExtras = List.of("", field("reluctance", Reluctance.SHAME), field("barriers", Barrier.LOW_LITERACY),
                field("groups", Group.LOW_INCOME));
        Topic[] all = Topic.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                for (Integer age : PAIR_AGES) {
                    for (String extra : pairExtras) {
                        questions.add(json(topics(all[i], all[j]), age, extra));
                    }
                }
            }
        }
        for (Topic topic : all) {
            for (String wijk : wijken) {
                for (Integer age : WIJK_AGES) {
                    questions.add(json(topics(topic), age, ",\"neighbourhood\":" + quoted(wijk)));
                }
            }
        }
        return questions.stream().map(q -> new DiffQuestion(DiffQuestion.GENERATED, q)).toList();
    }

    private static Stream<String> codes(String field, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> field(field, v));
    }

    private static String field(String name, Enum<?> value) {
        return ",\"" + name + "\":[\"" + value.name() + "\"]";
    }

    private static String topics(Topic... topics) {
        return "\"topics\":[" + String.join(",", Arrays.stream(topics).map(t -> "\"" + t.name() + "\"").toList()) + "]";
    }

    private static String json(String topics, Integer age, String extra) {
        return "{" + topics + (age == null ? "" : ",\"age\":" + age) + extra + "}";
    }

    /** A wijk name as a JSON string; names are letters, spaces and hyphens, but quotes would break the question. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
