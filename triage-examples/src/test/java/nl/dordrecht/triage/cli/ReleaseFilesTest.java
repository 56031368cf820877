package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The release's files say the same as the build: the licence, publiccode.yml (Standard for Public Code, 0.4) and the
 * changelog name the version the poms build. Tests run in the module's folder; the files are at the project root.
 */
class ReleaseFilesTest {
    private static final Path ROOT = Path.of("..");
    private static final String RELEASE = System.getProperty("triage.release");

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theLicenceIsTheWholeEupl12() throws IOException {
        String licence = read("LICENSE");
        assertThat(licence.strip()).startsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
                .contains("15. Applicable Law", "Appendix", "‘Compatible Licences’ according to Article 5 EUPL are:")
                .endsWith("require the production of a new\nEUPL version.");
        assertThat(read("pom.xml")).contains("<licenses>", "<name>EUPL-1.2</name>");
    }

    @Test
    void publiccodeYmlHasEveryMandatoryKeyAndTheBuildsVersion() throws IOException {
        JsonNode code = new ObjectMapper(new YAMLFactory()).readTree(read("publiccode.yml"));
        assertThat(code.path("publiccodeYmlVersion").asText()).isEqualTo("0.4");
        for (String key : List.of("name", "url", "platforms", "categories", "developmentStatus", "softwareType",
                "legal/license", "maintenance/type", "localisation/localisationReady", "localisation/availableLanguages")) {
            assertThat(code.at("/" + key).isMissingNode()).as(key).isFalse();
        }
        assertThat(code.at("/legal/license").asText()).isEqualTo("EUPL-1.2");
        assertThat(code.path("softwareVersion").asText()).isEqualTo(RELEASE);
        assertThat(code.path("description").size()).isPositive();
        code.path("description").fields().forEachRemaining(language -> {
            JsonNode text = language.getValue();
            assertThat(text.path("shortDescription").asText().length()).as(language.getKey()).isBetween(1, 150);
            assertThat(text.path("longDescription").asText().length()).as(language.getKey()).isBetween(150, 10000);
            assertThat(text.path("features").size()).as(language.getKey()).isPositive();
        });
    }

    @Test
    void theChangelogsNewestReleaseIsTheBuildsVersionOnThePublicationDate() throws IOException {
        Matcher release = Pattern.compile("^## \\[(\\d+\\.\\d+\\.\\d+)] - (\\d{4}-\\d{2}-\\d{2})$", Pattern.MULTILINE)
                .matcher(read("CHANGELOG.md"));
        assertThat(release.find()).isTrue();
        assertThat(release.group(1)).isEqualTo(RELEASE);
        JsonNode code = new ObjectMapper(new YAMLFactory()).readTree(read("publiccode.yml"));
        assertThat(code.path("releaseDate").asText()).isEqualTo(release.group(2));
    }
}
