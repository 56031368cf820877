package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.internal.Catalogue;

/**
 * An HSDS export (docs/HSDS.md) back into a catalogue file. Only terms of the {@code triage} taxonomy are read:
 * terms another tool added (Open Eligibility, say) are left alone. The text it gives still has to pass
 * {@code CatalogueReader}, which checks the values as it checks any catalogue.
 */
public final class HsdsImporter {
    /** The catalogue text, and what in the export could not be read (empty when all was). */
    public record Result(String yaml, List<Problem> problems) {
    }

    private final HsdsDocuments docs;
    private final Map<String, JsonNode> termsById = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private HsdsImporter(HsdsDocuments docs) {
        this.docs = docs;
        docs.taxonomyTerms().forEach(t -> termsById.put(t.path("id").asText(), t));
    }

    public static Result read(HsdsDocuments docs) {
        return new HsdsImporter(docs).read();
    }

    private Result read() {
        List<Map<String, Object>> offers = new ArrayList<>();
        ServiceReader reader = new ServiceReader(this::triageTerm, m -> problem(HsdsDocuments.SERVICES, m));
        docs.services().forEach(s -> offers.add(reader.offer(s)));
        String yaml = CatalogueYamlWriter.write(extras(), lifeDomains(), gaps(), offers);
        return new Result(yaml, problems);
    }

    /** The attribute's term when it is one of ours: nested in the attribute, or looked up by its id. */
    private JsonNode triageTerm(JsonNode attribute) {
        JsonNode term = attribute.get("taxonomy_term");
        if (term == null || !term.isObject()) {
            term = termsById.get(attribute.path("taxonomy_term_id").asText());
        }
        boolean ours = term != null && (TriageTaxonomy.NAME.equals(term.path("taxonomy").asText())
                || TriageTaxonomy.uuid("taxonomy", TriageTaxonomy.NAME).equals(term.path("taxonomy_id").asText()));
        return ours ? term : null;
    }

    /** Each topic's life domain is the parent of its topic term. */
    private Map<String, String> lifeDomains() {
        Map<String, String> domains = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            JsonNode term = termsById.get(TriageTaxonomy.uuid("term", TriageTaxonomy.TOPIC + topic.name()));
            JsonNode parent = term == null ? null : termsById.get(term.path("parent_id").asText());
            String code = parent == null ? "" : parent.path("code").asText();
            if (code.startsWith(TriageTaxonomy.LIFE_DOMAIN)) {
                domains.put(topic.name(), code.substring(TriageTaxonomy.LIFE_DOMAIN.length()));
            } else {
                problem(HsdsDocuments.TAXONOMY_TERMS, "topic " + topic + ": no term " + TriageTaxonomy.TOPIC + topic
                        + " with a " + TriageTaxonomy.LIFE_DOMAIN + " parent term");
            }
        }
        return domains;
    }

    private CatalogueExtras extras() {
        JsonNode t = docs.triage();
        Map<String, String> sources = new LinkedHashMap<>();
        t.path("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), e.getValue().asText()));
        List<CatalogueExtras.Neighbourhood> wijken = new ArrayList<>();
        for (JsonNode n : t.path("neighbourhoods")) {
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(a -> aliases.add(a.asText()));
            wijken.add(new CatalogueExtras.Neighbourhood(n.path("name").asText(), aliases));
        }
        return new CatalogueExtras(sources, wijken);
    }

    private List<Catalogue.Gap> gaps() {
        List<Catalogue.Gap> gaps = new ArrayList<>();
        docs.triage().path("gaps").forEach(g -> gaps.add(new Catalogue.Gap(g.path("code").asText(),
                g.path("description").asText(), g.path("source").asText())));
        return gaps;
    }

    private void problem(String file, String message) {
        problems.add(new Problem(file, 0, 0, message));
    }
}
