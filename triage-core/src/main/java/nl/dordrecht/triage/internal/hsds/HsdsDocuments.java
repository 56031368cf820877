package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * An HSDS export as files in one folder (docs/HSDS.md): {@code services.json}, {@code organizations.json} and
 * {@code taxonomy_terms.json} are arrays of HSDS 3.0 objects; {@code triage.json} holds the catalogue parts HSDS has
 * no entity for (sources, wijk aliases, known gaps). {@code triage} is {@code null} for services read from one file.
 */
public record HsdsDocuments(ArrayNode services, ArrayNode organizations, ArrayNode taxonomyTerms, ObjectNode triage) {
    public static final String SERVICES = "services.json";
    public static final String ORGANIZATIONS = "organizations.json";
    public static final String TAXONOMY_TERMS = "taxonomy_terms.json";
    public static final String TRIAGE = "triage.json";
    public static final List<String> FILES = List.of(SERVICES, ORGANIZATIONS, TAXONOMY_TERMS, TRIAGE);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the four files into {@code dir}, creating it; returns the paths written. */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<JsonNode> nodes = List.of(services, organizations, taxonomyTerms, triage);
        for (int i = 0; i < FILES.size(); i++) {
            Files.writeString(dir.resolve(FILES.get(i)), JSON.writeValueAsString(nodes.get(i)) + "\n", StandardCharsets.UTF_8);
        }
        return FILES.stream().map(dir::resolve).toList();
    }

    /** Reads an export folder; a missing or malformed file fails with its name. */
    public static HsdsDocuments read(Path dir) throws IOException {
        return new HsdsDocuments(array(dir, SERVICES), array(dir, ORGANIZATIONS), array(dir, TAXONOMY_TERMS),
                (ObjectNode) node(dir, TRIAGE, true));
    }

    /**
     * One JSON file of services, as another HSDS tool gives them (Open Referral's {@code examples/service_full.json}):
     * one service object or an array of them, with no taxonomy terms or {@code triage.json} beside it.
     */
    public static HsdsDocuments readServices(Path file) throws IOException {
        JsonNode node = node(file.getParent() == null ? Path.of(".") : file.getParent(), file.getFileName().toString(), null);
        ArrayNode services = node.isArray() ? (ArrayNode) node : JSON.createArrayNode().add(node);
        return new HsdsDocuments(services, JSON.createArrayNode(), JSON.createArrayNode(), null);
    }

    private static ArrayNode array(Path dir, String name) throws IOException {
        return (ArrayNode) node(dir, name, false);
    }

    /** {@code object}: must be an object ({@code true}), an array ({@code false}) or either ({@code null}). */
    private static JsonNode node(Path dir, String name, Boolean object) throws IOException {
        Path file = dir.resolve(name);
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": missing; an HSDS export folder holds " + FILES);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (object == null ? !node.isObject() && !node.isArray() : object ? !node.isObject() : !node.isArray()) {
            throw new IOException(file + ": must be a JSON " + (object == null ? "service object or an array of services"
                    : object ? "object" : "array"));
        }
        return node;
    }
}
