package nl.dordrecht.triage.rules.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.HelpQuestionBuilder;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import nl.dordrecht.triage.internal.Evaluation;

/**
 * Per-rule tests in the style of Timefold's {@code ConstraintVerifier}: {@code verifyThat(rule).given(question)}
 * runs the shipped rule set on that question and asserts whether that one rule fired, and what the advice then is.
 * Thread-safe: it holds only the shared engine.
 */
public final class RuleVerifier {
    private final DroolsTriageEngine engine;

    public RuleVerifier(DroolsTriageEngine engine) {
        this.engine = engine;
    }

    /** Every rule in the rule set, sorted. */
    public java.util.List<String> ruleNames() {
        return engine.ruleSet().ruleNames();
    }

    public Given verifyThat(String rule) {
        assertThat(engine.ruleSet().ruleNames()).as("rules in the shipped rule set").contains(rule);
        return new Given(rule);
    }

    /** What one rule did for one question. */
    public final class Given {
        private final String rule;

        private Given(String rule) {
            this.rule = rule;
        }

        public Outcome given(Consumer<HelpQuestionBuilder> question) {
            HelpQuestionBuilder builder = HelpQuestion.builder();
            question.accept(builder);
            Evaluation evaluation = engine.evaluate(builder.build(), true);
            return new Outcome(rule, evaluation.firedRules(), evaluation.advice());
        }
    }

    /** The rule's firing and the advice it led to. */
    public record Outcome(String rule, List<String> fired, TriageAdvice advice) {
        public Outcome fires() {
            assertThat(fired).as("rules that fired").contains(rule);
            return this;
        }

        public Outcome doesNotFire() {
            assertThat(fired).as("rules that fired").doesNotContain(rule);
            return this;
        }

        public Outcome andAdvice(Consumer<TriageAdvice> check) {
            check.accept(advice);
            return this;
        }
    }
}
