package nl.dordrecht.triage.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.dordrecht.triage.LiveTriageEngine;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.TriageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --watch}: a changed catalogue serves atomically while requests run, and the HSDS API follows it. */
class WatchReloadTest {
    private static final String MONEY = "{\"topics\":[\"MONEY\"]}";
    private static final String OLD_NAME = "name: \"Financieel Hulphuis\"";
    private static final String NEW_NAME = "Financieel Hulphuis Dordrecht";

    @TempDir
    Path dir;

    @Test
    void aChangedCatalogueServesWhileRequestsRun() throws Exception {
        RuleSetFiles shipped = RuleSource.dordrecht().read();
        Files.createDirectories(dir.resolve("rules"));
        for (SourceFile f : shipped.rules()) {
            Files.writeString(dir.resolve(f.name()), f.content(), StandardCharsets.UTF_8);
        }
        Path catalogue = dir.resolve("catalogue.yaml");
        Files.writeString(catalogue, shipped.catalogue().content(), StandardCharsets.UTF_8);
        RuleSource source = RuleSource.directory(dir.resolve("rules"), catalogue);
        LiveTriageEngine engine = TriageEngine.builder().rules(source).buildLive();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try (TriageServer server = Servers.serving(ServerSettings.local(0), engine, source)) {
            server.watch(Duration.ofMillis(200));
            JsonNode before = version(server);
            AtomicBoolean stop = new AtomicBoolean();
            List<String> failures = new CopyOnWriteArrayList<>();
            Set<String> versions = ConcurrentHashMap.newKeySet();
            for (int i = 0; i < 2; i++) {
                clients.submit(() -> {
                    while (!stop.get()) {
                        HttpResponse<String> response = Servers.advice(server, MONEY);
                        if (response.statusCode() == 200) {
                            versions.add(OpenApiSchemas.parse(response.body()).path("rulesetVersion").asText());
                        } else {
                            failures.add(response.statusCode() + " " + response.body());
                        }
                    }
                });
            }
            String changed = shipped.catalogue().content().replace(OLD_NAME, "name: \"" + NEW_NAME + "\"");
            assertThat(changed).isNotEqualTo(shipped.catalogue().content());
            publish(catalogue, changed);
            String after = awaitNewVersion(server, before.path("rulesetVersion").asText());
            awaitSeen(versions, after);
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(failures).isEmpty();
            assertThat(versions).containsExactlyInAnyOrder(before.path("rulesetVersion").asText(), after);
            JsonNode advice = OpenApiSchemas.parse(Servers.advice(server, MONEY).body());
            assertThat(advice.path("primary").path("name").asText()).isEqualTo(NEW_NAME);
            assertThat(advice.path("rulesetVersion").asText()).isEqualTo(after);
            assertThat(Instant.parse(version(server).path("loadedAt").asText()))
                    .isAfter(Instant.parse(before.path("loadedAt").asText()));
            JsonNode hsds = OpenApiSchemas.parse(Servers.get(server, "/hsds/services?search=Hulphuis%20Dordrecht").body());
            assertThat(hsds.path("total_items").asInt()).isEqualTo(1);
        } finally {
            clients.shutdownNow();
            engine.close();
        }
    }

    /** As a deploy should: written beside it and moved over it, so a reader never sees half a file. */
    private static void publish(Path file, String content) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, content, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static JsonNode version(TriageServer server) {
        return OpenApiSchemas.parse(Servers.get(server, "/v1/version").body());
    }

    /** The new version, once it serves; compiling and probing it takes seconds, longer on a busy machine. */
    private static String awaitNewVersion(TriageServer server, String old) throws InterruptedException {
        for (int i = 0; i < 1_800; i++) {
            String now = version(server).path("rulesetVersion").asText();
            if (!now.equals(old)) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the changed catalogue was not served within 3 minutes");
    }

    private static void awaitSeen(Set<String> versions, String version) throws InterruptedException {
        for (int i = 0; i < 600 && !versions.contains(version); i++) {
            Thread.sleep(100);
        }
    }
}
