package nl.dordrecht.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.json.TriageJson;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.modelcompiler.consequence.LambdaConsequence;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The shipped rules precompiled at build time (executable model) and the same files compiled at run time, as a rule
 * author's folder is (DRL through drools-mvel), give the same advice, every field of it, for every question of the
 * scenario corpus: the build's acceptance of the one stands for the other.
 */
class PrecompiledEquivalenceTest {
    private static final Path SHIPPED = Path.of("src/main/resources", RuleSource.DORDRECHT);

    @Test
    void theShippedEngineIsTheExecutableModelAndAFolderIsCompiledAtRunTime() {
        DroolsTriageEngine folder = compiledAtRunTime();
        assertThat(consequencesOf(DordrechtScenarios.ENGINE.ruleSet().kieBase())).allMatch(LambdaConsequence.class::isInstance);
        assertThat(consequencesOf(folder.ruleSet().kieBase())).noneMatch(LambdaConsequence.class::isInstance);
        assertThat(folder.rulesetVersion()).isEqualTo(DordrechtScenarios.ENGINE.rulesetVersion());
        assertThat(folder.ruleSet().ruleNames()).isEqualTo(DordrechtScenarios.ENGINE.ruleSet().ruleNames());
    }

    @Test
    void everyScenarioQuestionGetsTheSameAdviceFromBoth() {
        DroolsTriageEngine folder = compiledAtRunTime();
        assertThat(DordrechtScenarios.ALL).hasSizeGreaterThan(300);
        for (Scenario s : DordrechtScenarios.ALL) {
            HelpQuestion question = TriageJson.readQuestion(s.questionJson());
            assertThat(DordrechtScenarios.ENGINE.advise(question))
                    .as("%s:%d %s", s.file(), s.line(), s.name())
                    .isEqualTo(folder.advise(question));
        }
    }

    private static DroolsTriageEngine compiledAtRunTime() {
        return (DroolsTriageEngine) TriageEngine.builder()
                .rules(RuleSource.directory(SHIPPED.resolve("rules"), SHIPPED.resolve("catalogue.yaml"))).build();
    }

    private static List<Object> consequencesOf(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(r -> (Object) ((RuleImpl) r).getConsequence()).toList();
    }
}
