package nl.dordrecht.triage.rules.verify;

import java.util.List;
import java.util.stream.Stream;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.TriageAdvice;

/** Reading an advice in the per-rule tests: what is suggested, and what the explanation says. */
final class Advices {
    private Advices() {
    }

    /** The primary and the alternatives, best first. */
    static List<Suggestion> suggestions(TriageAdvice a) {
        return Stream.concat(Stream.of(a.primary()), a.alternatives().stream()).toList();
    }

    /** The ids of the primary and the alternatives, best first. */
    static List<String> suggested(TriageAdvice a) {
        return suggestions(a).stream().map(Suggestion::offerId).toList();
    }

    /** The suggestion of this offer; fails the test when it is not suggested. */
    static Suggestion suggestion(TriageAdvice a, String offerId) {
        return suggestions(a).stream().filter(s -> s.offerId().equals(offerId)).findFirst()
                .orElseThrow(() -> new AssertionError(offerId + " is not suggested in " + a));
    }

    /** The explanation as one text, a line each. */
    static String explanation(TriageAdvice a) {
        return String.join("\n", a.explanation());
    }
}
