package nl.dordrecht.triage;

import java.util.Objects;

/**
 * One thing wrong with a question.
 *
 * @param field   JSON path of the offending field, e.g. {@code topics[1]}; {@code ""} for the question as a whole
 * @param message what is wrong, in plain English, never echoing personal data
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
