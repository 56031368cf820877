package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.internal.StrictYaml;

/**
 * A catalogue file as plain parts, for an import to merge into or take its top level from. Read as data, not
 * validated: the catalogue merged into may itself be a draft with fields still to classify.
 */
record CatalogueParts(CatalogueExtras extras, Map<String, String> lifeDomains, List<Catalogue.Gap> gaps,
                      List<Map<String, Object>> offers) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    CatalogueParts {
        lifeDomains = new LinkedHashMap<>(lifeDomains);
        gaps = List.copyOf(gaps);
        offers = List.copyOf(offers);
    }

    /** @throws IllegalArgumentException with the file, line and reason when it is not a readable catalogue */
    static CatalogueParts read(SourceFile file) {
        StrictYaml.Result yaml = StrictYaml.read(file);
        if (yaml.problem() != null) {
            throw new IllegalArgumentException(yaml.problem().toString());
        }
        JsonNode root = yaml.root();
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file.name() + ":1:1: not a catalogue (docs/CATALOGUE_FORMAT.md)");
        }
        Map<String, String> domains = new LinkedHashMap<>();
        root.path("lifeDomains").fields().forEachRemaining(e -> domains.put(e.getKey(), e.getValue().asText()));
        List<Map<String, Object>> offers = new ArrayList<>();
        root.path("offers").forEach(o -> offers.add(new LinkedHashMap<>(JSON.convertValue(o, FIELDS))));
        return new CatalogueParts(CatalogueExtras.of(root), domains, gaps(root), offers);
    }

    /** The top level of an export folder: {@code triage.json}, and the life domains its taxonomy terms give. */
    static CatalogueParts of(JsonNode triage, Map<String, String> lifeDomains) {
        return new CatalogueParts(CatalogueExtras.of(triage), lifeDomains, gaps(triage), List.of());
    }

    private static List<Catalogue.Gap> gaps(JsonNode root) {
        List<Catalogue.Gap> gaps = new ArrayList<>();
        root.path("gaps").forEach(g -> gaps.add(new Catalogue.Gap(g.path("code").asText(), g.path("description").asText(),
                g.path("source").asText())));
        return gaps;
    }

    /** The same catalogue with other offers and, when {@code code} is new, one more source. */
    CatalogueParts with(List<Map<String, Object>> newOffers, String code, String document) {
        Map<String, String> sources = new LinkedHashMap<>(extras.sources());
        if (code != null) {
            sources.putIfAbsent(code, document);
        }
        return new CatalogueParts(new CatalogueExtras(sources, extras.neighbourhoods()), lifeDomains, gaps, newOffers);
    }

    String yaml() {
        return CatalogueYamlWriter.write(extras, lifeDomains, gaps, offers);
    }
}
