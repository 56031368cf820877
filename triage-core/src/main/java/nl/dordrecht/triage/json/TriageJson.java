package nl.dordrecht.triage.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.dordrecht.triage.Contact;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.Signal;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.TriageAdvice;

/**
 * The JSON contract ({@code question.schema.json}, {@code advice.schema.json}, {@code error.schema.json}) for
 * embedders that speak JSON. Thread-safe and stateless.
 *
 * <p>Input is bounded: nesting, string and number sizes are capped by the parser, so hostile input fails fast with
 * a field error instead of exhausting memory. It is strict: a repeated field name is an error, not a silent override,
 * and ages are whole numbers written as such ({@code 17}, not {@code 17.0} or {@code 1.7e1}). No error message repeats
 * a value from the input; a rejected field is named only when its name is a short plain identifier.
 */
public final class TriageJson {
    /** No valid question comes near these; they only stop hostile input early. */
    static final int MAX_NESTING = 8;
    static final int MAX_STRING = 1_000;
    static final int MAX_NUMBER_DIGITS = 20;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER_DIGITS).build());
    }

    private TriageJson() {
    }

    /**
     * Reads one question.
     *
     * @throws InvalidQuestionException with every field error, also for text that is not JSON at all
     */
    public static HelpQuestion readQuestion(String json) {
        JsonScan.Result scan = JsonScan.scan(MAPPER.getFactory(), json);
        if (scan.problem() != null) {
            throw new InvalidQuestionException(scan.id(), List.of(scan.problem()));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Not reached: the scan read the same text with the same parser. Said without Jackson's message anyway.
            throw new InvalidQuestionException(null, List.of(new FieldError("", "not valid JSON")));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidQuestionException(null, List.of(new FieldError("", "must be a JSON object")));
        }
        return new QuestionReader((ObjectNode) node).read();
    }

    public static String write(TriageAdvice advice) {
        ObjectNode out = MAPPER.createObjectNode();
        if (advice.id() != null) {
            out.put("id", advice.id());
        }
        out.put("route", advice.route().name());
        out.set("primary", suggestion(advice.primary()));
        ArrayNode alternatives = out.putArray("alternatives");
        advice.alternatives().forEach(s -> alternatives.add(suggestion(s)));
        ArrayNode signals = out.putArray("signals");
        for (Signal s : advice.signals()) {
            signals.addObject().put("topic", s.topic().name()).put("reason", s.reason());
        }
        out.put("handover", advice.handover().name());
        ArrayNode gaps = out.putArray("gaps");
        advice.gaps().forEach(gaps::add);
        ArrayNode explanation = out.putArray("explanation");
        advice.explanation().forEach(explanation::add);
        out.put("rulesetVersion", advice.rulesetVersion());
        advice.optionalFallback().ifPresent(f -> out.put("fallback", f.name()));
        return out.toString();
    }

    public static String write(InvalidQuestionException error) {
        ObjectNode out = MAPPER.createObjectNode();
        error.questionId().ifPresent(id -> out.put("id", id));
        ArrayNode errors = out.putArray("errors");
        for (FieldError e : error.errors()) {
            errors.addObject().put("field", e.field()).put("message", e.message());
        }
        return out.toString();
    }

    private static ObjectNode suggestion(Suggestion s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("offerId", s.offerId()).put("name", s.name()).put("threshold", s.threshold())
                .put("formal", s.formal()).put("general", s.general()).put("outreach", s.outreach());
        ArrayNode reasons = node.putArray("reasons");
        s.reasons().forEach(reasons::add);
        s.contact().ifPresent(c -> contact(node.putObject("contact"), c));
        return node;
    }

    /** Only the parts the catalogue knows: the contract has no empty strings for unknown ones. */
    private static void contact(ObjectNode node, Contact c) {
        c.phone().ifPresent(v -> node.put("phone", v));
        c.email().ifPresent(v -> node.put("email", v));
        c.url().ifPresent(v -> node.put("url", v));
        c.address().ifPresent(v -> node.put("address", v));
        c.hours().ifPresent(v -> node.put("hours", v));
    }
}
