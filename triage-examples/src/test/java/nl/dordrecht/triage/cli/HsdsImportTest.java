package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.internal.CatalogueReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code triage import} of real HSDS data: the official example service of the Open Referral specification becomes a
 * draft offer with exactly the fields to classify marked; an inactive service is not advised; contact data comes
 * through; {@code --into} merges and lists what changed.
 */
class HsdsImportTest {
    private static final String EXAMPLE = "service 'Community Counselling' (ac148810-d857-441c-9679-408f346de14b)";

    @TempDir
    Path dir;

    private Path officialExample() throws IOException {
        Path file = dir.resolve("service_full.json");
        try (InputStream in = getClass().getResourceAsStream("/hsds/examples/service_full.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private Path export() {
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "export", "--format", "hsds", "--out", dir.resolve("hsds").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return dir.resolve("hsds");
    }

    private Path shippedCopy() throws IOException {
        Path file = dir.resolve("catalogue.yaml");
        Files.writeString(file, RuleSource.dordrecht().read().catalogue().content(), StandardCharsets.UTF_8);
        return file;
    }

    private static ObjectNode service(ArrayNode services, String name) {
        for (JsonNode s : services) {
            if (s.path("name").asText().equals(name)) {
                return (ObjectNode) s;
            }
        }
        throw new AssertionError("no service " + name);
    }

    @Test
    void theOfficialExampleBecomesADraftWithExactlyTheFieldsToClassifyMarked() throws IOException {
        Path draft = dir.resolve("draft.yaml");
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "import", "--format", "hsds", "--in",
                officialExample().toString(), "--out", draft.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ImportCommand.DRAFT);
        String yaml = Files.readString(draft, StandardCharsets.UTF_8);
        assertThat(yaml).contains("""
                  - id: community-counselling
                    name: "Community Counselling"
                    formal: TO_CLASSIFY
                    general: TO_CLASSIFY
                    threshold: TO_CLASSIFY
                    topics: [TO_CLASSIFY]
                    minAge: 12
                    maxAge: 100
                    source: "TO_CLASSIFY"
                    contact:
                      email: "email@example.com"
                      url: "http://example.com/counselling"
                      address: "1-30 Main Street, MyVillage, ABC 1234 MyCity"
                      hours: "The service is available from 10 am to 6pm weekdays. The service is not available on public holidays."
                      source: "HSDS service_full.json"
                """);
        // The quoted number in the example ("\"+44 1234 234567\"") is no phone number: said, with its path, not kept.
        assertThat(run.err()).contains(EXAMPLE + ", field phones[0].number: '\"+44 1234 234567\"' is not a phone number",
                "; left out");
        // Every catalogue problem is in the written file and is one of the marked fields, each at its line.
        assertThat(run.err().lines().filter(l -> l.startsWith(draft.toString())))
                .hasSize(6).allSatisfy(l -> assertThat(l).containsAnyOf("not classified yet", "this catalogue is a draft"));
        for (String field : new String[] {"formal", "general", "threshold", "topics", "source"}) {
            int line = yaml.lines().toList().indexOf(yaml.lines().filter(l -> l.strip().startsWith(field + ": ")
                    && l.contains("TO_CLASSIFY")).findFirst().orElseThrow()) + 1;
            assertThat(run.err()).contains(draft + ":" + line + ":1: offer community-counselling: field " + field
                    + ": not classified yet");
            assertThat(run.err()).as("the service behind the offer is named").contains("field " + field + ": not classified yet")
                    .containsPattern("field " + field + ": not classified yet.*\\(" + java.util.regex.Pattern.quote(EXAMPLE)
                            + ", field attributes \\(triage terms? (topic:\\*|" + field + ")\\)\\)");
        }
    }

    @Test
    void anInactiveServiceIsNotAdvisedAndTheImportSaysSo() throws IOException {
        Path out = export();
        ArrayNode services = (ArrayNode) ContractSchemas.JSON.readTree(out.resolve("services.json").toFile());
        service(services, "Hulplijn Dordt").put("status", "inactive");
        service(services, "112 (alarmnummer)").put("status", "defunct");
        Files.writeString(out.resolve("services.json"), services.toString(), StandardCharsets.UTF_8);
        Path target = dir.resolve("imported.yaml");
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "import", "--format", "hsds", "--in", out.toString(),
                "--out", target.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("service 'Hulplijn Dordt' (", "field status: 'inactive': not written as an offer, so never advised",
                "service '112 (alarmnummer)' (", "field status: 'defunct'");
        Catalogue imported = CatalogueReader.read(new SourceFile("imported.yaml", Files.readString(target))).catalogue();
        assertThat(imported.offers()).extracting(Offer::getId).hasSize(55)
                .doesNotContain("hulplijn-dordt", "alarmnummer-112").contains("zelfmoordpreventie-113");
    }

    @Test
    void contactDetailsGoToHsdsPhonesUrlsAndSchedulesAndComeBack() throws IOException {
        ArrayNode services = (ArrayNode) ContractSchemas.JSON.readTree(export().resolve("services.json").toFile());
        ObjectNode line113 = service(services, "113 Zelfmoordpreventie");
        assertThat(line113.path("phones").get(0).path("number").asText()).isEqualTo("113");
        assertThat(line113.path("schedules").get(0).path("description").asText()).isEqualTo("dag en nacht");
        assertThat(service(services, "Schapenkopjes (website voor (aanstaande) ouders)").path("url").asText())
                .isEqualTo("https://www.schapenkopjes.nl");
        assertThat(service(services, "Hulplijn Dordt").has("phones")).as("no number in the seeds, none invented").isFalse();
        Catalogue shipped = HsdsCommandsTest.shippedCatalogue();
        assertThat(shipped.offer("zelfmoordpreventie-113").orElseThrow().getContact()).hasValueSatisfying(c -> {
            assertThat(c.phone()).contains("113");
            assertThat(c.hours()).contains("dag en nacht");
        });
    }

    @Test
    void intoMergesAndListsAddedUpdatedAndDeactivatedOffers() throws IOException {
        Path out = export();
        ArrayNode services = (ArrayNode) ContractSchemas.JSON.readTree(out.resolve("services.json").toFile());
        service(services, "113 Zelfmoordpreventie").withArray("phones").get(0).isObject();
        ((ObjectNode) service(services, "113 Zelfmoordpreventie").withArray("phones").get(0)).put("number", "0800-0113");
        service(services, "Hulplijn Dordt").put("status", "inactive");
        services.add(ContractSchemas.JSON.readTree(officialExample().toFile()));
        Files.writeString(out.resolve("services.json"), services.toString(), StandardCharsets.UTF_8);
        Path catalogue = shippedCopy();
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "import", "--format", "hsds", "--in", out.toString(),
                "--into", catalogue.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ImportCommand.DRAFT);
        assertThat(run.out()).contains("added: community-counselling\n", "updated: zelfmoordpreventie-113 (contact)\n",
                "deactivated: hulplijn-dordt (status inactive)\n", "kept (not in the import): 0");
        String merged = Files.readString(catalogue, StandardCharsets.UTF_8);
        assertThat(merged).contains("phone: \"0800-0113\"", "id: community-counselling").doesNotContain("id: hulplijn-dordt");
        assertThat(merged).as("a seed-cited contact changed in HSDS keeps its triage citation").contains("source: \"DOMAIN\"");
    }

