package nl.dordrecht.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link HelpQuestion}. Not thread-safe; the question it builds is immutable.
 * {@link #build()} throws {@link InvalidQuestionException} with every field error at once.
 *
 * <p>{@code null} for a single value ({@code age(null)}, {@code neighbourhood(null)}, ...) means unknown, as in the
 * question itself, and clears what was set. A {@code null} list, or a {@code null} inside one, is a mistake: it is a
 * field error at {@code build()} (e.g. {@code topics[1]}), never a {@link NullPointerException} on the way.
 */
public final class HelpQuestionBuilder {
    private static final String NOT_NULL_LIST = "must not be null; leave it out, or give no values, for none";

    private final List<FieldError> errors = new ArrayList<>();
    private String id;
    private final Listed<Topic> topics = new Listed<>("topics", EnumSet.noneOf(Topic.class));
    private Complexity complexity;
    private boolean explicit = true;
    private final Listed<Reluctance> reluctance = new Listed<>("reluctance", EnumSet.noneOf(Reluctance.class));
    private final Listed<Barrier> barriers = new Listed<>("barriers", EnumSet.noneOf(Barrier.class));
    private final Listed<Group> groups = new Listed<>("groups", EnumSet.noneOf(Group.class));
    private Integer age;
    private final List<Integer> childAges = new ArrayList<>();
    private boolean childAgesNull;
    private Integer monthsInDordrecht;
    private String neighbourhood;
    private final Listed<SafetySignal> safetySignals = new Listed<>("safetySignals", EnumSet.noneOf(SafetySignal.class));
    private Channel channel;

    HelpQuestionBuilder() {
    }

    public HelpQuestionBuilder id(String id) { this.id = id; return this; }

    public HelpQuestionBuilder topics(Topic... values) { return topics(asList(values)); }

    public HelpQuestionBuilder topics(Collection<Topic> values) { topics.add(values); return this; }

    public HelpQuestionBuilder complexity(Complexity value) { this.complexity = value; return this; }

    public HelpQuestionBuilder explicit(boolean value) { this.explicit = value; return this; }

    public HelpQuestionBuilder reluctance(Reluctance... values) { return reluctance(asList(values)); }

    public HelpQuestionBuilder reluctance(Collection<Reluctance> values) { reluctance.add(values); return this; }

    public HelpQuestionBuilder barriers(Barrier... values) { return barriers(asList(values)); }

    public HelpQuestionBuilder barriers(Collection<Barrier> values) { barriers.add(values); return this; }

    public HelpQuestionBuilder groups(Group... values) { return groups(asList(values)); }

    public HelpQuestionBuilder groups(Collection<Group> values) { groups.add(values); return this; }

    public HelpQuestionBuilder age(Integer value) { this.age = value; return this; }

    public HelpQuestionBuilder childAges(Integer... values) { return childAges(asList(values)); }

    /** A {@code null} age inside is kept, so the question's own check names it with its index among the ages. */
    public HelpQuestionBuilder childAges(Collection<Integer> values) {
        if (values == null) {
            childAgesNull = true;
        } else {
            childAges.addAll(values);
        }
        return this;
    }

    public HelpQuestionBuilder monthsInDordrecht(Integer value) { this.monthsInDordrecht = value; return this; }

    public HelpQuestionBuilder neighbourhood(String value) { this.neighbourhood = value; return this; }

    public HelpQuestionBuilder safetySignals(SafetySignal... values) { return safetySignals(asList(values)); }

    public HelpQuestionBuilder safetySignals(Collection<SafetySignal> values) { safetySignals.add(values); return this; }

    public HelpQuestionBuilder channel(Channel value) { this.channel = value; return this; }

    public HelpQuestion build() {
        List<FieldError> all = new ArrayList<>(errors);
        if (childAgesNull) {
            all.add(new FieldError("childAges", NOT_NULL_LIST));
        }
        try {
            HelpQuestion question = new HelpQuestion(id, topics.values, complexity, explicit, reluctance.values,
                    barriers.values, groups.values, age, childAges, monthsInDordrecht, neighbourhood,
                    safetySignals.values, channel);
            if (all.isEmpty()) {
                return question;
            }
        } catch (InvalidQuestionException e) {
            // The builder's own errors say it first: topics(null) need not also be "must name at least one topic".
            e.errors().stream().filter(error -> all.stream().noneMatch(known -> covers(error, known))).forEach(all::add);
        }
        throw new InvalidQuestionException(QuestionConstraints.validIdOrNull(id), all);
    }

    private static boolean covers(FieldError error, FieldError known) {
        return known.field().equals(error.field()) || known.field().startsWith(error.field() + "[");
    }

    private static <T> List<T> asList(T[] values) {
        return values == null ? null : Arrays.asList(values);
    }

    /** One list of codes: what it holds, and how many values it was given, so a null's index is its place among them. */
    private final class Listed<E extends Enum<E>> {
        private final String field;
        private final Set<E> values;
        private int given;

        Listed(String field, Set<E> values) {
            this.field = field;
            this.values = values;
        }

        void add(Collection<E> more) {
            if (more == null) {
                errors.add(new FieldError(field, NOT_NULL_LIST));
                return;
            }
            for (E value : more) {
                if (value == null) {
                    errors.add(new FieldError(field + "[" + given + "]", "must be a code, not null"));
                } else {
                    values.add(value);
                }
                given++;
            }
        }
    }
}
