package nl.dordrecht.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.internal.report.Coverage;
import nl.dordrecht.triage.internal.report.GapNeighbours;
import nl.dordrecht.triage.internal.report.HtmlReport;
import nl.dordrecht.triage.internal.report.LocalGaps;
import nl.dordrecht.triage.internal.report.SeedPassages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report on a tiny catalogue with holes: gaps marked, safety and signposts left out of coverage, text escaped. */
class ReportHtmlTest {
    static Coverage coverage;
    static SeedPassages passages;
    static String html;

    @BeforeAll
    static void render() throws IOException, URISyntaxException {
        String yaml;
        try (InputStream in = ReportHtmlTest.class.getResourceAsStream("/hsds/report-fixture.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        coverage = new Coverage(HsdsRoundTripTest.read(new SourceFile("report-fixture.yaml", yaml)));
        passages = new SeedPassages(Path.of(ReportHtmlTest.class.getResource("/hsds/seeds").toURI()), Map.of("T", "seed.txt"));
        html = new HtmlReport(coverage, GapNeighbours.Result.none(), LocalGaps.none(), passages, "test").html();
    }

    @Test
    void aTopicOnlySafetyOffersAndSignpostsServeIsAGapEverywhere() {
        for (Coverage.AgeBand band : Coverage.AGE_BANDS) {
            assertThat(coverage.byAge(Topic.PARENTING, band).gap()).isTrue();
        }
        assertThat(row("heat-age", Topic.PARENTING)).contains("class=\"cell gap\"").doesNotContain("data-lowest=\"1\"");
        assertThat(matrix(Topic.PARENTING)).contains("class=\"quadrant empty\"").doesNotContain("data-offer=\"veilig\"");
    }

    @Test
    void childrenHaveAGapWhereOnlyAdultOffersAre() {
        assertThat(coverage.byAge(Topic.HOUSING, Coverage.AGE_BANDS.get(0)).gap()).isTrue();
        assertThat(coverage.byAge(Topic.HOUSING, Coverage.AGE_BANDS.get(2)).lowest()).isEqualTo(5);
        assertThat(coverage.byWijk(Topic.LONELINESS, "Krispijn").lowest()).isEqualTo(1);
        assertThat(coverage.byWijk(Topic.LONELINESS, "Centrum").lowest()).as("koffie is only in Krispijn").isEqualTo(5);
    }

    @Test
    void signpostsShowInTheMatrixMarkedButDoNotCountAsCoverage() {
        assertThat(matrix(Topic.HOUSING)).contains("data-offer=\"lijn\"", "↗");
        assertThat(coverage.lowThresholdSpecific(Topic.HOUSING)).isEmpty();
    }

    @Test
    void namesAreEscaped() {
        assertThat(html).contains("&lt;b&gt;Koffie&lt;/b&gt; &amp; co").doesNotContain("<b>Koffie</b>");
    }

    @Test
    void theSeedPassageIsTheParagraphOfTheCitedSectionThatSharesMostWords() {
        SeedPassages.Passage p = passages.find("T §2.1", "Er is geen speelplek voor kinderen in de buurt.");
        assertThat(p.citation()).isEqualTo("T §2.1");
        assertThat(p.text()).startsWith("Speelplekken voor kinderen.").contains("ouders missen");
        assertThat(html).contains("<blockquote class=\"passage\"><p>Speelplekken voor kinderen.");
        assertThat(SeedPassages.none().find("T §2.1", "speelplek")).isNull();
    }

    @Test
    void aGapNoScenarioReachesSaysSo() {
        assertThat(html).contains("id=\"gap-TEST_GAP\"", "Geen scenariovraag valt in dit gat");
    }

    private static String row(String table, Topic topic) {
        Matcher m = Pattern.compile("id=\"" + table + "\".*?<tr data-topic=\"" + topic + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String matrix(Topic topic) {
        Matcher m = Pattern.compile("<svg class=\"matrix\" data-topic=\"" + topic + "\"(.*?)</svg>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
