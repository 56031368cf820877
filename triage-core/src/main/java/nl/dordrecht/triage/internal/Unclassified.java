package nl.dordrecht.triage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Optional;
import nl.dordrecht.triage.Problem;

/**
 * The marker {@code triage import} writes in a draft catalogue where an HSDS service lacks the triage classification
 * (threshold, formal, general, topics, ages, source): the author replaces each one. A catalogue that still has one is
 * reported field by field, by {@code triage check} and by the engine builder alike, and no engine is built from it.
 */
public final class Unclassified {
    /** A plain YAML word, so a draft parses and a search for it finds every field left to do. */
    public static final String MARKER = "TO_CLASSIFY";
    static final String MESSAGE = "not classified yet (" + MARKER + "): this offer was imported from HSDS as a draft; "
            + "replace " + MARKER + " with the value (docs/CATALOGUE_FORMAT.md)";
    private static final String SUMMARY = "this catalogue is a draft: ";

    private Unclassified() {
    }

    /** Whether a catalogue problem is one of these (a field still to classify, or the line that heads them). */
    public static boolean reports(Problem problem) {
        return problem.message().contains(": " + MESSAGE) || problem.message().startsWith(SUMMARY);
    }

    /** Whether a field's value is the marker, alone or as a list's only item ({@code topics: [TO_CLASSIFY]}). */
    static boolean is(JsonNode value) {
        JsonNode v = value.isArray() && value.size() == 1 ? value.get(0) : value;
        return v.isTextual() && v.asText().equals(MARKER);
    }

    /** The line that heads the problems of a catalogue with drafts, so no one reads them as ordinary mistakes. */
    static Optional<String> summary(Collection<String> drafts) {
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SUMMARY + drafts.size() + (drafts.size() == 1 ? " offer" : " offers")
                + " imported from HSDS still " + (drafts.size() == 1 ? "has" : "have") + " fields marked " + MARKER
                + " " + drafts + "; no engine is built until every one is classified");
    }
}
