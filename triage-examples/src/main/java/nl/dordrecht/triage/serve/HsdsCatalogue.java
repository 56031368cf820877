package nl.dordrecht.triage.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.CatalogueReader;
import nl.dordrecht.triage.internal.hsds.CatalogueExtras;
import nl.dordrecht.triage.internal.hsds.HsdsDocuments;
import nl.dordrecht.triage.internal.hsds.HsdsExporter;

/**
 * The served catalogue as HSDS 3.0 objects, exactly as {@code triage export --format hsds} writes them (docs/HSDS.md),
 * indexed by id. Immutable once built; the nodes are never handed out for change (callers copy before trimming).
 */
final class HsdsCatalogue {
    private final Map<String, ObjectNode> services;
    private final Map<String, ObjectNode> organizations;
    private final Map<String, ObjectNode> terms;
    private final Map<String, ObjectNode> taxonomies;
    private final Map<String, String> gaps;

    private HsdsCatalogue(HsdsDocuments docs) {
        services = byId(docs.services());
        organizations = byId(docs.organizations());
        terms = byId(docs.taxonomyTerms());
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        terms.values().forEach(t -> {
            if (t.get("taxonomy_detail") instanceof ObjectNode taxonomy) {
                found.putIfAbsent(taxonomy.path("id").asText(), taxonomy);
            }
        });
        taxonomies = Collections.unmodifiableMap(found);
        Map<String, String> described = new LinkedHashMap<>();
        docs.triage().path("gaps").forEach(g -> described.put(g.path("code").asText(), g.path("description").asText()));
        gaps = Collections.unmodifiableMap(described);
    }

    /** Reads and exports the source's catalogue. */
    static HsdsCatalogue read(RuleSource source) throws IOException {
        SourceFile file = source.read().catalogue();
        CatalogueReader.Result read = CatalogueReader.read(file);
        if (read.catalogue() == null) {
            throw new IOException("the catalogue cannot be exported: " + read.problems().size() + " problems");
        }
        return new HsdsCatalogue(HsdsExporter.export(read.catalogue(), CatalogueExtras.read(file)));
    }

    List<ObjectNode> services() {
        return List.copyOf(services.values());
    }

    List<ObjectNode> organizations() {
        return List.copyOf(organizations.values());
    }

    List<ObjectNode> taxonomyTerms() {
        return List.copyOf(terms.values());
    }

    List<ObjectNode> taxonomies() {
        return List.copyOf(taxonomies.values());
    }

    /** The known gaps of the sociale kaart, by code, with the catalogue's description: what an advice's gaps mean. */
    Map<String, String> gaps() {
        return gaps;
    }

    Optional<ObjectNode> service(String id) {
        return Optional.ofNullable(services.get(id));
    }

    Optional<ObjectNode> organization(String id) {
        return Optional.ofNullable(organizations.get(id));
    }

    Optional<ObjectNode> taxonomyTerm(String id) {
        return Optional.ofNullable(terms.get(id));
    }

    Optional<ObjectNode> taxonomy(String id) {
        return Optional.ofNullable(taxonomies.get(id));
    }

    /** The ids of the taxonomy terms a service is tagged with (through its attributes). */
    static List<String> termIds(JsonNode service) {
        List<String> ids = new ArrayList<>();
        service.path("attributes").forEach(a -> ids.add(a.path("taxonomy_term_id").asText()));
        return ids;
    }

    private static Map<String, ObjectNode> byId(JsonNode array) {
        Map<String, ObjectNode> index = new LinkedHashMap<>();
        StreamSupport.stream(array.spliterator(), false).forEach(n -> index.put(n.path("id").asText(), (ObjectNode) n));
        return Collections.unmodifiableMap(index);
    }
}
