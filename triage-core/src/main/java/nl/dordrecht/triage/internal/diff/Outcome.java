package nl.dordrecht.triage.internal.diff;

import java.util.ArrayList;
import java.util.List;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.json.TriageJson;

/**
 * What one version advises for one question, in the parts a diff compares: the primary offer, the route, the
 * handover and the alternatives in their order; or why there is no advice (the question is invalid for this
 * version, e.g. a wijk its catalogue does not know).
 */
public record Outcome(String primary, String route, String handover, List<String> alternatives, String error) {
    public static final List<String> FIELDS = List.of("primary", "route", "handover", "alternatives");

    public Outcome {
        alternatives = List.copyOf(alternatives);
    }

    static Outcome of(TriageEngine engine, String json) {
        try {
            TriageAdvice a = engine.advise(TriageJson.readQuestion(json));
            return new Outcome(a.primary().offerId(), a.route().name(), a.handover().name(),
                    a.alternatives().stream().map(Suggestion::offerId).toList(), null);
        } catch (InvalidQuestionException e) {
            return new Outcome("", "", "", List.of(), "invalid question: " + e.getMessage());
        }
    }

    /** The value of one of {@link #FIELDS}, as the diff shows it. */
    public String get(String field) {
        if (error != null) {
            return error;
        }
        return switch (field) {
            case "primary" -> primary;
            case "route" -> route;
            case "handover" -> handover;
            case "alternatives" -> alternatives.isEmpty() ? "(none)" : String.join(", ", alternatives);
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The fields whose values differ from the other version's. */
    List<String> changedFrom(Outcome other) {
        List<String> changed = new ArrayList<>();
        FIELDS.stream().filter(f -> !get(f).equals(other.get(f))).forEach(changed::add);
        return changed;
    }
}
