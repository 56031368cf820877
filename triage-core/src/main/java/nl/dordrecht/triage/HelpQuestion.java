package nl.dordrecht.triage;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What is known about one resident's help question. Mirrors {@code question.schema.json}; holds no personal data.
 * Immutable and always valid: the constructor throws {@link InvalidQuestionException} listing every field error.
 * Whether {@link #neighbourhood()} is a known wijk depends on the catalogue, so the engine checks that.
 *
 * @param id                caller's correlation id, echoed back; {@code null} when absent
 * @param topics            one to eight topics, never empty
 * @param complexity        {@code null} when unknown: the rules then derive it and say so
 * @param explicit          {@code false} when the need was noticed but the resident has not asked
 * @param age               age of the resident the question is about, {@code null} when unknown
 * @param childAges         ages of the resident's children the question concerns
 * @param monthsInDordrecht {@code null} when unknown
 * @param neighbourhood     a wijk name, {@code null} when unknown
 * @param channel           where the question surfaced, {@code null} when unknown
 */
public record HelpQuestion(String id, Set<Topic> topics, Complexity complexity, boolean explicit,
                           Set<Reluctance> reluctance, Set<Barrier> barriers, Set<Group> groups, Integer age,
                           List<Integer> childAges, Integer monthsInDordrecht, String neighbourhood,
                           Set<SafetySignal> safetySignals, Channel channel) {
    /** The contract's limits on list sizes (question.schema.json). */
    public static final int MAX_TOPICS = 8;
    public static final int MAX_CHILD_AGES = 12;

    public HelpQuestion {
        topics = enumSet(Topic.class, topics);
        reluctance = enumSet(Reluctance.class, reluctance);
        barriers = enumSet(Barrier.class, barriers);
        groups = enumSet(Group.class, groups);
        safetySignals = enumSet(SafetySignal.class, safetySignals);
        childAges = childAges == null ? List.of() : List.copyOf(childAges);
        List<FieldError> errors = QuestionConstraints.check(id, topics, age, childAges, monthsInDordrecht, neighbourhood);
        if (!errors.isEmpty()) {
            throw new InvalidQuestionException(QuestionConstraints.validIdOrNull(id), errors);
        }
    }

    public static HelpQuestionBuilder builder() {
        return new HelpQuestionBuilder();
    }

    /** A question about these topics and nothing else known. */
    public static HelpQuestion about(Topic... topics) {
        return builder().topics(topics).build();
    }

    /** Whether {@code id} may be a question's correlation id: 1 to 64 letters, digits and {@code . _ : -}. */
    public static boolean isValidId(String id) {
        return id != null && QuestionConstraints.isValidId(id);
    }

    public boolean hasSafetySignal() {
        return !safetySignals.isEmpty();
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
