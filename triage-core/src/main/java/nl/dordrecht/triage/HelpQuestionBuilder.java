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
 */
public final class HelpQuestionBuilder {
    private String id;
    private final Set<Topic> topics = EnumSet.noneOf(Topic.class);
    private Complexity complexity;
    private boolean explicit = true;
    private final Set<Reluctance> reluctance = EnumSet.noneOf(Reluctance.class);
    private final Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);
    private final Set<Group> groups = EnumSet.noneOf(Group.class);
    private Integer age;
    private final List<Integer> childAges = new ArrayList<>();
    private Integer monthsInDordrecht;
    private String neighbourhood;
    private final Set<SafetySignal> safetySignals = EnumSet.noneOf(SafetySignal.class);
    private Channel channel;

    HelpQuestionBuilder() {
    }

    public HelpQuestionBuilder id(String id) { this.id = id; return this; }

    public HelpQuestionBuilder topics(Topic... values) { return topics(Arrays.asList(values)); }

    public HelpQuestionBuilder topics(Collection<Topic> values) { topics.addAll(values); return this; }

    public HelpQuestionBuilder complexity(Complexity value) { this.complexity = value; return this; }

    public HelpQuestionBuilder explicit(boolean value) { this.explicit = value; return this; }

    public HelpQuestionBuilder reluctance(Reluctance... values) { return reluctance(Arrays.asList(values)); }

    public HelpQuestionBuilder reluctance(Collection<Reluctance> values) { reluctance.addAll(values); return this; }

    public HelpQuestionBuilder barriers(Barrier... values) { return barriers(Arrays.asList(values)); }

    public HelpQuestionBuilder barriers(Collection<Barrier> values) { barriers.addAll(values); return this; }

    public HelpQuestionBuilder groups(Group... values) { return groups(Arrays.asList(values)); }

    public HelpQuestionBuilder groups(Collection<Group> values) { groups.addAll(values); return this; }

    public HelpQuestionBuilder age(Integer value) { this.age = value; return this; }

    public HelpQuestionBuilder childAges(Integer... values) { return childAges(Arrays.asList(values)); }

    public HelpQuestionBuilder childAges(Collection<Integer> values) { childAges.addAll(values); return this; }

    public HelpQuestionBuilder monthsInDordrecht(Integer value) { this.monthsInDordrecht = value; return this; }

    public HelpQuestionBuilder neighbourhood(String value) { this.neighbourhood = value; return this; }

    public HelpQuestionBuilder safetySignals(SafetySignal... values) { return safetySignals(Arrays.asList(values)); }

    public HelpQuestionBuilder safetySignals(Collection<SafetySignal> values) { safetySignals.addAll(values); return this; }

    public HelpQuestionBuilder channel(Channel value) { this.channel = value; return this; }

    public HelpQuestion build() {
        return new HelpQuestion(id, topics, complexity, explicit, reluctance, barriers, groups, age, childAges,
                monthsInDordrecht, neighbourhood, safetySignals, channel);
    }
}
