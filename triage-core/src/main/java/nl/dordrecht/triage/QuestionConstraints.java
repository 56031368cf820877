package nl.dordrecht.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The value limits of {@code question.schema.json} that Java types do not already enforce. */
final class QuestionConstraints {
    static final int MAX_TOPICS = HelpQuestion.MAX_TOPICS;
    static final int MAX_ID_LENGTH = 64;
    static final int MAX_AGE = 120;
    static final int MAX_CHILD_AGE = 17;
    static final int MAX_CHILDREN = HelpQuestion.MAX_CHILD_AGES;
    static final int MAX_MONTHS = 1500;
    static final int MAX_NEIGHBOURHOOD_LENGTH = 40;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");

    private QuestionConstraints() {
    }

    static List<FieldError> check(String id, Set<Topic> topics, Integer age, List<Integer> childAges,
                                  Integer monthsInDordrecht, String neighbourhood) {
        List<FieldError> errors = new ArrayList<>();
        if (id != null && !isValidId(id)) {
            errors.add(new FieldError("id", "must be 1 to " + MAX_ID_LENGTH
                    + " characters of letters, digits and . _ : - (a correlation id, never personal data)"));
        }
        if (topics.isEmpty()) {
            errors.add(new FieldError("topics", "must name at least one topic"));
        } else if (topics.size() > MAX_TOPICS) {
            errors.add(new FieldError("topics", "must name at most " + MAX_TOPICS + " topics"));
        }
        range(errors, "age", age, MAX_AGE);
        if (childAges.size() > MAX_CHILDREN) {
            errors.add(new FieldError("childAges", "must list at most " + MAX_CHILDREN + " ages"));
        }
        for (int i = 0; i < childAges.size(); i++) {
            if (childAges.get(i) == null) {
                errors.add(new FieldError("childAges[" + i + "]", "must be a whole number from 0 to " + MAX_CHILD_AGE));
            } else {
                range(errors, "childAges[" + i + "]", childAges.get(i), MAX_CHILD_AGE);
            }
        }
        range(errors, "monthsInDordrecht", monthsInDordrecht, MAX_MONTHS);
        if (neighbourhood != null && (neighbourhood.isBlank() || neighbourhood.length() > MAX_NEIGHBOURHOOD_LENGTH)) {
            errors.add(new FieldError("neighbourhood", "must be a wijk name of 1 to " + MAX_NEIGHBOURHOOD_LENGTH + " characters"));
        }
        return errors;
    }

    static boolean isValidId(String id) {
        return id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches();
    }

    static String validIdOrNull(String id) {
        return id != null && isValidId(id) ? id : null;
    }

    private static void range(List<FieldError> errors, String field, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            errors.add(new FieldError(field, "must be a whole number from 0 to " + max));
        }
    }
}
