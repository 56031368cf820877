package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.report.Coverage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage report}: S1's findings, read off the shipped catalogue, and one page that needs no network. */
class ReportCommandTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Coverage.AgeBand CHILDREN = Coverage.AGE_BANDS.get(0);
    private static final Coverage.AgeBand ADULTS = Coverage.AGE_BANDS.get(2);

    @TempDir
    static Path dir;
    static String html;
    static Coverage coverage;

    @BeforeAll
    static void writeTheReport() throws IOException {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "report", "--out", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        html = Files.readString(dir.resolve(ReportCommand.FILE), StandardCharsets.UTF_8);
        coverage = new Coverage(HsdsCommandsTest.shippedCatalogue());
    }

    @Test
    void housingHasNoLowThresholdSpecificOfferOpenToEveryone() {
        assertThat(coverage.lowThresholdSpecific(Topic.HOUSING)).isEmpty();
        // Only the wijkteam is open to children and the elderly with a housing question (S1 §5.3 Tabel 2 "Wonen").
        assertThat(coverage.byAge(Topic.HOUSING, Coverage.AGE_BANDS.get(3)).lowest()).isEqualTo(Offer.TAILORED_CARE);
        assertThat(coverage.lowThresholdSpecific(Topic.MONEY)).as("money does have them").isNotEmpty();
    }

    @Test
    void lgbtiResidentsHaveNoMeetingPlace() {
        assertThat(coverage.meetingPlacesFor(Group.LGBTI)).isEmpty();
        assertThat(coverage.meetingPlacesFor(Group.PSYCHIATRIC_VULNERABILITY)).as("other groups do").isNotEmpty();
    }

    @Test
    void childrensWorkIsThin() {
        Set<Topic> company = Set.of(Topic.LONELINESS, Topic.PARTICIPATION);
        List<Offer> forChildren = coverage.madeForChildren(CHILDREN, company);
        long openToAdults = coverage.catalogue().offers().stream().filter(o -> o.servesAnyOf(company)
                && ADULTS.min() >= o.getMinAge() && ADULTS.max() <= o.getMaxAge() && !o.isSignpost()).count();
        assertThat(forChildren).hasSizeLessThanOrEqualTo(5);
        assertThat(forChildren.size() * 3).as("a third of what adults have").isLessThan((int) openToAdults);
        // "kinderwerk in de buurt" (S1 §5.1): a children's offer in the wijk itself exists in at most one wijk.
        assertThat(coverage.catalogue().neighbourhoods().stream()
                .filter(w -> forChildren.stream().anyMatch(o -> o.isIn(w)))).hasSizeLessThanOrEqualTo(1);
        assertThat(coverage.byAge(Topic.PARTICIPATION, CHILDREN).madeFor()).isLessThanOrEqualTo(1);
    }

    @Test
    void thePageStatesTheFindingsAsConfirmed() {
        for (String finding : List.of("housing", "lgbti", "children")) {
            assertThat(html).contains("data-finding=\"" + finding + "\" class=\"confirmed\"");
        }
    }

    @Test
    void theReportIsOneFileThatNeedsNoNetwork() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<script>")
                .doesNotContain("http://", "https://", "<link", " src=", "@import", "url(");
    }

    @Test
    void everyTopicHasItsMatrixWithFourQuadrants() {
        assertThat(count("<svg class=\"matrix\"")).isEqualTo(Topic.values().length);
        assertThat(count("data-quadrant=\"")).isEqualTo(4 * Topic.values().length);
        assertThat(html).contains("data-topic=\"HOUSING\"");
    }

    @Test
    void heatMapsHaveACellPerTopicAndBandOrWijk() {
        int wijken = coverage.catalogue().neighbourhoods().size();
        assertThat(count("class=\"cell")).isEqualTo(Topic.values().length * (Coverage.AGE_BANDS.size() + wijken));
    }

    @Test
    void eachKnownGapHasItsNearestOffersFromTheRules() {
        assertThat(count("<article class=\"gap\"")).isEqualTo(coverage.catalogue().gaps().size());
        assertThat(section("gap-HOUSING_INFORMATION")).contains("data-offer=\"sociaal-wijkteam\"");
        assertThat(section("gap-LGBTI_MEETING_PLACE")).contains("data-offer=\"dordrecht-pride\"");
        assertThat(section("gap-CHILDRENS_WORK")).contains("Bron: S1 §5.1");
    }

    /** A policy officer reads Dutch: no contract code (CHILDRENS_WORK, LOW_INCOME) in what the page shows. */
    @Test
    void thePageShowsDutchLabelsNotCodes() {
        String visible = visibleText();
        assertThat(Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b").matcher(visible).results().map(MatchResult::group).toList()).isEmpty();
        for (Topic topic : Topic.values()) {
            assertThat(Pattern.compile("\\b" + topic.name() + "\\b").matcher(visible).find()).as(topic.name()).isFalse();
        }
        assertThat(visible).contains(Topic.PARENTING.label(), "alleen " + Group.STATUSHOUDER.label())
                .doesNotContain("alleen STATUSHOUDER", "LGBTI");
        assertThat(section("gap-CHILDRENS_WORK")).contains("<h3>" + coverage.catalogue().gaps().get("CHILDRENS_WORK").description());
    }

    /**
     * Per wijk only what is in the wijk itself counts, so a row is not one colour: elderly residents in Dubbeldam
     * (S1 §5.1, the rules' DUBBELDAM_ELDERLY_MEETING gap there) show as a known gap in that wijk and nowhere else.
     */
    @Test
    void theWijkHeatMapShowsLocalGaps() {
        String elderly = row("heat-wijk", Topic.ELDERLY);
        assertThat(cells(elderly, "known-gap")).containsExactly("Dubbeldam");
        assertThat(cell(elderly, "Dubbeldam")).contains("local-none").contains("In Dubbeldam is weinig plek waar ouderen elkaar");
        String loneliness = row("heat-wijk", Topic.LONELINESS);
        assertThat(cells(loneliness, "local-none")).isNotEmpty().hasSizeLessThan(coverage.catalogue().neighbourhoods().size());
        assertThat(cell(loneliness, "Dubbeldam")).contains("local-none", "known-gap");
    }

    @Test
    void thePageHasAPrintStylesheet() {
        assertThat(html).contains("@media print{", "@page{size:A4 landscape", "print-color-adjust:exact",
                "header nav,#search,label[for=search],#count{display:none}");
    }

    @Test
    void theCatalogueTableListsEveryOfferWithASearchBox() {
        assertThat(count("<tr data-offer=")).isEqualTo(coverage.catalogue().offers().size());
        assertThat(html).contains("<input id=\"search\"", "addEventListener('input'");
    }

    @Test
    void headlessChromiumRendersTheMatrices() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("%s (.ci/run installs it: apt-get install -y chromium)", CHROMIUM).isTrue();
        Path page = dir.resolve(ReportCommand.FILE);
        Path screenshot = dir.resolve("report.png");
        String dom = chromium("--dump-dom", page);
        assertThat(Pattern.compile("<svg class=\"matrix\"").matcher(dom).results().count()).isEqualTo(Topic.values().length);
        assertThat(dom).contains("data-quadrant=\"INFORMAL_GENERAL\"", "id=\"heat-age\"", "id=\"offers\"");
        chromium("--screenshot=" + screenshot, page);
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        Path pdf = dir.resolve("report.pdf");
        chromium("--print-to-pdf=" + pdf, page);
        byte[] printed = Files.readAllBytes(pdf);
        assertThat(new String(printed, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(printed.length).isGreaterThan(50_000);
    }

    private static String chromium(String action, Path page) throws Exception {
        Path profile = Files.createTempDirectory(dir, "chromium");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,2000", action, page.toUri().toString())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("chromium.err"))).isZero();
        return out;
    }

    private static String visibleText() {
        String page = html.replaceAll("(?s)<(script|style)>.*?</\\1>", "").replaceAll("(?s)<[^>]+>", " ");
        return page.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }

    private static String row(String table, Topic topic) {
        Matcher m = Pattern.compile("id=\"" + table + "\".*?<tr data-topic=\"" + topic + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The wijken of the row's cells with this class. */
    private static List<String> cells(String row, String cssClass) {
        return Pattern.compile("<td class=\"cell[^\"]*\\b" + cssClass + "\\b[^\"]*\" data-column=\"([^\"]*)\"").matcher(row)
                .results().map(r -> r.group(1)).toList();
    }

    private static String cell(String row, String wijk) {
        Matcher m = Pattern.compile("<td class=\"[^\"]*\" data-column=\"" + Pattern.quote(wijk) + "\"[^>]*>").matcher(row);
        assertThat(m.find()).as(wijk).isTrue();
        return m.group();
    }

    private static long count(String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(html).results().count();
    }

    private static String section(String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\">(.*?)</article>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }
}
