package nl.dordrecht.triage.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.DroolsTriageEngine;

/**
 * Two versions of the rule files in one JVM, the same Java and catalogue: CPU time and allocation per advice on this
 * thread, the two taking turns in batches of {@value #BATCH} questions of the scenario mix. On a shared machine the
 * load changes from minute to minute, so two JMH runs one after the other differ by more than a rule change does;
 * taking turns every few milliseconds lets both versions see the same load. Both are compiled at run time (neither is
 * the precompiled executable model), so the ratio is the rule change's, not the shipped latency.
 *
 * <p>{@code java -cp triage-examples/target/triage.jar nl.dordrecht.triage.bench.RulesAb RULES_A RULES_B CATALOGUE
 * [warm-up rounds] [measured rounds]}
 */
public final class RulesAb {
    private static final int BATCH = 200;

    private RulesAb() {
    }

    public static void main(String[] args) {
        Path catalogue = Path.of(args[2]);
        List<DroolsTriageEngine> engines = List.of(engine(Path.of(args[0]), catalogue),
                engine(Path.of(args[1]), catalogue));
        List<HelpQuestion> questions = ScenarioMix.questions(engines.get(0));
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        long[] bytes = new long[2];
        int next = 0;
        for (int round = 0; round < warm + rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int which = (round + turn) % 2; // each goes first in every other round
                long cpu0 = thread.getCurrentThreadCpuTime();
                long bytes0 = thread.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < BATCH; i++) {
                    engines.get(which).evaluate(questions.get((next + i) % questions.size()), false);
                }
                if (round >= warm) {
                    cpu[which] += thread.getCurrentThreadCpuTime() - cpu0;
                    bytes[which] += thread.getCurrentThreadAllocatedBytes() - bytes0;
                }
            }
            next += BATCH;
        }
        long advices = (long) rounds * BATCH;
        for (int i = 0; i < 2; i++) {
            System.out.printf("%s: CPU %.1f us, allocation %.1f KB per advice%n", args[i],
                    cpu[i] / 1_000.0 / advices, bytes[i] / 1_000.0 / advices);
        }
        System.out.printf("B / A: CPU %.3f, allocation %.3f%n", cpu[1] / (double) cpu[0], bytes[1] / (double) bytes[0]);
    }

    private static DroolsTriageEngine engine(Path rules, Path catalogue) {
        return (DroolsTriageEngine) TriageEngine.builder().rules(RuleSource.directory(rules, catalogue)).build();
    }
}
