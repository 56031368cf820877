package nl.dordrecht.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules replaced while the engine serves: atomically, never broken, never mixed. */
class LiveReloadTest {
    @TempDir
    Path dir;

    private LiveTriageEngine engine() throws Exception {
        MiniRuleSet.copyTo(dir);
        return TriageEngine.builder().rules(RuleSource.directory(dir.resolve("rules"), dir.resolve("catalogue.yaml")))
                .buildLive();
    }

    /** Version "meeting place first" or "wijkteam first": whether the meeting place serves money questions. */
    private void writeMeetingPlaceServesMoney(boolean servesMoney) throws Exception {
        String text = MiniRuleSet.catalogueText();
        Files.writeString(dir.resolve("catalogue.yaml"),
                servesMoney ? text : text.replace("topics: [LONELINESS, MONEY]", "topics: [LONELINESS]"));
    }

    @Test
    void aValidUpdateIsAppliedAndAnUnchangedOneIsNot() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            String before = engine.rulesetVersion();
            assertThat(engine.reload()).isEqualTo(new ReloadResult(false, before, List.of()));
            Files.writeString(dir.resolve("catalogue.yaml"), MiniRuleSet.catalogueText().replace("Ontmoetingsplek", "Huiskamer"));
            ReloadResult result = engine.reload();
            assertThat(result.applied()).isTrue();
            assertThat(result.version()).isNotEqualTo(before).isEqualTo(engine.rulesetVersion());
            assertThat(engine.advise(HelpQuestion.about(Topic.MONEY)).primary().name()).isEqualTo("Huiskamer");
        }
    }

    @Test
    void aBrokenUpdateIsRejectedWithItsProblemsAndTheOldVersionKeepsServing() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            String before = engine.rulesetVersion();
            Files.writeString(dir.resolve("rules/broken.drl"), "package mini\nrule \"Broken\"\nwhen\n  Nonsense( \nthen\nend\n");
            ReloadResult result = engine.reload();
            assertThat(result.applied()).isFalse();
            assertThat(result.version()).isEqualTo(before);
            assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/broken.drl"));
            assertThat(engine.advise(HelpQuestion.about(Topic.MONEY)).rulesetVersion()).isEqualTo(before);
        }
    }

    @Test
    void underConcurrentLoadEveryAdviceIsTheAnswerOfTheVersionItNames() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            Map<String, String> primaryByVersion = new ConcurrentHashMap<>();
            primaryByVersion.put(engine.rulesetVersion(), "meeting-place");
            AtomicBoolean swapping = new AtomicBoolean(true);
            ExecutorService callers = Executors.newFixedThreadPool(4);
            List<Future<List<TriageAdvice>>> calls = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                calls.add(callers.submit(() -> {
                    List<TriageAdvice> seen = new ArrayList<>();
                    while (swapping.get() || seen.size() < 50) {
                        seen.add(engine.advise(HelpQuestion.about(Topic.MONEY)));
                    }
                    return seen;
                }));
            }
            for (int i = 0; i < 6; i++) {
                boolean wijkteamFirst = i % 2 == 0;
                writeMeetingPlaceServesMoney(!wijkteamFirst);
                if (i == 3) {
                    Files.writeString(dir.resolve("rules/broken.drl"), "package mini\nrule \"x\" when then nonsense( end\n");
                    assertThat(engine.reload().rejected()).isTrue();
                    Files.delete(dir.resolve("rules/broken.drl"));
                }
                ReloadResult result = engine.reload();
                assertThat(result.applied()).isTrue();
                primaryByVersion.put(result.version(), wijkteamFirst ? "wijkteam" : "meeting-place");
                Thread.sleep(20);
            }
            swapping.set(false);
            int checked = 0;
            for (Future<List<TriageAdvice>> call : calls) {
                for (TriageAdvice advice : call.get(60, TimeUnit.SECONDS)) {
                    assertThat(primaryByVersion).containsKey(advice.rulesetVersion());
                    assertThat(advice.primary().offerId()).isEqualTo(primaryByVersion.get(advice.rulesetVersion()));
                    checked++;
                }
            }
            callers.shutdown();
            assertThat(checked).isGreaterThanOrEqualTo(200);
            assertThat(primaryByVersion.values()).containsOnly("wijkteam", "meeting-place");
        }
    }

    @Test
    void aReplacedVersionIsReleased() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            WeakReference<Object> first = new WeakReference<>(firstKieBase(engine));
            for (int i = 0; i < 5; i++) {
                writeMeetingPlaceServesMoney(i % 2 != 0);
                assertThat(engine.reload().applied()).isTrue();
            }
            for (int i = 0; i < 20 && first.get() != null; i++) {
                System.gc();
                Thread.sleep(50);
            }
            assertThat(first.get()).as("the first version's KieBase after five reloads").isNull();
        }
    }

    private static Object firstKieBase(LiveTriageEngine engine) throws Exception {
        var field = engine.getClass().getDeclaredField("current");
        field.setAccessible(true);
        var current = (java.util.concurrent.atomic.AtomicReference<?>) field.get(engine);
        return ((nl.dordrecht.triage.internal.CompiledRuleSet) current.get()).kieBase();
    }

    @Test
    void watchingPicksUpAChangeWithoutACall() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            String before = engine.rulesetVersion();
            engine.watch(Duration.ofMillis(50));
            writeMeetingPlaceServesMoney(false);
            for (int i = 0; i < 200 && engine.rulesetVersion().equals(before); i++) {
                Thread.sleep(25);
            }
            assertThat(engine.rulesetVersion()).isNotEqualTo(before);
        }
    }
}
