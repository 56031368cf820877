package nl.dordrecht.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.dordrecht.triage.Fallback;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.TriageAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rule set accepted when the jar was built runs on the caller's own thread, under the watchdog: rules that keep
 * firing past the deadline or the memory budget are halted there and the caller gets the safe answer; the halted
 * session is not reused. (Rules from anywhere else run on a worker: {@code HostileRulesTest}.)
 */
class CallerThreadGuardTest {
    private static final String RULES = """
            package mini
            import nl.dordrecht.triage.fact.*
            import nl.dordrecht.triage.*
            declare Tick n : int end
            rule "Starts ticking for a 46- or 47-year-old"
            when
                Question( age == 46 || age == 47 )
            then
                nl.dordrecht.triage.internal.ThreadsSeen.record();
                insert( new Tick( 0 ) );
            end
            // Slow enough that the engine's limit of firings is far away when the deadline passes.
            rule "Ticks slowly for a 46-year-old"
            when
                Question( age == 46 )
                $t : Tick()
            then
                java.util.concurrent.locks.LockSupport.parkNanos( 2000000L );
                delete( $t );
                insert( new Tick( $t.getN() + 1 ) );
            end
            rule "Allocates a megabyte a tick for a 47-year-old"
            when
                Question( age == 47 )
                $t : Tick()
            then
                byte[] b = new byte[ 1 << 20 ];
                java.util.concurrent.locks.LockSupport.parkNanos( 200000L );
                delete( $t );
                insert( new Tick( $t.getN() + b.length - b.length + 1 ) );
            end
            """;

    private DroolsTriageEngine engine;

    @BeforeEach
    void acceptedAtBuild() {
        CompiledRuleSet compiled = new RuleSetCompiler(getClass().getClassLoader()).compile(mini());
        engine = new DroolsTriageEngine(new CompiledRuleSet(compiled.kieBase(), compiled.catalogue(), compiled.version(),
                compiled.ruleNames(), true), new CallGuard.Limits(Duration.ofMillis(300), 16L * 1024 * 1024));
        ThreadsSeen.NAMES.clear();
    }

    @Test
    void rulesThatKeepFiringPastTheDeadlineAreHaltedOnTheCallersThread() {
        long start = System.nanoTime();
        TriageAdvice advice = engine.advise(aged(46));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(advice.fallback()).isEqualTo(Fallback.DEADLINE_EXCEEDED);
        assertThat(advice.primary().offerId()).isEqualTo("wijkteam");
        assertThat(ThreadsSeen.NAMES).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void rulesThatAllocatePastTheBudgetAreHalted() {
        TriageAdvice advice = engine.advise(aged(47));
        assertThat(advice.fallback()).isEqualTo(Fallback.MEMORY_BUDGET_EXCEEDED);
        assertThat(advice.primary().offerId()).isEqualTo("wijkteam");
    }

    @Test
    void afterAHaltTheNextCallGetsTheRulesAdviceFromASessionThatWasNotHalted() {
        TriageAdvice before = engine.advise(aged(30));
        for (int i = 0; i < CompiledRuleSet.POOLED_SESSIONS + 1; i++) {
            assertThat(engine.advise(aged(46)).fallback()).isEqualTo(Fallback.DEADLINE_EXCEEDED);
            TriageAdvice after = engine.advise(aged(30));
            assertThat(after.fallback()).isNull();
            assertThat(after).isEqualTo(before);
        }
    }

    private static HelpQuestion aged(int age) {
        return HelpQuestion.builder().topics(Topic.HOUSING).age(age).build();
    }

    private static RuleSetFiles mini() {
        try {
            Path root = Path.of(CallerThreadGuardTest.class.getResource("/mini").toURI());
            RuleSetFiles files = RuleSource.directory(root.resolve("rules"), root.resolve("catalogue.yaml")).read();
            List<SourceFile> rules = new ArrayList<>(files.rules());
            rules.add(new SourceFile("rules/ticks.drl", RULES));
            return new RuleSetFiles(rules, files.catalogue());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
