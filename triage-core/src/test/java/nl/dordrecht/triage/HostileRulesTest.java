package nl.dordrecht.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import nl.dordrecht.triage.json.TriageJson;
import org.junit.jupiter.api.Test;

/**
 * Rules that spin, throw, loop or allocate without end, for questions the acceptance probes do not ask (age 42 and
 * up): the caller still gets the safe answer within the deadline, flagged, and the engine keeps serving. Rules that do
 * so for a question the acceptance asks never serve.
 */
class HostileRulesTest {
    private static final String HEADER = "package mini\nimport nl.dordrecht.triage.fact.*\nimport nl.dordrecht.triage.*\n";

    private static TriageEngine engineWith(String drl, Duration deadline) {
        return TriageEngine.builder().rules(MiniRuleSet.source(MiniRuleSet.withRule("hostile.drl", HEADER + drl)))
                .deadline(deadline).memoryBudget(16L * 1024 * 1024).probeDeadline(Duration.ofSeconds(2)).build();
    }

    private static HelpQuestion aged(int age, SafetySignal... signals) {
        return HelpQuestion.builder().topics(Topic.HOUSING).age(age).safetySignals(signals).build();
    }

    /** Spins until the guard interrupts it, as a consequence stuck in a loop over something external would. */
    private static final String SPIN_AT_42 = """
            rule "Spins for a 42-year-old"
            when
                Question( age == 42 )
            then
                while ( !Thread.currentThread().isInterrupted() ) { }
            end
            """;

    @Test
    void aSpinningRuleGivesTheSafeAnswerWithinTheDeadline() {
        TriageEngine engine = engineWith(SPIN_AT_42, Duration.ofMillis(300));
        long start = System.nanoTime();
        TriageAdvice advice = engine.advise(aged(42));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(advice.fallback()).isEqualTo(Fallback.DEADLINE_EXCEEDED);
        assertThat(advice.route()).isEqualTo(Route.REFER_WIJKTEAM);
        assertThat(advice.handover()).isEqualTo(Handover.WARM_HANDOVER);
        assertThat(advice.primary().offerId()).isEqualTo("wijkteam");
        assertThat(advice.primary().reasons()).isNotEmpty();
        assertThat(advice.explanation()).singleElement().asString().contains("Draag de vraag warm over").contains("Wijkteam");
        assertThat(TriageJson.write(advice)).contains("\"fallback\":\"DEADLINE_EXCEEDED\"");
        TriageAdvice next = engine.advise(aged(30));
        assertThat(next.fallback()).isNull();
        assertThat(TriageJson.write(next)).doesNotContain("fallback");
    }

    @Test
    void withASafetySignalTheSafeAnswerEscalates() {
        TriageAdvice advice = engineWith(SPIN_AT_42, Duration.ofMillis(300)).advise(aged(42, SafetySignal.DOMESTIC_VIOLENCE));
        assertThat(advice.fallback()).isEqualTo(Fallback.DEADLINE_EXCEEDED);
        assertThat(advice.route()).isEqualTo(Route.SAFETY_ESCALATION);
        assertThat(advice.handover()).isEqualTo(Handover.EMERGENCY);
        assertThat(advice.primary().offerId()).isEqualTo("safety-line");
        assertThat(advice.explanation()).singleElement().asString().contains("112");
    }

    @Test
    void aThrowingRuleGivesTheSafeAnswerInsteadOfAnException() {
        TriageAdvice advice = engineWith("""
                rule "Throws for a 43-year-old"
                when
                    $q : Question( age == 43 )
                then
                    throw new IllegalStateException( "boom " + $q );
                end
                """, Duration.ofSeconds(2)).advise(aged(43));
        assertThat(advice.fallback()).isEqualTo(Fallback.RULE_FAILED);
        assertThat(advice.primary().offerId()).isEqualTo("wijkteam");
    }

    @Test
    void rulesThatKeepReTriggeringEachOtherGiveTheSafeAnswer() {
        TriageAdvice advice = engineWith("""
                declare Tick n : int end
                rule "Counts for ever for a 44-year-old"
                when
                    Question( age == 44 )
                    $t : Tick()
                then
                    delete( $t );
                    insert( new Tick( $t.getN() + 1 ) );
                end
                rule "Starts counting"
                when
                    Question( age == 44 )
                then
                    insert( new Tick( 0 ) );
                end
                """, Duration.ofSeconds(2)).advise(aged(44));
        assertThat(advice.fallback()).isEqualTo(Fallback.RULE_FAILED);
    }

    @Test
    void aRuleThatAllocatesWithoutEndIsStoppedByTheMemoryBudget() {
        TriageAdvice advice = engineWith("""
                rule "Allocates for a 45-year-old"
                when
                    Question( age == 45 )
                then
                    while ( !Thread.currentThread().isInterrupted() ) { byte[] b = new byte[ 4096 ]; }
                end
                """, Duration.ofSeconds(20)).advise(aged(45));
        assertThat(advice.fallback()).isEqualTo(Fallback.MEMORY_BUDGET_EXCEEDED);
        assertThat(advice.primary().offerId()).isEqualTo("wijkteam");
    }

    @Test
    void aRuleSetThatSpinsForAProbedQuestionNeverServes() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> engineWith("""
                rule "Spins for every housing question"
                when
                    Question( topics contains Topic.HOUSING )
                then
                    while ( !Thread.currentThread().isInterrupted() ) { }
                end
                """, Duration.ofMillis(300)));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("a question about HOUSING alone gets no advice (DEADLINE_EXCEEDED)"));
    }

    @Test
    void aRuleSetInWhichASafetySignalDoesNotEscalateNeverServes() {
        RuleSetFiles files = MiniRuleSet.files();
        RuleSetFiles noEscalation = new RuleSetFiles(files.rules().stream().map(f -> new SourceFile(f.name(),
                f.content().replace("Route.SAFETY_ESCALATION, Handover.EMERGENCY", "Route.HELP_ON_THE_SPOT, Handover.EMERGENCY")
                        .replace("route == Route.SAFETY_ESCALATION", "route == Route.HELP_ON_THE_SPOT"))).toList(),
                files.catalogue());
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> TriageEngine.builder().rules(MiniRuleSet.source(noEscalation)).build());
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                .startsWith("safety signal DOMESTIC_VIOLENCE with a question about PARENTING does not escalate"));
    }

    @Test
    void aCatalogueWithoutTailoredCareHasNoSafeAnswerAndNeverServes() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> TriageEngine.builder()
                .rules(MiniRuleSet.source(MiniRuleSet.withCatalogue(MiniRuleSet.catalogueText().replace("    role: TAILORED_CARE\n", ""))))
                .build());
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                .isEqualTo("no offer with role TAILORED_CARE: the safe answer hands questions over to it"));
    }
}
