package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.internal.CatalogueReader;
import nl.dordrecht.triage.internal.ResourceFolder;
import nl.dordrecht.triage.internal.hsds.CatalogueExtras;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.internal.scenario.ScenarioReader;
import nl.dordrecht.triage.json.TriageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage export --format hsds} writes valid HSDS 3.0, and {@code triage import} gives back a catalogue that advises the same. */
class HsdsCommandsTest {
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // The official files carry no $schema (dialect 2020-12) and use relative $refs, so they load from the classpath.
    static final JsonSchema SERVICE = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/compiled/service.json"));
    static final JsonSchema ORGANIZATION = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/compiled/organization.json"));
    static final JsonSchema TAXONOMY_TERM = SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds/taxonomy_term.json"));

    @TempDir
    Path dir;

    private Path export() {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "export", "--format", "hsds", "--out", dir.resolve("hsds").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("57 services");
        return dir.resolve("hsds");
    }

    private static JsonNode json(Path file) throws IOException {
        return ContractSchemas.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void assertValid(JsonSchema schema, JsonNode node) {
        assertThat(schema.validate(node)).as("%s against %s", node.path("name"), schema.getSchemaLocation()).isEmpty();
    }

    @Test
    void everyServiceOrganizationAndTermIsValidHsds() throws IOException {
        Path out = export();
        JsonNode services = json(out.resolve("services.json"));
        assertThat(services).hasSize(shippedCatalogue().offers().size());
        services.forEach(s -> assertValid(SERVICE, s));
        json(out.resolve("organizations.json")).forEach(o -> assertValid(ORGANIZATION, o));
        json(out.resolve("taxonomy_terms.json")).forEach(t -> assertValid(TAXONOMY_TERM, t));
        assertThat(json(out.resolve("triage.json")).path("gaps")).hasSize(shippedCatalogue().gaps().size());
    }

    @Test
    void contactDetailsExportAsValidHsdsAndComeBack() throws IOException {
        // A test catalogue, not the shipped one: the seeds give no address, so the shipped catalogue has none.
        String shipped = RuleSource.dordrecht().read().catalogue().content();
        String rationale = "    rationale: \"Meeting place with help and advice (S0).";
        assertThat(shipped).containsOnlyOnce(rationale);
        Path withContact = dir.resolve("contact.yaml");
        Files.writeString(withContact, shipped.replace(rationale, """
                    contact:
                      phone: "+31 78 000 00 00"
                      email: "vogelnest@example.nl"
                      address: "Vogelplein 1, 3300 AA Dordrecht"
                      hours: "di en do 10:00-12:00"
                      source: "S0 Aanleiding"
                """ + rationale), StandardCharsets.UTF_8);
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "export", "--format", "hsds", "--catalogue",
                withContact.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode services = json(dir.resolve("out").resolve("services.json"));
        services.forEach(s -> assertValid(SERVICE, s));
        JsonNode vogelnest = null;
        for (JsonNode s : services) {
            vogelnest = s.path("name").asText().equals("Het Vogelnest") ? s : vogelnest;
        }
        assertThat(vogelnest.path("email").asText()).isEqualTo("vogelnest@example.nl");
        assertThat(vogelnest.path("phones").get(0).path("number").asText()).isEqualTo("+31 78 000 00 00");
        assertThat(vogelnest.path("schedules").get(0).path("description").asText()).isEqualTo("di en do 10:00-12:00");
        JsonNode address = vogelnest.path("service_at_locations").get(0).path("location").path("addresses").get(0);
        assertThat(List.of(address.path("address_1").asText(), address.path("postal_code").asText(), address.path("city").asText()))
                .containsExactly("Vogelplein 1", "3300 AA", "Dordrecht");
        Path back = dir.resolve("back.yaml");
        run = AdviseCommandTest.run("", "import", "--format", "hsds", "--in", dir.resolve("out").toString(), "--out", back.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(read(new SourceFile("back.yaml", Files.readString(back))).offers().stream().map(Offer::spec).toList())
                .isEqualTo(read(new SourceFile("contact.yaml", Files.readString(withContact))).offers().stream().map(Offer::spec).toList());
    }

    @Test
    void theSchemasDoCatchAnInvalidService() throws IOException {
        ObjectNode service = (ObjectNode) json(export().resolve("services.json")).get(0);
        service.put("status", "open");
        assertThat(SERVICE.validate(service)).isNotEmpty();
        service.remove("status");
        assertThat(SERVICE.validate(service)).isNotEmpty();
    }

    @Test
    void aServiceCarriesThresholdTopicsAndWijkenAsHsds() throws IOException {
        JsonNode services = json(export().resolve("services.json"));
        JsonNode vogelnest = null;
        for (JsonNode s : services) {
            if (s.path("name").asText().equals("Het Vogelnest")) {
                vogelnest = s;
            }
        }
        assertThat(vogelnest).isNotNull();
        assertThat(vogelnest.path("service_areas")).singleElement().satisfies(area -> {
            assertThat(area.path("name").asText()).isEqualTo("Vogelbuurt");
            assertThat(area.path("attributes").get(0).path("taxonomy_term").path("code").asText()).isEqualTo("wijk:Vogelbuurt");
        });
        List<String> terms = new ArrayList<>();
        vogelnest.path("attributes").forEach(a -> terms.add(a.path("taxonomy_term").path("code").asText()
                + (a.has("value") ? "=" + a.get("value").asText() : "")));
        assertThat(terms).contains("id=het-vogelnest", "formal=false", "general=true", "threshold=1",
                "topic:LONELINESS", "meetingPlace=true", "noIntake=true", "source=S0 Aanleiding; S1 Bijlage 2");
        assertThat(terms).as("flags at their default are left out").noneMatch(t -> t.startsWith("outreach"));
    }

    @Test
    void theImportedCatalogueIsTheShippedOneOfferForOffer() throws IOException {
        Path yaml = importExport();
        SourceFile importedFile = new SourceFile("imported.yaml", Files.readString(yaml));
        Catalogue imported = read(importedFile);
        Catalogue shipped = shippedCatalogue();
        assertThat(CatalogueExtras.read(importedFile)).as("sources, wijken with aliases")
                .isEqualTo(CatalogueExtras.read(RuleSource.dordrecht().read().catalogue()));
        assertThat(imported.offers().stream().map(Offer::spec).toList())
                .isEqualTo(shipped.offers().stream().map(Offer::spec).toList());
        assertThat(imported.neighbourhoods()).isEqualTo(shipped.neighbourhoods());
        assertThat(imported.neighbourhood("Dordt West")).contains("Dordrecht-West");
        assertThat(imported.lifeDomains()).isEqualTo(shipped.lifeDomains());
        assertThat(imported.gaps()).isEqualTo(shipped.gaps());
    }

    @Test
    void theImportedCatalogueGivesTheSameAdviceForEveryScenario() throws IOException {
        RuleSetFiles shipped = RuleSource.dordrecht().read();
        SourceFile imported = new SourceFile("catalogue.yaml", Files.readString(importExport()));
        TriageEngine before = TriageEngine.builder().rules(RuleSource.dordrecht()).build();
        TriageEngine after = TriageEngine.builder().rules(() -> new RuleSetFiles(shipped.rules(), imported)).build();
        List<Scenario> scenarios = ScenarioReader.read(ResourceFolder.readClasspath(getClass().getClassLoader(),
                RuleSource.DORDRECHT + "/scenarios", ".yaml", "scenarios/")).scenarios();
        assertThat(scenarios).hasSizeGreaterThan(50);
        for (Scenario s : scenarios) {
            assertThat(adviceJson(after, s)).as(s.name()).isEqualTo(adviceJson(before, s));
        }
    }

    @Test
    void anInvalidCatalogueIsNotExported() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, RuleSource.dordrecht().read().catalogue().content().replace("threshold: 2", "threshold: 9"));
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "export", "--format", "hsds", "--catalogue", broken.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("broken.yaml:", "field threshold: must be a whole number from 1 to 5");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anExportWithAMissingFileIsNotImported() throws IOException {
        Path out = export();
        Files.delete(out.resolve("taxonomy_terms.json"));
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "import", "--format", "hsds", "--in", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("taxonomy_terms.json: missing");
    }

    @Test
    void anInvalidImportIsNotWrittenAndSaysWhy() throws IOException {
        Path out = export();
        Path services = out.resolve("services.json");
        Files.writeString(services, Files.readString(services).replace("\"value\" : \"het-vogelnest\"", "\"value\" : \"Het Vogelnest\""));
        Path target = dir.resolve("broken.yaml");
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "import", "--format", "hsds", "--in", out.toString(),
                "--out", target.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("broken.yaml:", "offer Het Vogelnest: field id: must be lower-case words",
                "(service 'Het Vogelnest' (", "field attributes (triage term id)) (not written)");
        assertThat(target).doesNotExist();
    }

    @Test
    void withoutOutTheCatalogueGoesToStandardOutput() {
        Path out = export();
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "import", "--format", "hsds", "--in", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(CatalogueReader.read(new SourceFile("stdout", run.out())).problems()).isEmpty();
    }

    private Path importExport() {
        Path target = dir.resolve("catalogue.yaml");
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "import", "--format", "hsds", "--in",
                export().toString(), "--out", target.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("57 offers");
        return target;
    }

    private static String adviceJson(TriageEngine engine, Scenario s) throws IOException {
        ObjectNode advice = (ObjectNode) ContractSchemas.JSON.readTree(TriageJson.write(engine.advise(
                TriageJson.readQuestion(s.questionJson()))));
        advice.remove("rulesetVersion");
        return advice.toString();
    }

    static Catalogue shippedCatalogue() throws IOException {
        return read(RuleSource.dordrecht().read().catalogue());
    }

    private static Catalogue read(SourceFile file) {
        CatalogueReader.Result result = CatalogueReader.read(file);
        assertThat(result.problems()).isEmpty();
        return result.catalogue();
    }
}
