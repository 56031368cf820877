package nl.dordrecht.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.internal.ResourceFolder;
import nl.dordrecht.triage.internal.check.CheckReport;
import nl.dordrecht.triage.internal.check.Finding;
import nl.dordrecht.triage.internal.check.RuleSetCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue lint of {@code triage check} on the shipped rules and catalogue. */
class CatalogueLintTest {
    private static List<String> lint;

    @BeforeAll
    static void check() throws IOException {
        CheckReport report = RuleSetCheck.run(RuleSource.dordrecht(), ResourceFolder.readClasspath(
                ResourceFolder.defaultLoader(), RuleSource.DORDRECHT + "/scenarios", ".yaml", "scenarios/"),
                CatalogueLintTest.class.getClassLoader());
        assertThat(report.ok()).as("%s", report.findings()).isTrue();
        lint = report.findings().stream().filter(f -> f.kind().equals("LINT")).map(Finding::toString).toList();
    }

    /** The Ouderplatform (parenting, no child band) is reached once the probe says how old the child is. */
    @Test
    void everyShippedOfferIsReachedBySomeQuestion() {
        assertThat(lint).noneMatch(f -> f.contains("no question reaches it"));
    }

    /** Legal help is formal (Juridisch Loket, threshold 4): S1 names no open legal offer, so the lint shows the gap. */
    @Test
    void aTopicWithNoOpenOfferAtALowThresholdIsAGap() {
        assertThat(lint).anyMatch(f -> f.contains("warning: gap: LEGAL, age 18-64: no open offer at threshold 3 or lower"));
        assertThat(lint).noneMatch(f -> f.contains("gap: MONEY, age 18-64"));
    }
}