    @Test
    void intoWithOneForeignServiceKeepsEveryOfferAndAddsADraft() throws IOException {
        Path catalogue = shippedCopy();
        Path target = dir.resolve("merged.yaml");
        AdviseCommandTest.Run run = AdviseCommandTest.run("", "import", "--format", "hsds", "--in",
                officialExample().toString(), "--into", catalogue.toString(), "--out", target.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ImportCommand.DRAFT);
        assertThat(run.out()).contains("added: community-counselling\n", "updated: none\n", "deactivated: none\n",
                "kept (not in the import): 57");
        assertThat(Files.readString(catalogue)).as("--out leaves the --into file alone")
                .isEqualTo(RuleSource.dordrecht().read().catalogue().content());
        String merged = Files.readString(target).replace("formal: TO_CLASSIFY", "formal: true")
                .replace("general: TO_CLASSIFY", "general: false").replace("threshold: TO_CLASSIFY", "threshold: 4")
                .replace("topics: [TO_CLASSIFY]", "topics: [MENTAL_HEALTH]").replace("source: \"TO_CLASSIFY\"", "source: \"DOMAIN\"");
        CatalogueReader.Result classified = CatalogueReader.read(new SourceFile("merged.yaml", merged));
        assertThat(classified.problems()).as("classified, the draft is a catalogue").isEmpty();
        assertThat(classified.catalogue().offers()).hasSize(58);
    }
}
