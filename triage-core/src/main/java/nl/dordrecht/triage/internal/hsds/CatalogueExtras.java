package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.internal.StrictYaml;

/**
 * The parts of a catalogue file that {@link Catalogue} does not keep but a faithful copy needs: the source codes and
 * their documents, and each wijk with its aliases, in file order. Read straight from the YAML because the validated
 * catalogue only keeps what the rules use.
 */
public record CatalogueExtras(Map<String, String> sources, List<Neighbourhood> neighbourhoods) {
    /** A wijk a question may name, and the other spellings that mean it. */
    public record Neighbourhood(String name, List<String> aliases) {
        public Neighbourhood {
            aliases = List.copyOf(aliases);
        }
    }

    public CatalogueExtras {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        neighbourhoods = List.copyOf(neighbourhoods);
    }

    /** Reads them from a catalogue file that {@code CatalogueReader} already accepted. */
    public static CatalogueExtras read(SourceFile catalogue) {
        StrictYaml.Result yaml = StrictYaml.read(catalogue);
        if (yaml.problem() != null) {
            throw new IllegalArgumentException(yaml.problem().toString());
        }
        return of(yaml.root());
    }

    /** Reads them from a catalogue's tree, or an export's {@code triage.json}: the same fields. */
    static CatalogueExtras of(JsonNode root) {
        Map<String, String> sources = new LinkedHashMap<>();
        root.path("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), e.getValue().asText()));
        List<Neighbourhood> wijken = new ArrayList<>();
        for (JsonNode n : root.path("neighbourhoods")) {
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(a -> aliases.add(a.asText()));
            wijken.add(new Neighbourhood(n.path("name").asText(), aliases));
        }
        return new CatalogueExtras(sources, wijken);
    }
}
