package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dordrecht.triage.Fallback;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.fact.Role;

/**
 * The advice the engine gives when the rules could not decide (docs: README "Reliability"): with a safety signal, the
 * safety services that take it, as an emergency; otherwise a warm handover to the offer for tailored care, which looks
 * at the whole question with the resident. It uses the catalogue only, never the rules, so it holds whatever they do.
 */
final class SafeAnswer {
    static final String ESCALATE = "Er is een signaal over veiligheid: schakel direct de hulp voor veiligheid in, en bel "
            + "112 als er nu direct gevaar is. Het volledige advies kon nu niet worden bepaald.";
    static final String HAND_OVER = "Het advies kon nu niet worden bepaald. Draag de vraag warm over: stel de bewoner "
            + "persoonlijk voor aan %s, dat samen met de bewoner naar de hele vraag kijkt.";
    private static final String SAFETY_REASON = "Neemt signalen over veiligheid aan.";
    private static final String AFTER_SAFETY_REASON = "Na de veiligheid: kijkt naar de hele situatie.";
    private static final String TAILORED_REASON = "Kijkt samen met de bewoner naar de hele vraag en wat er nodig is.";

    private SafeAnswer() {
    }

    static TriageAdvice of(CompiledRuleSet ruleSet, HelpQuestion question, Fallback reason) {
        Catalogue catalogue = ruleSet.catalogue();
        if (!question.safetySignals().isEmpty()) {
            List<Suggestion> suggestions = new ArrayList<>(safetyServices(catalogue, question).stream()
                    .map(o -> suggestion(o, SAFETY_REASON)).toList());
            tailoredCare(catalogue).ifPresent(o -> suggestions.add(suggestion(o, AFTER_SAFETY_REASON)));
            return new TriageAdvice(question.id(), Route.SAFETY_ESCALATION, suggestions.get(0),
                    suggestions.subList(1, Math.min(suggestions.size(), TriageAdvice.MAX_ALTERNATIVES + 1)), List.of(),
                    Handover.EMERGENCY, List.of(), List.of(ESCALATE), ruleSet.version(), reason);
        }
        Offer care = tailoredCare(catalogue).orElseThrow();
        return new TriageAdvice(question.id(), Route.REFER_WIJKTEAM, suggestion(care, TAILORED_REASON), List.of(),
                List.of(), Handover.WARM_HANDOVER, List.of(), List.of(HAND_OVER.formatted(care.getName())),
                ruleSet.version(), reason);
    }

    /** What a catalogue lacks for the safe answer to exist for every question; empty when nothing. */
    static List<String> missingIn(Catalogue catalogue) {
        List<String> missing = new ArrayList<>();
        if (tailoredCare(catalogue).isEmpty()) {
            missing.add("no offer with role " + Role.TAILORED_CARE + ": the safe answer hands questions over to it");
        }
        for (SafetySignal signal : SafetySignal.values()) {
            if (catalogue.offers().stream().noneMatch(o -> o.getSafetySignals().contains(signal))) {
                missing.add("no offer takes safety signal " + signal + ": the safe answer escalates to it");
            }
        }
        return missing;
    }

    private static List<Offer> safetyServices(Catalogue catalogue, HelpQuestion question) {
        // Danger right now comes first (112), as in the rules; then by id, so equal questions get equal answers.
        Comparator<Offer> acuteFirst = Comparator.comparing(o -> !(question.safetySignals().contains(SafetySignal.ACUTE_DANGER)
                && o.getSafetySignals().contains(SafetySignal.ACUTE_DANGER)));
        return catalogue.offers().stream().filter(o -> o.takesAnyOf(question.safetySignals()))
                .sorted(acuteFirst.thenComparing(Offer::getId)).toList();
    }

    private static Optional<Offer> tailoredCare(Catalogue catalogue) {
        return catalogue.offers().stream().filter(Offer::isTailoredCare).findFirst();
    }

    private static Suggestion suggestion(Offer offer, String reason) {
        return new Suggestion(offer.getId(), offer.getName(), offer.getThreshold(), offer.isFormal(), offer.isGeneral(),
                offer.isOutreach(), List.of(reason), offer.getContact());
    }
}
