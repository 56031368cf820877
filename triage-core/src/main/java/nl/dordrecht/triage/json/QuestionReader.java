package nl.dordrecht.triage.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.HelpQuestionBuilder;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.internal.Codes;

/** Maps one JSON object onto a {@link HelpQuestion}, collecting every field error on the way. Single use. */
final class QuestionReader {
    private static final Set<String> FIELDS = Set.of("id", "topics", "complexity", "explicit", "reluctance",
            "barriers", "groups", "age", "childAges", "monthsInDordrecht", "neighbourhood", "safetySignals", "channel");

    private final ObjectNode json;
    private final List<FieldError> errors = new ArrayList<>();
    private final HelpQuestionBuilder builder = HelpQuestion.builder();

    QuestionReader(ObjectNode json) {
        this.json = json;
    }

    HelpQuestion read() {
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) json::fields) {
            if (!FIELDS.contains(field.getKey())) {
                boolean named = FieldNames.isPlain(field.getKey());
                errors.add(new FieldError(named ? field.getKey() : "", (named ? "unknown field" : "a field of unknown name")
                        + "; the contract holds no personal data (no names, addresses, BSN or free text). Known fields: "
                        + FIELDS.stream().sorted().toList()));
            }
        }
        String id = text("id");
        builder.id(id);
        if (!json.has("topics")) {
            errors.add(new FieldError("topics", "required: at least one topic"));
        }
        builder.topics(codes("topics", Topic.class));
        builder.complexity(code("complexity", Complexity.class));
        JsonNode explicit = json.get("explicit");
        if (explicit != null) {
            if (explicit.isBoolean()) {
                builder.explicit(explicit.booleanValue());
            } else {
                errors.add(new FieldError("explicit", "must be true or false"));
            }
        }
        builder.reluctance(codes("reluctance", Reluctance.class));
        builder.barriers(codes("barriers", Barrier.class));
        builder.groups(codes("groups", Group.class));
        builder.age(integer("age", json.get("age")));
        builder.childAges(integers("childAges"));
        builder.monthsInDordrecht(integer("monthsInDordrecht", json.get("monthsInDordrecht")));
        builder.neighbourhood(text("neighbourhood"));
        builder.safetySignals(codes("safetySignals", SafetySignal.class));
        builder.channel(code("channel", Channel.class));
        HelpQuestion question = null;
        try {
            question = builder.build();
        } catch (InvalidQuestionException e) {
            for (FieldError error : e.errors()) {
                if (errors.stream().noneMatch(known -> known.field().equals(error.field())
                        || known.field().startsWith(error.field() + "["))) {
                    errors.add(error);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidQuestionException(question == null ? validId(id) : question.id(), errors);
        }
        return question;
    }

    private String validId(String id) {
        return errors.stream().anyMatch(e -> e.field().equals("id")) ? null : id;
    }

    private String text(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        return node.textValue();
    }

    private <E extends Enum<E>> E code(String field, Class<E> type) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        E value = node.isTextual() ? Codes.parse(type, node.textValue()) : null;
        if (value == null) {
            errors.add(new FieldError(field, "must be one of " + Codes.names(type)));
        }
        return value;
    }

    private <E extends Enum<E>> List<E> codes(String field, Class<E> type) {
        List<E> values = new ArrayList<>();
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            errors.add(new FieldError(field, "must be an array of " + Codes.names(type)));
            return values;
        }
        int max = field.equals("topics") ? HelpQuestion.MAX_TOPICS : type.getEnumConstants().length;
        if (node.size() > max) {
            errors.add(new FieldError(field, "must list at most " + max + " codes"));
            return values;
        }
        Set<E> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            E value = item.isTextual() ? Codes.parse(type, item.textValue()) : null;
            if (value == null) {
                errors.add(new FieldError(field + "[" + i + "]", "unknown code; must be one of " + Codes.names(type)));
            } else if (!seen.add(value)) {
                errors.add(new FieldError(field + "[" + i + "]", "repeats " + value + "; each code may appear once"));
            } else {
                values.add(value);
            }
        }
        return values;
    }

    private List<Integer> integers(String field) {
        List<Integer> values = new ArrayList<>();
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            errors.add(new FieldError(field, "must be an array of whole numbers"));
            return values;
        }
        if (node.size() > HelpQuestion.MAX_CHILD_AGES) {
            errors.add(new FieldError(field, "must list at most " + HelpQuestion.MAX_CHILD_AGES + " ages"));
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isNull()) {
                errors.add(new FieldError(field + "[" + i + "]", "must be a whole number, not null"));
                continue;
            }
            Integer value = integer(field + "[" + i + "]", item);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * An integer token only: {@code 17.0}, {@code 1e2} and {@code 17.99999999999999999} (which a double rounds to
     * 18) are not ages a caller meant, so they are errors rather than quietly rounded.
     */
    private Integer integer(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            errors.add(new FieldError(field, "must be a whole number, written without a fraction or exponent"));
            return null;
        }
        if (!node.canConvertToInt()) {
            // Far out of range either way: let the question's own range check say what the range is.
            return node.bigIntegerValue().signum() < 0 ? -1 : Integer.MAX_VALUE;
        }
        return node.intValue();
    }
}
