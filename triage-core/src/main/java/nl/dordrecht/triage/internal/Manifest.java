package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list of files a deploy publishes, with their SHA-256, in {@code sha256sum} format ({@code <hex>  <name>} a line,
 * {@code #} comments). A deploy writes it last, in one rename; a reader takes exactly the files it lists and only when
 * every one matches its hash, so a half-written version is never read.
 */
record Manifest(Map<String, String> sha256ByName) {
    static final String FILE_NAME = "ruleset.manifest";
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *]([^\\s].*)");

    /** Thrown when the files do not (yet) match the manifest: a deploy is under way. */
    static final class IncompleteSnapshot extends IOException {
        IncompleteSnapshot(String message) {
            super(message);
        }
    }

    static Manifest parse(String text) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(trimmed);
            if (!m.matches()) {
                throw new IOException(FILE_NAME + " line " + number + ": expected '<sha256>  <file name>'");
            }
            if (entries.put(m.group(2), m.group(1).toLowerCase()) != null) {
                throw new IOException(FILE_NAME + " line " + number + ": " + m.group(2) + " is listed twice");
            }
        }
        if (entries.isEmpty()) {
            throw new IncompleteSnapshot(FILE_NAME + " lists no files");
        }
        return new Manifest(Map.copyOf(entries));
    }

    /** Checks a listed file's content against its hash. */
    void verify(String name, String content) throws IncompleteSnapshot {
        String expected = sha256ByName.get(name);
        if (expected == null) {
            throw new IncompleteSnapshot(name + " is not listed in " + FILE_NAME);
        }
        if (!expected.equals(sha256(content))) {
            throw new IncompleteSnapshot(name + " does not match " + FILE_NAME + " (a deploy may be under way)");
        }
    }

    static String sha256(String content) {
        return HexFormat.of().formatHex(RuleSetCompiler.sha256().digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
