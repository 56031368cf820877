package nl.dordrecht.triage.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.fact.Question;
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import org.drools.base.base.ClassObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.Rete;
import org.drools.core.reteoo.RightInputAdapterNode;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Where the rule network's work per advice goes: for every fact inserted (the question, its offers, the rules'
 * decisions), the joins it enters, i.e. the right tuples Drools creates because the fact passes a join's alpha
 * constraints, whatever the rest of that rule matches. Printed per fact type and for the joins that get the most, with
 * the left tuples each join held when the rules were done: a join that gets many right tuples but almost never a left
 * one is where {@code Offer( … ) from $question.offers} saves work. Also the alpha constraint tests per advice.
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
    private final Map<String, Long> leftByJoin = new HashMap<>();
    private final Map<BetaNode, String> joins = new HashMap<>();
    private long alphaTests;

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
        System.out.printf("alpha tests per advice    : %.1f%n", stats.alphaTests / (double) n);
        print("by fact type:", stats.byType, n, Integer.MAX_VALUE);
        System.out.println("joins entered most, per advice (right tuples, left tuples held at the end):");
        stats.byJoin.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(args.length > 0 ? Integer.parseInt(args[0]) : 20)
                .forEach(e -> System.out.printf("  %7.2f %7.3f  %s%n", e.getValue() / (double) n,
                        stats.leftByJoin.getOrDefault(e.getKey(), 0L) / (double) n, e.getKey()));
    }

    /** Runs one question in a fresh session (the shipped rules, the engine's own facts) and counts as it goes. */
    private void evaluate(DroolsTriageEngine engine, HelpQuestion q) {
        Catalogue catalogue = engine.ruleSet().catalogue();
        Rete rete = ((InternalRuleBase) engine.ruleSet().kieBase()).getRete();
        KieSession session = engine.ruleSet().kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    count(rete, (InternalFactHandle) event.getFactHandle(), (ReteEvaluator) session);
                }
            });
            Question question = catalogue.questionFor(q);
            session.insert(question);
            question.getOffers().forEach(session::insert);
            session.fireAllRules(MAX_FIRINGS);
            joins.forEach((join, name) -> {
                Object memory = ((ReteEvaluator) session).getNodeMemories().peekNodeMemory(join);
                if (memory instanceof BetaMemory<?> beta) {
                    leftByJoin.merge(name, (long) beta.getLeftTupleMemory().size(), Long::sum);
                }
            });
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
                alphaTests++;
                if (alpha.getConstraint().isAllowed(handle, session)) {
                    walk(alpha.getObjectSinkPropagator().getSinks(), handle, session, type);
                }
            } else if (sink instanceof RightInputAdapterNode right) {
                BetaNode join = right.getBetaNode();
                String name = type + " -> " + join.getClass().getSimpleName() + " of " + join.getRules();
                byType.merge(type, 1L, Long::sum);
                byJoin.merge(name, 1L, Long::sum);
                joins.putIfAbsent(join, name);
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
