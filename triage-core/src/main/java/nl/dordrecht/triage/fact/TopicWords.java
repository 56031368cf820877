package nl.dordrecht.triage.fact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import nl.dordrecht.triage.Topic;

/** Topics in the words of the question form, lower case and in the contract's order, for the lines rules compose. */
final class TopicWords {
    private TopicWords() {
    }

    /** The labels of the topics that {@code included} accepts: "schulden en betalingsachterstanden", … */
    static List<String> of(Predicate<Topic> included) {
        return Arrays.stream(Topic.values()).filter(included).map(t -> t.label().toLowerCase(Locale.ROOT)).toList();
    }

    static List<String> of(Set<Topic> topics) {
        return of(topics::contains);
    }
}
