package nl.dordrecht.triage.internal;

import java.util.Comparator;
import java.util.List;
import nl.dordrecht.triage.Signal;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.fact.AdviceDraft;
import nl.dordrecht.triage.fact.Candidate;

/**
 * Reads the rules' outcome into an advice. Ranking is fixed and documented, so equal inputs give equal advice:
 * fitting candidates only; on the route first; then lowest personal threshold; then the rules' preference; then
 * offer id, alphabetically, so ties never depend on insertion or hash order.
 */
final class AdviceAssembler {
    static final Comparator<Candidate> RANKING = Comparator.comparing((Candidate c) -> !c.isRouteMatch())
            .thenComparingInt(Candidate::getThreshold)
            .thenComparingInt(Candidate::getPreference)
            .thenComparing(c -> c.getOffer().getId());

    private AdviceAssembler() {
    }

    static TriageAdvice assemble(String id, AdviceDraft draft, List<Candidate> candidates, String version) {
        List<Candidate> ranked = candidates.stream().filter(Candidate::isFit).sorted(RANKING).toList();
        if (draft.getRoute() == null || draft.getHandover() == null) {
            throw new IllegalStateException("the rule set decided no route or handover for this question");
        }
        if (ranked.isEmpty() || !ranked.get(0).isRouteMatch()) {
            throw new IllegalStateException("the rule set left route " + draft.getRoute() + " without a fitting offer");
        }
        List<String> explanation = draft.getExplanation();
        if (explanation.isEmpty()) {
            throw new IllegalStateException("the rule set explained nothing");
        }
        List<Suggestion> suggestions = ranked.stream().limit(1 + TriageAdvice.MAX_ALTERNATIVES)
                .map(AdviceAssembler::suggestion).toList();
        List<Signal> signals = draft.getSignals().entrySet().stream()
                .map(e -> new Signal(e.getKey(), e.getValue())).toList();
        return new TriageAdvice(id, draft.getRoute(), suggestions.get(0), suggestions.subList(1, suggestions.size()),
                signals, draft.getHandover(), draft.getGaps(), explanation, version);
    }

    private static Suggestion suggestion(Candidate c) {
        var offer = c.getOffer();
        return new Suggestion(offer.getId(), offer.getName(), c.getThreshold(), offer.isFormal(), offer.isGeneral(),
                offer.isOutreach(), c.getReasons());
    }
}
