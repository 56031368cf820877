package nl.dordrecht.triage.internal.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.internal.scenario.Scenario;

/**
 * Names a scenario expects that the catalogue or the contract does not know: an offer id that cannot be suggested,
 * a gap code or route that cannot occur. Such a scenario would fail (or, for {@code notSuggested}, pass) for the wrong
 * reason, so each is an error at the scenario with the nearest known name.
 */
final class ScenarioLiterals {
    private ScenarioLiterals() {
    }

    static List<Problem> check(List<Scenario> scenarios, Catalogue catalogue) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = Set.copyOf(catalogue.offers().stream().map(Offer::getId).toList());
        for (Scenario s : scenarios) {
            List<String> wrong = new ArrayList<>();
            unknown(wrong, "primary", s.primary(), ids, "offer id");
            unknown(wrong, "suggested", s.suggested(), ids, "offer id");
            unknown(wrong, "notSuggested", s.notSuggested(), ids, "offer id");
            unknown(wrong, "reasons", keys(s.reasons()), ids, "offer id");
            unknown(wrong, "notReasons", keys(s.notReasons()), ids, "offer id");
            unknown(wrong, "gaps", s.gaps(), catalogue.gaps().keySet(), "gap code");
            unknown(wrong, "signals", s.signals(), names(Topic.values()), "topic");
            unknown(wrong, "route", s.route() == null ? null : List.of(s.route()), names(Route.values()), "route");
            unknown(wrong, "handover", s.handover() == null ? null : List.of(s.handover()), names(Handover.values()), "handover");
            wrong.forEach(w -> problems.add(new Problem(s.file(), s.line(), 1, "scenario '" + s.name() + "': " + w)));
        }
        return problems;
    }

    private static void unknown(List<String> wrong, String field, Collection<String> values, Collection<String> known, String what) {
        if (values == null) {
            return;
        }
        values.stream().filter(v -> !known.contains(v)).forEach(v -> wrong.add(field + ": there is no " + what + " " + v
                + DidYouMean.hint(v, known)));
    }

    private static List<String> keys(Map<String, List<String>> byOffer) {
        return byOffer == null ? null : List.copyOf(byOffer.keySet());
    }

    static List<String> names(Enum<?>[] codes) {
        return java.util.Arrays.stream(codes).map(Enum::name).toList();
    }
}
