package nl.dordrecht.triage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;

/**
 * Reads and validates a catalogue file (docs/CATALOGUE_FORMAT.md). Collects every problem, each naming the entry
 * and field, before giving up, so one run shows a policy officer everything to fix.
 */
public final class CatalogueReader {
    private static final Set<String> TOP_LEVEL = Set.of("sources", "neighbourhoods", "lifeDomains", "gaps", "offers");

    private final SourceFile file;
    private final List<Problem> problems = new ArrayList<>();
    private StrictYaml.Result yaml;

    private CatalogueReader(SourceFile file) {
        this.file = file;
    }

    /** The catalogue, or the problems that make it unusable. */
    public static Result read(SourceFile file) {
        return new CatalogueReader(file).read();
    }

    /** Either a catalogue or at least one problem. */
    public record Result(Catalogue catalogue, List<Problem> problems) {
    }

    private Result read() {
        yaml = StrictYaml.read(file);
        if (yaml.problem() != null) {
            problems.add(yaml.problem());
            return new Result(null, problems);
        }
        JsonNode root = yaml.root();
        if (root == null || !root.isObject()) {
            problems.add(new Problem(file.name(), 1, 1, "a catalogue must be a YAML mapping with " + TOP_LEVEL));
            return new Result(null, problems);
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name)) {
                problem(line("/" + name), "unknown top-level field '" + name + "'; expected " + TOP_LEVEL);
            }
        });
        Set<String> sources = readSources(root.path("sources"));
        Map<String, String> neighbourhoodIndex = new LinkedHashMap<>();
        List<String> neighbourhoods = readNeighbourhoods(root.path("neighbourhoods"), neighbourhoodIndex);
        Map<Topic, String> domains = readLifeDomains(root.path("lifeDomains"));
        Map<String, Catalogue.Gap> gaps = readGaps(root.path("gaps"), sources);
        OfferReader offerReader = new OfferReader(this, sources, new HashSet<>(neighbourhoods));
        List<Offer> offers = offerReader.readAll(root.path("offers"));
        Unclassified.summary(offerReader.drafts()).ifPresent(message -> problems.add(0, new Problem(file.name(), 1, 1, message)));
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new Catalogue(offers, neighbourhoods, neighbourhoodIndex, domains, gaps), List.of());
    }

    private Set<String> readSources(JsonNode node) {
        Set<String> codes = new HashSet<>();
        if (!node.isObject() || node.isEmpty()) {
            problem(line("/sources"), "sources: must map each source code (e.g. S1) to its document");
            return codes;
        }
        node.fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    private List<String> readNeighbourhoods(JsonNode node, Map<String, String> index) {
        List<String> names = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            problem(line("/neighbourhoods"), "neighbourhoods: must list the wijken a question may name");
            return names;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String name = entry.path("name").asText("");
            if (name.isBlank()) {
                problem(line("/neighbourhoods/" + i), "neighbourhoods: every entry needs a name");
                continue;
            }
            names.add(name);
            List<String> spellings = new ArrayList<>(List.of(name));
            entry.path("aliases").forEach(a -> spellings.add(a.asText()));
            for (String spelling : spellings) {
                String previous = index.put(spelling.toLowerCase(Locale.ROOT), name);
                if (previous != null) {
                    problem(line("/neighbourhoods/" + i), "neighbourhood " + name + ": '" + spelling + "' is also used for " + previous);
                }
            }
        }
        return names;
    }

    private Map<Topic, String> readLifeDomains(JsonNode node) {
        Map<Topic, String> domains = new EnumMap<>(Topic.class);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            Topic topic = Codes.parse(Topic.class, e.getKey());
            if (topic == null) {
                problem(line("/lifeDomains/" + e.getKey()), "lifeDomains: unknown topic code '" + e.getKey() + "'; known: " + Codes.names(Topic.class));
            } else {
                domains.put(topic, e.getValue().asText());
            }
        }
        for (Topic t : Topic.values()) {
            if (!domains.containsKey(t)) {
                problem(line("/lifeDomains"), "lifeDomains: topic " + t + " has no life domain");
            }
        }
        return domains;
    }

    private Map<String, Catalogue.Gap> readGaps(JsonNode node, Set<String> sources) {
        Map<String, Catalogue.Gap> gaps = new LinkedHashMap<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String code = entry.path("code").asText("");
            int line = line("/gaps/" + i);
            String description = entry.path("description").asText("");
            String source = entry.path("source").asText("");
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                problem(line, "gap '" + code + "': code must be UPPER_SNAKE_CASE");
            } else if (gaps.containsKey(code)) {
                problem(line, "gap " + code + ": duplicate code");
            }
            if (description.isBlank()) {
                problem(line("/gaps/" + i + "/description"), "gap " + code + ": field description: missing");
            }
            checkSource(line("/gaps/" + i + "/source"), "gap " + code, "source", source, sources);
            gaps.put(code, new Catalogue.Gap(code, description, source));
        }
        return gaps;
    }

    /** A {@code source} field (of an offer, a gap, a contact) must cite a known seed. */
    void checkSource(int line, String entry, String field, String source, Set<String> sources) {
        String code = source.split("[\\s§]", 2)[0];
        if (source.isBlank()) {
            problem(line, entry + ": field " + field + ": missing (cite the seed document and section, e.g. \"S1 §4.3\")");
        } else if (!sources.contains(code)) {
            problem(line, entry + ": field " + field + ": '" + source + "' does not start with a known source code " + sources);
        }
    }

    void problem(int line, String message) {
        problems.add(new Problem(file.name(), line, line > 0 ? 1 : 0, message));
    }

    /**
     * The line of a key or list item by its JSON pointer ({@code /offers/3/threshold}); for a field the entry does not
     * have, the line of the nearest entry around it that the file does have.
     */
    int line(String pointer) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            int line = yaml.line(p);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }
}
