package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;

/**
 * The facts the rules left in one session, in the order they were inserted. Rules insert their decisions logically,
 * so a decision whose conditions stop holding is withdrawn again; only what holds at the end is read. The order is
 * the firing order, which is the same for the same question and rule set, so equal inputs give equal advice.
 * One per call; not thread-safe.
 */
final class DecisionFacts extends DefaultRuleRuntimeEventListener {
    private final Set<Object> facts = new LinkedHashSet<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        facts.add(event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        facts.remove(event.getOldObject());
    }

    /** The facts of one type that hold, in insertion order. */
    <T> List<T> all(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Object fact : facts) {
            if (type.isInstance(fact)) {
                result.add(type.cast(fact));
            }
        }
        return result;
    }
}
