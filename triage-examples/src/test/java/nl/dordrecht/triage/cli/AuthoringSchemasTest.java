package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Role;
import nl.dordrecht.triage.internal.ResourceFolder;
import nl.dordrecht.triage.json.ContractSchema;
import org.junit.jupiter.api.Test;

/**
 * The editor schemas (triage-rules {@code triage/schemas}) hold the shipped catalogue and every shipped scenario file,
 * name every code the engine knows and no other, reject what {@code check} rejects, and the shipped files point to them.
 */
class AuthoringSchemasTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema CATALOGUE = load("catalogue.schema.json");
    static final JsonSchema SCENARIOS = load("scenarios.schema.json");

    @Test
    void theShippedCatalogueIsValidAndNamesItsSchema() throws IOException {
        SourceFile catalogue = RuleSource.dordrecht().read().catalogue();
        assertThat(catalogue.content()).startsWith("# yaml-language-server: $schema=../schemas/catalogue.schema.json\n");
        assertThat(CATALOGUE.validate(YAML.readTree(catalogue.content()))).isEmpty();
    }

    @Test
    void everyShippedScenarioFileIsValidAndNamesItsSchema() throws IOException {
        List<SourceFile> files = ResourceFolder.readClasspath(ResourceFolder.defaultLoader(),
                RuleSource.DORDRECHT + "/scenarios", ".yaml", "scenarios/");
        assertThat(files).hasSizeGreaterThan(10);
        for (SourceFile f : files) {
            assertThat(f.content()).as(f.name()).startsWith("# yaml-language-server: $schema=../../schemas/scenarios.schema.json\n");
            assertThat(SCENARIOS.validate(YAML.readTree(f.content()))).as(f.name()).isEmpty();
        }
    }

    @Test
    void anEditorUnderlinesAnUnknownCodeAMisspeltFieldAndAThresholdOffTheLadder() throws IOException {
        ObjectNode catalogue = (ObjectNode) YAML.readTree(RuleSource.dordrecht().read().catalogue().content());
        ObjectNode offer = (ObjectNode) catalogue.get("offers").get(0);
        offer.putArray("topics").add("DEBT");
        offer.put("treshold", 2);
        offer.put("threshold", 6);
        assertThat(CATALOGUE.validate(catalogue)).extracting(m -> m.getInstanceLocation().toString())
                .contains("$.offers[0].topics[0]", "$.offers[0].threshold").anyMatch(l -> l.equals("$.offers[0]"));
        JsonNode scenario = YAML.readTree("- {name: x, source: S1, question: {topics: [MONEY], age: 200}, expect: {rout: REFER_SPECIFIC}}");
        assertThat(SCENARIOS.validate(scenario)).extracting(m -> m.getInstanceLocation().toString())
                .contains("$[0].question.age", "$[0].expect");
    }

    @Test
    void theSchemasKnowExactlyTheEnginesCodes() {
        JsonNode catalogue = schema("catalogue.schema.json").get("definitions");
        assertThat(codes(catalogue.get("topic"))).isEqualTo(names(Topic.values()));
        assertThat(codes(catalogue.get("group"))).isEqualTo(names(Group.values()));
        assertThat(codes(catalogue.get("channel"))).isEqualTo(names(Channel.values()));
        assertThat(codes(catalogue.get("safetySignal"))).isEqualTo(names(SafetySignal.values()));
        assertThat(codes(catalogue.get("role"))).isEqualTo(names(Role.values()));
        JsonNode scenarios = schema("scenarios.schema.json").get("definitions");
        assertThat(codes(scenarios.get("route"))).isEqualTo(names(Route.values()));
        assertThat(codes(scenarios.get("handover"))).isEqualTo(names(Handover.values()));
        assertThat(codes(scenarios.get("topic"))).isEqualTo(names(Topic.values()));
        assertThat(catalogue.get("topic").get("description").asText()).contains("DEBTS = " + Topic.DEBTS.label());
    }

    /** A scenario's question is the contract's question, word for word (the contract ships in triage-core). */
    @Test
    void aScenarioQuestionIsTheContractsQuestion() throws IOException {
        ObjectNode contract = (ObjectNode) JSON.readTree(ContractSchema.QUESTION.text());
        contract.remove(List.of("$schema", "$id"));
        assertThat(schema("scenarios.schema.json").get("definitions").get("question")).isEqualTo(contract);
    }

    private static List<String> codes(JsonNode definition) {
        List<String> codes = new ArrayList<>();
        definition.get("enum").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static JsonNode schema(String name) {
        try (InputStream in = AuthoringSchemasTest.class.getResourceAsStream("/triage/schemas/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(name, e);
        }
    }

    private static JsonSchema load(String name) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(SchemaLocation.of("classpath:triage/schemas/" + name));
    }
}
