package nl.dordrecht.triage.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import org.junit.jupiter.api.Test;

/**
 * The engine answers a defect of the rule set (two routes decided, a route left without an offer) with the safe answer
 * and a warning, so a defect hides behind it; this runs the shipped rules unguarded on a large mix, where two exceptions
 * of complexity.drl that both hold once decided two routes for a bereaved 16-year-old at the GP.
 */
class NoRuleSetDefectTest {
    @Test
    void noQuestionOfALargeMixFindsADefectInTheShippedRules() {
        DroolsTriageEngine engine = (DroolsTriageEngine) TriageEngine.dordrecht();
        List<String> defects = new ArrayList<>();
        for (long seed = 0; seed < 40; seed++) {
            for (HelpQuestion question : Questions.mix(500, seed, engine.neighbourhoods())) {
                try {
                    engine.evaluate(question, false);
                } catch (RuntimeException e) {
                    defects.add(e.getMessage() + ": " + question);
                }
            }
        }
        assertThat(defects).isEmpty();
    }
}
