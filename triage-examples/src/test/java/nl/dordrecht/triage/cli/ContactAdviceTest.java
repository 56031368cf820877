package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The advice carries each suggestion's contact exactly as the contract defines it, and none the catalogue lacks. */
class ContactAdviceTest {
    private static List<JsonNode> suggestions(JsonNode advice) {
        List<JsonNode> all = new ArrayList<>(List.of(advice.get("primary")));
        advice.get("alternatives").forEach(all::add);
        return all;
    }

    @Test
    void aSuicideRiskAdviceGives113sNumberAndHoursValidAgainstTheContract() {
        AdviseCommandTest.Run run = AdviseCommandTest.run(
                "{\"topics\":[\"MENTAL_HEALTH\"],\"safetySignals\":[\"SUICIDE_RISK\"],\"age\":30}", "advise");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode advice = ContractSchemas.assertValid(ContractSchemas.ADVICE, run.out());
        JsonNode line113 = suggestions(advice).stream()
                .filter(s -> s.get("offerId").asText().equals("zelfmoordpreventie-113")).findFirst().orElseThrow();
        assertThat(line113.get("contact")).isEqualTo(ContractSchemas.JSON.createObjectNode()
                .put("phone", "113").put("hours", "dag en nacht"));
    }

    @Test
    void aSuggestionWhoseContactTheCatalogueDoesNotKnowHasNoContactField() {
        AdviseCommandTest.Run run = AdviseCommandTest.run("{\"topics\":[\"DEBTS\"],\"age\":40}", "advise");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode advice = ContractSchemas.assertValid(ContractSchemas.ADVICE, run.out());
        assertThat(suggestions(advice)).isNotEmpty().allSatisfy(s -> assertThat(s.has("contact")).as(s.toString()).isFalse());
    }
}
