package nl.dordrecht.triage.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.fact.Question;
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import org.drools.base.base.ClassObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.Rete;
import org.drools.core.reteoo.RightInputAdapterNode;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Where the rule network's work per advice goes: for every fact inserted (the question, its offers, the rules'
 * decisions), the joins it enters, i.e. the right tuples Drools creates because the fact passes a join's alpha
 * constraints, whatever the rest of that rule matches. Printed per fact type and for the joins that get the most.
 * Allocation and latency per advice follow these counts (issue 14), so a rule change that should make the network
 * leaner can be checked here before it is benchmarked.
 *
 * <p>{@code java -cp triage-examples/target/triage.jar nl.dordrecht.triage.bench.JoinStats [top]}
 */
public final class JoinStats {
    /** As the engine's bound: the shipped rules stop far below it. */
    private static final int MAX_FIRINGS = 5_000;
    private final Map<String, Long> byType = new HashMap<>();
    private final Map<String, Long> byJoin = new HashMap<>();

    private JoinStats() {
    }

    public static void main(String[] args) {
        DroolsTriageEngine engine = (DroolsTriageEngine) TriageEngine.dordrecht();
        List<HelpQuestion> questions = ScenarioMix.questions(engine);
        JoinStats stats = new JoinStats();
        for (HelpQuestion q : questions) {
            stats.evaluate(engine, q);
        }
        int n = questions.size();
        System.out.printf("questions                 : %d%n", n);
        System.out.printf("right tuples per advice   : %.1f%n", total(stats.byType) / (double) n);
        print("by fact type:", stats.byType, n, Integer.MAX_VALUE);
        print("joins entered most, per advice:", stats.byJoin, n, args.length > 0 ? Integer.parseInt(args[0]) : 20);
    }

    /** Runs one question in a fresh session (the shipped rules, the engine's own facts) and counts as it goes. */
    private void evaluate(DroolsTriageEngine engine, HelpQuestion q) {
        Catalogue catalogue = engine.ruleSet().catalogue();
        String wijk = q.neighbourhood() == null ? null : catalogue.neighbourhood(q.neighbourhood()).orElse(null);
        Rete rete = ((InternalRuleBase) engine.ruleSet().kieBase()).getRete();
        KieSession session = engine.ruleSet().kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    count(rete, (InternalFactHandle) event.getFactHandle(), (ReteEvaluator) session);
                }
            });
            List<Offer> offers = catalogue.candidatesFor(q);
            session.insert(new Question(q, wijk, catalogue.lifeDomains(), offers));
            offers.forEach(session::insert);
            session.fireAllRules(MAX_FIRINGS);
        } finally {
            session.dispose();
        }
    }

    private void count(Rete rete, InternalFactHandle handle, ReteEvaluator session) {
        Object fact = handle.getObject();
        rete.getObjectTypeNodes(EntryPointId.DEFAULT).forEach((type, node) -> {
            if (type instanceof ClassObjectType c && c.getClassType().isInstance(fact)) {
                walk(node.getObjectSinkPropagator().getSinks(), handle, session, fact.getClass().getSimpleName());
            }
        });
    }

    /** Follows the alpha constraints the fact passes down to the joins it enters, as Drools propagates an insert. */
    private void walk(ObjectSink[] sinks, InternalFactHandle handle, ReteEvaluator session, String type) {
        for (ObjectSink sink : sinks) {
            if (sink instanceof AlphaNode alpha) {
                if (alpha.getConstraint().isAllowed(handle, session)) {
                    walk(alpha.getObjectSinkPropagator().getSinks(), handle, session, type);
                }
            } else if (sink instanceof RightInputAdapterNode right) {
                byType.merge(type, 1L, Long::sum);
                byJoin.merge(type + " -> " + right.getBetaNode().getClass().getSimpleName() + " of "
                        + right.getBetaNode().getRules(), 1L, Long::sum);
            }
        }
    }

    private static void print(String title, Map<String, Long> counts, int n, int limit) {
        System.out.println(title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf("  %7.2f  %s%n", e.getValue() / (double) n, e.getKey()));
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
