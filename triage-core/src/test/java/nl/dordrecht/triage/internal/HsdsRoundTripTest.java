package nl.dordrecht.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.hsds.CatalogueExtras;
import nl.dordrecht.triage.internal.hsds.HsdsDocuments;
import nl.dordrecht.triage.internal.hsds.HsdsExporter;
import nl.dordrecht.triage.internal.hsds.HsdsImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to HSDS and import again gives the same catalogue, field for field, for a catalogue using every field. */
class HsdsRoundTripTest {
    @TempDir
    Path dir;

    static SourceFile fixture() throws IOException {
        try (InputStream in = HsdsRoundTripTest.class.getResourceAsStream("/hsds/every-field.yaml")) {
            return new SourceFile("every-field.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Catalogue read(SourceFile file) {
        CatalogueReader.Result result = CatalogueReader.read(file);
        assertThat(result.problems()).as(file.content()).isEmpty();
        return result.catalogue();
    }

    static HsdsDocuments export(SourceFile file) {
        return HsdsExporter.export(read(file), CatalogueExtras.read(file));
    }

    private HsdsImporter.Result importViaFiles(HsdsDocuments docs) throws IOException {
        docs.write(dir);
        return HsdsImporter.read(HsdsDocuments.read(dir));
    }

    @Test
    void everyFieldOfEveryOfferComesBack() throws IOException {
        SourceFile original = fixture();
        HsdsImporter.Result imported = importViaFiles(export(original));
        assertThat(imported.problems()).isEmpty();
        Catalogue before = read(original);
        Catalogue after = read(new SourceFile("imported.yaml", imported.yaml()));
        assertThat(after.offers().stream().map(Offer::spec).toList())
                .isEqualTo(before.offers().stream().map(Offer::spec).toList());
        assertThat(after.neighbourhoods()).isEqualTo(before.neighbourhoods());
        assertThat(after.lifeDomains()).isEqualTo(before.lifeDomains());
        assertThat(after.gaps()).isEqualTo(before.gaps());
        assertThat(CatalogueExtras.read(new SourceFile("imported.yaml", imported.yaml())))
                .isEqualTo(CatalogueExtras.read(original));
        assertThat(after.neighbourhood("yes")).contains("De Staart");
    }

    @Test
    void theSameCatalogueAlwaysExportsTheSameFiles() throws IOException {
        HsdsDocuments first = export(fixture());
        assertThat(export(fixture())).isEqualTo(first);
        String yaml = importViaFiles(first).yaml();
        assertThat(export(new SourceFile("imported.yaml", yaml))).as("export of the import").isEqualTo(first);
    }

    @Test
    void termsOfOtherTaxonomiesAreLeftAloneAndUnknownTriageTermsReported() throws IOException {
        HsdsDocuments docs = export(fixture());
        ObjectNode service = (ObjectNode) docs.services().get(1);
        service.withArray("attributes").addObject().put("id", "x").put("value", "yes")
                .putObject("taxonomy_term").put("id", "y").put("code", "1234").put("name", "Legal aid")
                .put("description", "from another taxonomy").put("taxonomy", "open-eligibility");
        assertThat(HsdsImporter.read(docs).problems()).isEmpty();
        service.withArray("attributes").addObject().put("id", "z")
                .putObject("taxonomy_term").put("id", "w").put("code", "colour").put("name", "colour")
                .put("description", "not a catalogue field").put("taxonomy", "triage");
        assertThat(HsdsImporter.read(docs).problems()).singleElement().asString()
                .contains("Wijkteam", "unknown triage term 'colour'");
    }

    @Test
    void aBadValueIsReportedByTheCatalogueValidationWithOfferAndField() {
        HsdsDocuments docs = export(new SourceFile("x.yaml", fixtureText()));
        docs.services().get(0).withArray("attributes").forEach(a -> {
            if ("threshold".equals(a.path("taxonomy_term").path("code").asText())) {
                ((ObjectNode) a).put("value", "high");
            }
        });
        String yaml = HsdsImporter.read(docs).yaml();
        assertThat(CatalogueReader.read(new SourceFile("imported.yaml", yaml)).problems()).singleElement().asString()
                .contains("offer everything: field threshold", "'high'");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        export(fixture()).write(dir);
        Files.delete(dir.resolve(HsdsDocuments.TRIAGE));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HsdsDocuments.read(dir))
                .hasMessageContaining("triage.json: missing");
    }

    private static String fixtureText() {
        try {
            return fixture().content();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
