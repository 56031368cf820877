package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.Catalogue;

/**
 * A validated catalogue as Open Referral HSDS 3.0 (docs/HSDS.md), in catalogue order. Ids are name-based UUIDs,
 * so exporting the same catalogue twice gives the same files.
 */
public final class HsdsExporter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private HsdsExporter() {
    }

    public static HsdsDocuments export(Catalogue catalogue, CatalogueExtras extras) {
        ServiceWriter writer = new ServiceWriter(catalogue.lifeDomains(), catalogue.neighbourhoods());
        ArrayNode services = F.arrayNode();
        ArrayNode organizations = F.arrayNode();
        for (Offer offer : catalogue.offers()) {
            services.add(writer.service(offer));
            organizations.add(organization(offer));
        }
        return new HsdsDocuments(services, organizations, terms(catalogue), triage(catalogue, extras));
    }

    /**
     * The catalogue names no providers, only offers; inventing a grouping (which offers MEE Plus runs, say) would be
     * a judgement the data does not make. So each offer is run by an organization of its own name, and a curator can
     * merge them in HSDS tools without touching what triage reads back.
     */
    private static ObjectNode organization(Offer offer) {
        ObjectNode o = F.objectNode();
        o.put("id", TriageTaxonomy.uuid("organization", offer.getId())).put("name", offer.getName())
                .put("description", "Aanbieder van '" + offer.getName() + "' in de sociale kaart van Dordrecht (bron: "
                        + offer.getSource() + ").");
        return o;
    }

    /** Every term the taxonomy defines, also those no service uses, so the import finds every life domain. */
    private static ArrayNode terms(Catalogue catalogue) {
        ArrayNode terms = F.arrayNode();
        ObjectNode taxonomy = TriageTaxonomy.taxonomy();
        Set<String> domains = new LinkedHashSet<>(catalogue.lifeDomains().values());
        domains.forEach(d -> terms.add(TriageTaxonomy.term(TriageTaxonomy.LIFE_DOMAIN + d, d,
                "Life domain " + d + ": topics in different life domains make a question multi-domain.", null)));
        for (Topic t : Topic.values()) {
            terms.add(TriageTaxonomy.topicTerm(t, catalogue.lifeDomains().get(t)));
        }
        catalogue.neighbourhoods().forEach(w -> terms.add(TriageTaxonomy.wijkTerm(w)));
        TriageTaxonomy.FIELDS.keySet().forEach(f -> terms.add(TriageTaxonomy.fieldTerm(f)));
        terms.forEach(t -> ((ObjectNode) t).set("taxonomy_detail", taxonomy));
        return terms;
    }

    private static ObjectNode triage(Catalogue catalogue, CatalogueExtras extras) {
        ObjectNode t = F.objectNode();
        t.put("format", "triage-hsds/1").put("documentation", "docs/HSDS.md");
        ObjectNode sources = t.putObject("sources");
        extras.sources().forEach(sources::put);
        ArrayNode wijken = t.putArray("neighbourhoods");
        for (CatalogueExtras.Neighbourhood n : extras.neighbourhoods()) {
            ObjectNode w = wijken.addObject().put("name", n.name());
            if (!n.aliases().isEmpty()) {
                n.aliases().forEach(w.putArray("aliases")::add);
            }
        }
        ArrayNode gaps = t.putArray("gaps");
        catalogue.gaps().values().forEach(g -> gaps.addObject().put("code", g.code())
                .put("description", g.description()).put("source", g.source()));
        return t;
    }
}
