package nl.dordrecht.triage;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A question that breaks the contract. Carries every field error found, not only the first, so a caller can
 * fix them all at once. Mirrors {@code error.schema.json}.
 */
public final class InvalidQuestionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient String questionId;
    private final transient List<FieldError> errors;

    public InvalidQuestionException(String questionId, List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid question needs at least one error");
        }
        this.questionId = questionId;
        this.errors = List.copyOf(errors);
    }

    /** The question's correlation id, when it had a valid one. */
    public Optional<String> questionId() {
        return Optional.ofNullable(questionId);
    }

    /** Every error found, in field order; never empty. */
    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(e -> (e.field().isEmpty() ? "question" : e.field()) + ": " + e.message())
                .collect(Collectors.joining("; ", "invalid question: ", ""));
    }
}
