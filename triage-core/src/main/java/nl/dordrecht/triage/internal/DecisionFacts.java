package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** The facts by their exact type, each list in insertion order. */
    private final Map<Class<?>, List<Object>> byType;

    private DecisionFacts(Map<Class<?>, List<Object>> byType) {
        this.byType = byType;
    }

    /** Reads what holds in the session once its rules are done. */
    static DecisionFacts of(KieSession session) {
        List<InternalFactHandle> handles = new ArrayList<>();
        for (FactHandle handle : session.getFactHandles()) {
            handles.add((InternalFactHandle) handle);
        }
        handles.sort(Comparator.comparingLong(InternalFactHandle::getId));
        Map<Class<?>, List<Object>> byType = new HashMap<>();
        for (InternalFactHandle h : handles) {
            byType.computeIfAbsent(h.getObject().getClass(), k -> new ArrayList<>()).add(h.getObject());
        }
        return new DecisionFacts(byType);
    }

    /** The facts of one (record, so final) decision type that hold, in insertion order. */
    @SuppressWarnings("unchecked")
    <T> List<T> all(Class<T> type) {
        return (List<T>) byType.getOrDefault(type, List.of());
    }
}
