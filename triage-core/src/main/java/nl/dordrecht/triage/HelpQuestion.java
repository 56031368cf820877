package nl.dordrecht.triage;

import java.util.ArrayList;
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
        List<FieldError> errors = new ArrayList<>();
        topics = enumSet("topics", Topic.class, topics, errors);
        reluctance = enumSet("reluctance", Reluctance.class, reluctance, errors);
        barriers = enumSet("barriers", Barrier.class, barriers, errors);
        groups = enumSet("groups", Group.class, groups, errors);
        safetySignals = enumSet("safetySignals", SafetySignal.class, safetySignals, errors);
        // Copied with any nulls, so the check names each by its index instead of List.copyOf throwing.
        childAges = childAges == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(childAges));
        errors.addAll(QuestionConstraints.check(id, topics, age, childAges, monthsInDordrecht, neighbourhood));
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

    /** The codes as an immutable set; a null among them is a field error naming its place, not an exception. */
    private static <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type, Collection<E> values,
                                                      List<FieldError> errors) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            int i = 0;
            for (E value : values) {
                if (value == null) {
                    errors.add(new FieldError(field + "[" + i + "]", "must be a code, not null"));
                } else {
                    set.add(value);
                }
                i++;
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
