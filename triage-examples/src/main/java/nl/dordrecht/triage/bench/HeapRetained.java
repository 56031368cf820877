package nl.dordrecht.triage.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.json.TriageJson;

/**
 * Heap retained by a built, warmed engine (used heap after full GCs, before and after), plus the cold build time.
 *
 * <p>{@code java -cp triage-examples/target/triage.jar nl.dordrecht.triage.bench.HeapRetained}. The first engine
 * includes what Drools keeps once per JVM (static caches, the KieServices registry); the second is what every further
 * engine (e.g. a live reload that keeps the old version until calls finish) adds.
 */
public final class HeapRetained {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final double MB = 1024.0 * 1024.0;

    private HeapRetained() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<HelpQuestion> questions = new ArrayList<>(); // read first, so Jackson and the questions are in the baseline
        for (Scenario s : ScenarioMix.scenarios()) {
            try {
                questions.add(TriageJson.readQuestion(s.questionJson()));
            } catch (InvalidQuestionException e) {
                // not an advice; the benchmarks skip it too
            }
        }
        long baseline = settledUsedHeap();

        long start = System.nanoTime();
        TriageEngine first = TriageEngine.dordrecht();
        long coldBuildNanos = System.nanoTime() - start;
        warm(first, questions);
        long withFirst = settledUsedHeap();

        start = System.nanoTime();
        TriageEngine second = TriageEngine.dordrecht();
        long secondBuildNanos = System.nanoTime() - start;
        warm(second, questions);
        long withSecond = settledUsedHeap();

        System.out.printf("questions in mix           : %d%n", questions.size());
        System.out.printf("baseline used heap         : %.1f MB%n", baseline / MB);
        System.out.printf("first engine retains       : %.1f MB (incl. Drools once-per-JVM state)%n",
                (withFirst - baseline) / MB);
        System.out.printf("each further engine retains: %.1f MB%n", (withSecond - withFirst) / MB);
        System.out.printf("cold first build           : %d ms%n", coldBuildNanos / 1_000_000);
        System.out.printf("second build               : %d ms%n", secondBuildNanos / 1_000_000);
        Reference.reachabilityFence(first);
        Reference.reachabilityFence(second);
        Reference.reachabilityFence(questions);
    }

    /** Every question three times, so the session pool and Drools' lazily built network are in place. */
    private static void warm(TriageEngine engine, List<HelpQuestion> questions) {
        for (int round = 0; round < 3; round++) {
            for (HelpQuestion q : questions) {
                try {
                    engine.advise(q);
                } catch (InvalidQuestionException e) {
                    // e.g. an unknown wijk: answered with an error, not an advice
                }
            }
        }
    }

    /** Used heap after full collections, once two readings in a row agree within 64 KiB (at most 20 tries). */
    static long settledUsedHeap() throws InterruptedException {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            System.gc();
            Thread.sleep(100);
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (Math.abs(used - previous) < 64 * 1024) {
                return used;
            }
            previous = used;
        }
        return previous;
    }
}
