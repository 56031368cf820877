package nl.dordrecht.triage.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;
import org.junit.jupiter.api.Test;

/** One engine, many callers: 8 threads × 20,000 advices give exactly the answers one thread gives. */
class ConcurrencyTest {
    static final int THREADS = 8;
    static final int ADVICES_PER_THREAD = 20_000;

    @Test
    void eightThreadsGiveExactlyWhatOneThreadGives() throws Exception {
        // A deadline no call on a loaded machine reaches: what is compared here is the rules' answer, not the safe one.
        TriageEngine engine = TriageEngine.builder().deadline(java.time.Duration.ofMinutes(1)).build();
        List<HelpQuestion> questions = Questions.mix(500, 7, engine.neighbourhoods());
        List<TriageAdvice> expected = questions.stream().map(engine::advise).toList();

        List<String> differing = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t * 61; // each thread walks the mix from another place, so threads overlap on every question
            results.add(pool.submit(() -> {
                int mismatches = 0;
                for (int i = 0; i < ADVICES_PER_THREAD; i++) {
                    int q = (offset + i) % questions.size();
                    TriageAdvice advice = engine.advise(questions.get(q));
                    if (!advice.equals(expected.get(q))) {
                        mismatches++;
                        differing.add(advice.fallback() + " " + advice.primary().offerId() + " instead of "
                                + expected.get(q).primary().offerId());
                    }
                }
                return mismatches;
            }));
        }
        int mismatches = 0;
        for (Future<Integer> result : results) {
            mismatches += result.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(mismatches).as("advices that differ from the single-threaded answer: " + differing).isZero();
    }
}
