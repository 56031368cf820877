package nl.dordrecht.triage.internal.hsds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dordrecht.triage.internal.Catalogue;

/**
 * Writes a catalogue file in the hand-written file's style (docs/CATALOGUE_FORMAT.md): block mappings, lists of codes
 * inline, free text double-quoted, fields at their default left out. A policy officer can then read and diff an
 * imported catalogue like the shipped one.
 */
final class CatalogueYamlWriter {
    /** Free text is always quoted; codes and ids only when YAML would read them as something else. */
    private static final Set<String> TEXT = Set.of("name", "description", "source", "does", "rationale");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder out = new StringBuilder();

    /** The YAML text; {@code offers} holds each offer's fields in file order (see {@link ServiceReader}). */
    static String write(CatalogueExtras extras, Map<String, String> lifeDomains, List<Catalogue.Gap> gaps,
                        List<Map<String, Object>> offers) {
        CatalogueYamlWriter w = new CatalogueYamlWriter();
        w.line("# Sociale kaart Dordrecht, imported from an Open Referral HSDS 3.0 export by `triage import`.");
        w.line("# Format: docs/CATALOGUE_FORMAT.md; the mapping: docs/HSDS.md. Fields at their default are left out.");
        w.line("");
        w.line("sources:");
        extras.sources().forEach((code, doc) -> w.line("  " + code(code) + ": " + quoted(doc)));
        w.line("");
        w.line("neighbourhoods:");
        for (CatalogueExtras.Neighbourhood n : extras.neighbourhoods()) {
            w.line("  - name: " + code(n.name()));
            if (!n.aliases().isEmpty()) {
                w.line("    aliases: " + list(n.aliases()));
            }
        }
        w.line("");
        w.line("lifeDomains:");
        lifeDomains.forEach((topic, domain) -> w.line("  " + code(topic) + ": " + code(domain)));
        w.line("");
        w.line("gaps:");
        for (Catalogue.Gap g : gaps) {
            w.line("  - code: " + code(g.code()));
            w.line("    description: " + quoted(g.description()));
            w.line("    source: " + quoted(g.source()));
        }
        w.line("");
        w.line("offers:");
        for (Map<String, Object> offer : offers) {
            w.line("");
            String dash = "  - ";
            for (Map.Entry<String, Object> field : offer.entrySet()) {
                if (field.getValue() instanceof Map<?, ?> parts) {
                    // The contact: a nested mapping of free text.
                    w.line(dash + field.getKey() + ":");
                    parts.forEach((k, v) -> w.line("      " + k + ": " + quoted(String.valueOf(v))));
                } else {
                    w.line(dash + field.getKey() + ": " + value(field.getKey(), field.getValue()));
                }
                dash = "    ";
            }
        }
        return w.out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String value(String field, Object value) {
        if (value instanceof List<?> items) {
            return list(items.stream().map(String::valueOf).toList());
        }
        if (value instanceof String s) {
            return TEXT.contains(field) ? quoted(s) : code(s);
        }
        return String.valueOf(value);
    }

    private static String list(List<String> items) {
        return items.stream().map(CatalogueYamlWriter::code).collect(Collectors.joining(", ", "[", "]"));
    }

    static String code(String s) {
        return PLAIN.matcher(s).matches() && !YAML_WORDS.contains(s.toLowerCase()) ? s : quoted(s);
    }

    /** A JSON string is a valid YAML double-quoted scalar, escapes included. */
    static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
