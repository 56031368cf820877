package nl.dordrecht.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.internal.AdviceAssembler;
import nl.dordrecht.triage.internal.scenario.Scenario;
import nl.dordrecht.triage.json.TriageJson;
import org.junit.jupiter.api.Test;

/**
 * Over the whole scenario corpus: an explanation never says the same thing twice, every suggestion says why it fits,
 * no line contradicts the route the advice carries, a complexity the caller left out is said as derived, and the
 * alternatives come lightest first.
 */
class AdviceCoherenceTest {
    /** Two lines sharing this many words in a row say the same thing. */
    private static final int SAME_RUN = 8;
    /** Two reasons of one suggestion, short as they are, sharing this many words in a row say the same thing. */
    private static final int SAME_REASON_RUN = 4;

    @Test
    void noExplanationHasTwoLinesThatSayTheSameThing() {
        List<String> failures = new ArrayList<>();
        for (Scenario s : DordrechtScenarios.ALL) {
            List<String> lines = advice(s).explanation();
            for (int i = 0; i < lines.size(); i++) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (sharesARun(lines.get(i), lines.get(j))) {
                        failures.add(s.name() + ": \"" + lines.get(i) + "\" ~ \"" + lines.get(j) + "\"");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The reasons of one suggestion are read out together: none repeats another (two reviews). */
    @Test
    void noSuggestionHasTwoReasonsThatSayTheSameThing() {
        List<String> failures = new ArrayList<>();
        for (Scenario s : DordrechtScenarios.ALL) {
            TriageAdvice advice = advice(s);
            Stream.concat(Stream.of(advice.primary()), advice.alternatives().stream()).forEach(g -> {
                List<String> reasons = g.reasons();
                for (int i = 0; i < reasons.size(); i++) {
                    for (int j = i + 1; j < reasons.size(); j++) {
                        if (sharesARun(reasons.get(i), reasons.get(j), SAME_REASON_RUN)) {
                            failures.add(s.name() + ": " + g.offerId() + ": \"" + reasons.get(i) + "\" ~ \"" + reasons.get(j) + "\"");
                        }
                    }
                }
            });
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everySuggestionCarriesAReason() {
        List<String> failures = new ArrayList<>();
        for (Scenario s : DordrechtScenarios.ALL) {
            TriageAdvice advice = advice(s);
            Stream.concat(Stream.of(advice.primary()), advice.alternatives().stream())
                    .filter(g -> g.reasons().isEmpty()).map(Suggestion::offerId)
                    .forEach(id -> failures.add(s.name() + ": " + id));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void noLineContradictsTheRoute() {
        List<String> failures = new ArrayList<>();
        for (Scenario s : DordrechtScenarios.ALL) {
            TriageAdvice advice = advice(s);
            String text = String.join(" ", advice.explanation()).toLowerCase(Locale.ROOT);
            if (advice.route() != Route.SAFETY_ESCALATION && text.contains("veiligheid gaat voor")) {
                failures.add(s.name() + ": speaks of safety on route " + advice.route());
            }
            // The gap lines close the explanation; a gap of the follow-up after safety is said there (review round 59).
            if (advice.route() == Route.SAFETY_ESCALATION && advice.explanation().stream()
                    .limit(advice.explanation().size() - advice.gaps().size()).skip(1)
                    .filter(l -> !l.startsWith(AdviceAssembler.whatItDoes(advice.primary().name())))
                    .anyMatch(l -> !l.matches("(?i).*(gevaar|veilig).*"))) {
                failures.add(s.name() + ": the safety escalation says more than safety: " + advice.explanation());
            }
            if (advice.route() != Route.REFER_WIJKTEAM && text.contains("het sociaal wijkteam kijkt naar het geheel")) {
                failures.add(s.name() + ": sends to the wijkteam on route " + advice.route());
            }
            if (advice.route() == Route.REFER_WIJKTEAM && text.contains("we verwijzen naar aanbod dat die kennis heeft")) {
                failures.add(s.name() + ": a specific referral line on the wijkteam route");
            }
            if (s.questionJson().contains("HULPLIJN_PHONE") || s.questionJson().contains("GP")
                    || s.questionJson().contains("ONLINE")) {
                if (text.contains("ter plekke")) {
                    failures.add(s.name() + ": 'ter plekke' where the helper is not with the resident");
                }
            }
            if (text.contains("volgende keer zelf") && !s.questionJson().matches("(?s).*(LETTERS_AND_FORMS|PRACTICAL_HELP|MONEY).*")) {
                failures.add(s.name() + ": 'samen regelen' where nothing practical is arranged");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyShippedOfferSaysWhatItDoesAndTheAdviceReadsItOutForItsPrimary() {
        assertThat(DordrechtScenarios.ENGINE.ruleSet().catalogue().offers())
                .allSatisfy(o -> assertThat(o.getDoes()).as(o.getId()).isNotBlank().endsWith("."));
        List<String> failures = new ArrayList<>();
        for (Scenario s : DordrechtScenarios.ALL) {
            TriageAdvice advice = advice(s);
            String does = DordrechtScenarios.ENGINE.ruleSet().catalogue().offer(advice.primary().offerId()).orElseThrow().getDoes();
            if (!advice.explanation().contains(AdviceAssembler.whatItDoes(advice.primary().name()) + does)) {
                failures.add(s.name() + ": " + advice.explanation());
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * The contract (question.schema.json, complexity): "When absent the engine derives it and says so in the
     * explanation". A safety escalation says safety only (the test above), and passes the rest on as signals.
     */
    @Test
    void anAdviceOnAQuestionWithoutComplexitySaysHowItWasRead() {
        List<String> failures = new ArrayList<>();
        for (Scenario s : DordrechtScenarios.ALL) {
            TriageAdvice advice = advice(s);
            if (TriageJson.readQuestion(s.questionJson()).complexity() == null && advice.route() != Route.SAFETY_ESCALATION
                    && advice.explanation().stream().noneMatch(l -> l.startsWith("Uit de onderwerpen blijkt"))) {
                failures.add(s.name() + ": " + advice.explanation());
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Zo licht als mogelijk: after the primary the options are read out lightest first (four reviews). */
    @Test
    void theAlternativesAreShownLightestFirst() {
        List<String> failures = new ArrayList<>();
        for (Scenario s : DordrechtScenarios.ALL) {
            List<Suggestion> alternatives = advice(s).alternatives();
            for (int i = 1; i < alternatives.size(); i++) {
                if (alternatives.get(i).threshold() < alternatives.get(i - 1).threshold()) {
                    failures.add(s.name() + ": " + alternatives.stream().map(g -> g.offerId() + " " + g.threshold()).toList());
                    break;
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theTestsAboveCanFail() {
        assertThat(sharesARun("De bewoner weet niet waar hij of zij terecht kan: breng de bewoner persoonlijk in contact.",
                "Breng de bewoner persoonlijk in contact, want de bewoner weet niet waar hij of zij terecht kan.")).isTrue();
        assertThat(sharesARun("Algemeen aanbod: vrij toegankelijk.", "Heeft specifieke kennis van deze vraag.")).isFalse();
    }

    private static TriageAdvice advice(Scenario s) {
        return DordrechtScenarios.ENGINE.advise(TriageJson.readQuestion(s.questionJson()));
    }

    private static boolean sharesARun(String a, String b) {
        return sharesARun(a, b, SAME_RUN);
    }

    private static boolean sharesARun(String a, String b, int run) {
        List<String> wa = words(a);
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + run <= wa.size(); i++) {
            runs.add(String.join(" ", wa.subList(i, i + run)));
        }
        List<String> wb = words(b);
        for (int i = 0; i + run <= wb.size(); i++) {
            if (runs.contains(String.join(" ", wb.subList(i, i + run)))) {
                return true;
            }
        }
        return a.equalsIgnoreCase(b);
    }

    private static List<String> words(String line) {
        return Arrays.stream(line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
