package nl.dordrecht.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.LiveTriageEngine;
import nl.dordrecht.triage.ReloadResult;
import nl.dordrecht.triage.RuleSetException;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a version reaches a live engine: never a half-written one, never one that silently lost a rule file or a safety
 * offer, and a watcher that outlives whatever a version throws at it.
 */
class PublishingTest {
    @TempDir
    Path dir;

    private Path rules() {
        return dir.resolve("rules");
    }

    private Path catalogue() {
        return dir.resolve("catalogue.yaml");
    }

    private LiveTriageEngine engine() throws Exception {
        Path mini = Path.of(PublishingTest.class.getResource("/mini").toURI());
        Files.createDirectories(rules());
        try (Stream<Path> files = Files.list(mini.resolve("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules().resolve(f.getFileName()));
            }
        }
        Files.copy(mini.resolve("catalogue.yaml"), catalogue());
        return TriageEngine.builder().rules(RuleSource.directory(rules(), catalogue())).buildLive();
    }

    /** What a deploy does last: the manifest of the files as they are now, written to a temporary name and renamed. */
    private void publish() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(rules())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                lines.add(Manifest.sha256(Files.readString(f)) + "  rules/" + f.getFileName());
            }
        }
        lines.add(Manifest.sha256(Files.readString(catalogue())) + "  catalogue.yaml");
        Path tmp = rules().resolve(Manifest.FILE_NAME + ".tmp");
        Files.write(tmp, lines);
        Files.move(tmp, rules().resolve(Manifest.FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String primaryName(LiveTriageEngine engine) {
        return engine.advise(HelpQuestion.about(Topic.MONEY)).primary().name();
    }

    @Test
    void aDanglingRuleFileLinkIsAnErrorNotASkippedFile() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            String before = engine.rulesetVersion();
            Files.createSymbolicLink(rules().resolve("safety.drl"), dir.resolve("nowhere.drl"));
            ReloadResult result = engine.reload();
            assertThat(result.applied()).isFalse();
            assertThat(result.version()).isEqualTo(before);
            assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .contains("rules/safety.drl is not a readable regular file"));
        }
    }

    @Test
    void anEngineIsNotBuiltFromAFolderWithADanglingRuleFileLink() throws Exception {
        engine().close();
        Files.createSymbolicLink(rules().resolve("safety.drl"), dir.resolve("nowhere.drl"));
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> TriageEngine.builder().rules(RuleSource.directory(rules(), catalogue())).build());
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not a readable regular file"));
    }

    @Test
    void withoutAManifestAnUpdateThatDropsARuleFileIsRejected() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            Files.writeString(rules().resolve("extra.drl"), "package mini\n");
            assertThat(engine.reload().applied()).isTrue();
            Files.delete(rules().resolve("extra.drl"));
            ReloadResult result = engine.reload();
            assertThat(result.applied()).isFalse();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("rules/extra.drl");
                assertThat(p.message()).contains("to drop a rule file on purpose, publish the update with a ruleset.manifest");
            });
        }
    }

    @Test
    void aPublishedUpdateMayDropARuleFile() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            Files.writeString(rules().resolve("extra.drl"), "package mini\n");
            assertThat(engine.reload().applied()).isTrue();
            Files.delete(rules().resolve("extra.drl"));
            publish();
            assertThat(engine.reload().applied()).isTrue();
        }
    }

    @Test
    void withoutAManifestAnUpdateThatDropsASafetyOfferIsRejected() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            String text = Files.readString(catalogue());
            Files.writeString(catalogue(), text.replace("id: safety-line", "id: other-line"));
            ReloadResult result = engine.reload();
            assertThat(result.applied()).isFalse();
            assertThat(result.problems()).anySatisfy(p -> assertThat(p.message())
                    .startsWith("safety offer safety-line is in the serving version but not in the update"));
        }
    }

    @Test
    void aCatalogueWrittenInTwoStepsIsNeverServedHalfway() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            publish();
            assertThat(engine.reload().problems()).isEmpty(); // the same files, now published: nothing to change
            String text = Files.readString(catalogue());
            // Step one: a valid catalogue, but not the one being published.
            Files.writeString(catalogue(), text.replace("name: Ontmoetingsplek", "name: Halverwege"));
            ReloadResult halfway = engine.reload();
            assertThat(halfway.applied()).isFalse();
            assertThat(halfway.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .isEqualTo("catalogue.yaml does not match ruleset.manifest (a deploy may be under way)"));
            assertThat(primaryName(engine)).isEqualTo("Ontmoetingsplek");
            // Step two, then the manifest: now it serves.
            Files.writeString(catalogue(), text.replace("name: Ontmoetingsplek", "name: Huiskamer"));
            publish();
            assertThat(engine.reload().applied()).isTrue();
            assertThat(primaryName(engine)).isEqualTo("Huiskamer");
        }
    }

    @Test
    void anUnchangedBrokenVersionIsNotCompiledAgain() throws Exception {
        try (LiveTriageEngine live = engine()) {
            ReloadingTriageEngine engine = (ReloadingTriageEngine) live;
            Files.writeString(rules().resolve("broken.drl"), "package mini\nrule \"Broken\"\nwhen\n  Nonsense( \nthen\nend\n");
            ReloadResult first = engine.reload();
            ReloadResult second = engine.reload();
            assertThat(first.applied()).isFalse();
            assertThat(second).isEqualTo(first);
            assertThat(engine.compilations()).isEqualTo(1);
        }
    }

    @Test
    void aRuleFileOverTheSizeCapIsRejected() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            Files.writeString(rules().resolve("huge.drl"), "// " + "x".repeat((int) ResourceFolder.MAX_FILE_BYTES) + "\n");
            assertThat(engine.reload().problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .contains("rules/huge.drl is larger than 2 MiB"));
        }
    }

    @Test
    void theWatcherOutlivesAVersionThatOverflowsTheParserAndThenTakesTheNextGoodOne() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            String deep = "(".repeat(3000) + "1" + ")".repeat(3000);
            Files.writeString(rules().resolve("deep.drl"), "package mini\nrule \"Deep\"\nwhen\n  eval( " + deep + " == 1 )\nthen\nend\n");
            engine.watch(Duration.ofMillis(50));
            Thread.sleep(500);
            Files.delete(rules().resolve("deep.drl"));
            Files.writeString(catalogue(), Files.readString(catalogue()).replace("name: Ontmoetingsplek", "name: Huiskamer"));
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!primaryName(engine).equals("Huiskamer") && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(primaryName(engine)).isEqualTo("Huiskamer");
        }
    }

    @Test
    void watchRejectsABadIntervalWithoutStartingToWatch() throws Exception {
        try (LiveTriageEngine engine = engine()) {
            assertThatThrownBy(() -> engine.watch(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least a millisecond");
            assertThatThrownBy(() -> engine.watch(null)).isInstanceOf(NullPointerException.class).hasMessage("interval");
            engine.watch(Duration.ofSeconds(1)); // not "already watching"
        }
    }

    @Test
    void anUpdateWhoseScenarioFailsIsRejectedAtTheScenarioAndOneThatPassesServes() throws Exception {
        engine().close();
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("money.yaml"), """
                - name: a money question goes to the meeting place
                  source: T
                  question: {id: m1, topics: [MONEY]}
                  expect:
                    primary: meeting-place
                """);
        try (LiveTriageEngine engine = TriageEngine.builder()
                .rules(RuleSource.directory(rules(), catalogue(), scenarios)).buildLive()) {
            String text = Files.readString(catalogue());
            Files.writeString(catalogue(), text.replace("topics: [LONELINESS, MONEY]", "topics: [LONELINESS]"));
            ReloadResult result = engine.reload();
            assertThat(result.applied()).isFalse();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("scenarios/money.yaml");
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.message()).isEqualTo("scenario 'a money question goes to the meeting place': primary: "
                        + "expected meeting-place but was wijkteam");
            });
            Files.writeString(catalogue(), text.replace("name: Ontmoetingsplek", "name: Huiskamer"));
            assertThat(engine.reload().applied()).isTrue();
        }
    }
}
