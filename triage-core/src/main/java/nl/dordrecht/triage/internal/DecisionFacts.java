package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.drools.core.common.InternalFactHandle;

/**
 * The facts the rules left in one session, in the order they were inserted. Rules insert their decisions logically,
 * so a decision whose conditions stop holding is withdrawn again; only what holds at the end is read. The order is
 * the firing order (fact handle ids grow with each insert), which is the same for the same question and rule set, so
 * equal inputs give equal advice. One per call; not thread-safe.
 */
final class DecisionFacts {
    private final List<Object> facts;

    private DecisionFacts(List<Object> facts) {
        this.facts = facts;
    }

    /** Reads what holds in the session once its rules are done. */
    static DecisionFacts of(KieSession session) {
        List<InternalFactHandle> handles = new ArrayList<>();
        for (FactHandle handle : session.getFactHandles()) {
            handles.add((InternalFactHandle) handle);
        }
        handles.sort(Comparator.comparingLong(InternalFactHandle::getId));
        List<Object> facts = new ArrayList<>(handles.size());
        handles.forEach(h -> facts.add(h.getObject()));
        return new DecisionFacts(facts);
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
