package nl.dordrecht.triage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.Labelled;
import nl.dordrecht.triage.Labels;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.internal.CatalogueReader;
import nl.dordrecht.triage.json.TriageJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The volunteers' page in a real browser: Debian's chromium, headless, through /usr/bin/chromedriver (Selenium
 * downloads nothing). It fills in the form as a volunteer would and holds what the page shows to the engine's advice.
 * With {@code -Dtriage.screenshot=FILE} it also saves the page with an advice (docs/intake-page.png).
 */
class IntakePageTest {
    private static final String MONEY_SHAME = "{\"topics\":[\"MONEY\",\"LETTERS_AND_FORMS\"],\"reluctance\":[\"SHAME\"],"
            + "\"barriers\":[\"LOW_LITERACY\"],\"age\":67,\"neighbourhood\":\"Krispijn\",\"channel\":\"HULPLIJN_PHONE\"}";

    /** The shipped catalogue's gaps: the page says what each gap is, not its code. */
    private static final Map<String, Catalogue.Gap> GAPS = shippedGaps();

    @TempDir
    static Path profile;
    private static ChromeDriver driver;
    private static TriageServer server;

    @BeforeAll
    static void startBrowser() {
        server = Servers.shared();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Map<String, Catalogue.Gap> shippedGaps() {
        try {
            return CatalogueReader.read(RuleSource.dordrecht().read().catalogue()).catalogue().gaps();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static void open() {
        driver.get(Servers.uri(server, "/").toString());
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** Fills in the form from a contract question, as a volunteer would, and asks for advice. */
    private static void fillIn(HelpQuestion q) {
        q.safetySignals().forEach(s -> check("safetySignals-" + s.name()));
        q.topics().forEach(t -> check("topics-" + t.name()));
        q.reluctance().forEach(r -> check("reluctance-" + r.name()));
        q.barriers().forEach(b -> check("barriers-" + b.name()));
        q.groups().forEach(g -> check("groups-" + g.name()));
        if (!q.explicit()) {
            check("explicit");
        }
        if (q.complexity() != null) {
            new Select(driver.findElement(By.id("complexity"))).selectByValue(q.complexity().name());
        }
        if (q.age() != null) {
            driver.findElement(By.id("age")).sendKeys(String.valueOf(q.age()));
        }
        if (!q.childAges().isEmpty()) {
            driver.findElement(By.id("childAges")).sendKeys(String.join(", ",
                    q.childAges().stream().map(String::valueOf).toList()));
        }
        if (q.neighbourhood() != null) {
            new Select(driver.findElement(By.id("neighbourhood"))).selectByValue(q.neighbourhood());
        }
        new Select(driver.findElement(By.id("channel"))).selectByValue(q.channel().name());
        driver.findElement(By.id("advise")).click();
        waitForAdvice();
    }

    private static void waitForAdvice() {
        waiting().until(d -> d.findElement(By.id("advice")).isDisplayed()
                && !d.findElements(By.cssSelector("#advice-body > *")).isEmpty());
    }

    private static void check(String id) {
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static String label(Labelled code) {
        return code.label();
    }

    /** What the page shows is the advice: every line of it, in its order, with the labels of the one source. */
    private static void assertShows(TriageAdvice advice) {
        List<WebElement> shown = driver.findElements(By.cssSelector("#advice-body > *"));
        if (advice.route() == Route.SAFETY_ESCALATION) {
            assertThat(shown.get(0).getDomAttribute("id")).as("the escalation comes first").isEqualTo("escalation");
            assertThat(texts("#escalation h3")).containsExactly(label(Route.SAFETY_ESCALATION));
            assertThat(texts("#escalation .name")).containsExactly(advice.primary().name());
            assertThat(texts("#escalation .reasons li")).isEqualTo(advice.primary().reasons());
            assertThat(texts("#escalation .contact dd")).isEqualTo(contact(advice.primary()));
        } else {
            assertThat(driver.findElements(By.id("escalation"))).isEmpty();
            assertThat(texts(".route")).containsExactly("Route: " + label(advice.route()));
            assertThat(texts("#advice-body > .primary .name")).containsExactly(advice.primary().name());
            assertThat(texts("#advice-body > .primary .reasons li")).isEqualTo(advice.primary().reasons());
            assertThat(texts("#advice-body > .primary .contact dd")).isEqualTo(contact(advice.primary()));
        }
        assertThat(texts("#explanation > li")).isEqualTo(advice.explanation());
        assertThat(texts("#alternatives .alternative .name"))
                .isEqualTo(advice.alternatives().stream().map(Suggestion::name).toList());
        List<String> reasons = new ArrayList<>();
        advice.alternatives().forEach(a -> reasons.addAll(a.reasons()));
        assertThat(texts("#alternatives .reasons li")).isEqualTo(reasons);
        assertThat(texts("#alternatives .contact dd")).isEqualTo(advice.alternatives().stream()
                .flatMap(a -> contact(a).stream()).toList());
        assertThat(texts("#signals > li")).isEqualTo(advice.signals().stream()
                .map(s -> label(s.topic()) + ": " + s.reason()).toList());
        assertThat(texts("#gaps > li")).isEqualTo(advice.gaps().stream().map(g -> GAPS.get(g).description()).toList());
        assertThat(texts(".handover")).containsExactly("Overdracht: " + label(advice.handover()));
    }

    /** A suggestion's contact details in the page's order: telephone, e-mail, website, address, hours. */
    private static List<String> contact(Suggestion s) {
        return s.contact().map(c -> Stream.of(c.phone(), c.email(), c.url(), c.address(), c.hours())
                .flatMap(Optional::stream).toList()).orElse(List.of());
    }

    private static TriageAdvice ask(String question) {
        HelpQuestion q = TriageJson.readQuestion(question);
        open();
        fillIn(q);
        TriageAdvice advice = Servers.ENGINE.advise(q);
        assertShows(advice);
        return advice;
    }

    @Test
    void showsExactlyTheEnginesAdviceForSeveralQuestions() throws IOException {
        TriageAdvice money = ask(MONEY_SHAME);
        assertThat(money.signals()).isNotEmpty();
        String screenshot = System.getProperty("triage.screenshot");
        if (screenshot != null) {
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of(screenshot),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        ask("{\"topics\":[\"LONELINESS\"],\"explicit\":false,\"barriers\":[\"HOMEBOUND\"],\"age\":82,"
                + "\"reluctance\":[\"SELF_RELIANCE\"],\"channel\":\"HULPLIJN_PHONE\"}");
        ask("{\"topics\":[\"HOUSING\",\"PARENTING\"],\"childAges\":[3,7],\"groups\":[\"SINGLE_PARENT\"],"
                + "\"complexity\":\"MULTI_DOMAIN\",\"channel\":\"SCHOOL\"}");
        // The page reached nothing but this server.
        Object origins = ((JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => new URL(e.name).origin).filter(o => o !== location.origin).length");
        assertThat(origins).isEqualTo(0L);
    }

    @Test
    void aSafetySignalPutsTheEscalationFirst() {
        TriageAdvice advice = ask("{\"topics\":[\"RELATIONSHIPS\",\"MONEY\"],\"safetySignals\":[\"DOMESTIC_VIOLENCE\"],"
                + "\"neighbourhood\":\"Krispijn\",\"channel\":\"HULPLIJN_PHONE\"}");
        assertThat(advice.route()).isEqualTo(Route.SAFETY_ESCALATION);
        assertThat(advice.handover()).isEqualTo(Handover.EMERGENCY);
        assertThat(driver.findElement(By.id("escalation")).getDomAttribute("role")).isEqualTo("alert");
    }

    @Test
    void theContactDetailsAreShownWhereTheCatalogueHasThem() {
        TriageAdvice advice = ask("{\"topics\":[\"MENTAL_HEALTH\"],\"safetySignals\":[\"SUICIDE_RISK\"],"
                + "\"channel\":\"HULPLIJN_PHONE\"}");
        assertThat(advice.primary().contact()).isPresent();
        assertThat(texts("#escalation .contact dt")).contains("Telefoon");
        assertThat(texts("#escalation .contact-phone")).containsExactly(advice.primary().contact().get().phone().get());
    }

    @Test
    void theFormShowsTheOneSourcesLabelsAndTheSeedsPhrases() {
        open();
        // Safety first: the first fieldset of the form.
        assertThat(driver.findElement(By.cssSelector("form > fieldset")).getDomAttribute("id")).isEqualTo("safety");
        Labels.all().forEach((field, labels) -> {
            if (List.of("safetySignals", "topics", "barriers", "groups").contains(field)) {
                labels.forEach((code, label) -> assertThat(driver.findElement(
                        By.cssSelector("label[for='" + field + "-" + code + "'] .label")).getText()).isEqualTo(label));
            }
        });
        for (Reluctance marker : Reluctance.values()) {
            WebElement label = driver.findElement(By.cssSelector("label[for='reluctance-" + marker.name() + "']"));
            assertThat(label.findElement(By.className("label")).getText()).isEqualTo(marker.label());
            assertThat(label.findElement(By.className("phrase")).getText()).isEqualTo(marker.phrase());
        }
        assertThat(new Select(driver.findElement(By.id("channel"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("HULPLIJN_PHONE");
        List<String> wijken = new Select(driver.findElement(By.id("neighbourhood"))).getOptions().stream()
                .map(o -> o.getDomAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertThat(wijken).isEqualTo(Servers.ENGINE.neighbourhoods());
        // No field for personal data: only checkboxes, numbers, the child ages and three lists.
        List<String> free = texts("input[type=text]");
        assertThat(driver.findElements(By.cssSelector("input[type=text]"))).extracting(e -> e.getDomAttribute("id"))
                .containsExactly("childAges");
        assertThat(free).hasSize(1);
        assertThat(driver.findElements(By.tagName("textarea"))).isEmpty();
    }

    @Test
    void nieuweVraagClearsEverything() {
        ask(MONEY_SHAME);
        driver.findElement(By.id("new-question")).click();
        assertThat(driver.findElements(By.cssSelector("input[type=checkbox]:checked"))).extracting(e -> e.getDomAttribute("id"))
                .containsExactly("explicit");
        assertThat(driver.findElement(By.id("age")).getDomProperty("value")).isEmpty();
        assertThat(new Select(driver.findElement(By.id("neighbourhood"))).getFirstSelectedOption().getDomAttribute("value")).isEmpty();
        assertThat(new Select(driver.findElement(By.id("channel"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("HULPLIJN_PHONE");
        assertThat(driver.findElement(By.id("advice")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#advice-body > *"))).isEmpty();
        Object stored = ((JavascriptExecutor) driver).executeScript(
                "return localStorage.length + sessionStorage.length + document.cookie.length");
        assertThat(stored).isEqualTo(0L);
    }

    @Test
    void withoutATopicThePageSaysSoInDutch() {
        open();
        driver.findElement(By.id("advise")).click();
        WebElement error = driver.findElement(By.id("form-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains("minstens één onderwerp");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("topics-" + Topic.values()[0].name());
    }

    @Test
    void theKeyboardReachesEveryControlInOrderAndAsksForAdvice() {
        open();
        List<String> expected = new ArrayList<>();
        driver.findElements(By.cssSelector("#intake input, #intake select, #intake button"))
                .forEach(e -> expected.add(e.getDomAttribute("id")));
        List<String> visited = new ArrayList<>();
        Actions keys = new Actions(driver);
        for (int i = 0; i < expected.size(); i++) {
            keys.sendKeys(Keys.TAB).perform();
            String id = driver.switchTo().activeElement().getDomAttribute("id");
            visited.add(id);
            if (id.equals("topics-MONEY") || id.equals("reluctance-SHAME")) {
                keys.sendKeys(Keys.SPACE).perform();
            }
        }
        assertThat(visited).isEqualTo(expected);
        assertThat(visited.get(0)).isEqualTo("safetySignals-DOMESTIC_VIOLENCE");
        driver.findElement(By.id("advise")).sendKeys(Keys.ENTER);
        waitForAdvice();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("advice");
        assertShows(Servers.ENGINE.advise(TriageJson.readQuestion(
                "{\"topics\":[\"MONEY\"],\"reluctance\":[\"SHAME\"],\"channel\":\"HULPLIJN_PHONE\"}")));
    }
}
