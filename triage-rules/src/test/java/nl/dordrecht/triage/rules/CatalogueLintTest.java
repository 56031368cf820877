package nl.dordrecht.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.internal.ResourceFolder;
import nl.dordrecht.triage.internal.check.CatalogueLint;
import nl.dordrecht.triage.internal.check.CheckReport;
import nl.dordrecht.triage.internal.check.Finding;
import nl.dordrecht.triage.internal.check.RuleSetCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue lint of {@code triage check} on the shipped rules and catalogue. */
class CatalogueLintTest {
    private static List<String> lint;
    private static List<CatalogueLint.CoverageGap> coverage;

    @BeforeAll
    static void check() throws IOException {
        CheckReport report = RuleSetCheck.run(RuleSource.dordrecht(), ResourceFolder.readClasspath(
                ResourceFolder.defaultLoader(), RuleSource.DORDRECHT + "/scenarios", ".yaml", "scenarios/"),
                CatalogueLintTest.class.getClassLoader());
        assertThat(report.ok()).as("%s", report.findings()).isTrue();
        lint = report.findings().stream().filter(f -> f.kind().equals("LINT")).map(Finding::toString).toList();
        coverage = report.coverage();
    }

    /** The Ouderplatform (parenting, no child band) is reached once the probe says how old the child is. */
    @Test
    void everyShippedOfferIsReachedBySomeQuestion() {
        assertThat(lint).noneMatch(f -> f.contains("no question reaches it"));
    }

    /**
     * Legal help is formal (Juridisch Loket, threshold 4): S1 names no open legal offer, so the lint shows the gap, in
     * Dutch with the topic's label, as a note (no line is wrong) rather than a warning at no line.
     */
    @Test
    void aTopicWithNoOpenOfferAtALowThresholdIsAGap() {
        assertThat(coverage).anyMatch(g -> g.topic() == Topic.LEGAL && g.band().label().equals("18-64")
                && g.describe().startsWith("Juridische vragen, 18-64 jaar: geen open aanbod met drempel 3 of lager; "
                + "alleen voor een groep: "));
        assertThat(coverage).noneMatch(g -> g.topic() == Topic.MONEY && g.band().label().equals("18-64"));
        assertThat(lint).noneMatch(f -> f.contains(":0:0:"));
    }
}
