package nl.dordrecht.triage;

import java.util.Objects;

/**
 * The text of one rule or catalogue file.
 *
 * @param name where it came from, as problems should name it (e.g. {@code rules/safety.drl})
 */
public record SourceFile(String name, String content) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
