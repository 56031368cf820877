package nl.dordrecht.triage.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.json.TriageJson;

/**
 * For each known gap, the offers nearest to filling it: those the rules suggest to the questions that fall into it.
 * Asking the rules rather than guessing from topics keeps the decision where the project keeps it (the rules decide),
 * and the questions are the scenario corpus, so each one is a case from the seeds.
 */
public final class GapNeighbours {
    /** How many nearest offers to show per gap. */
    static final int SHOWN = 5;

    /** An offer, and in how many of the gap's questions it was suggested. */
    public record Nearest(Offer offer, int times) {
    }

    /** The gaps with their nearest offers, and how many questions fell into each. */
    public record Result(Map<String, List<Nearest>> nearest, Map<String, Integer> questions) {
        public List<Nearest> of(String gap) {
            return nearest.getOrDefault(gap, List.of());
        }

        public int questionsIn(String gap) {
            return questions.getOrDefault(gap, 0);
        }

        public static Result none() {
            return new Result(Map.of(), Map.of());
        }
    }

    private GapNeighbours() {
    }

    /**
     * Asks the engine each question; invalid ones are skipped. Signposts and safety offers do not fill a gap and are
     * left out; the rest rank by how often suggested, then base threshold, then id.
     */
    public static Result find(TriageEngine engine, Catalogue catalogue, List<String> questionsJson) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> questions = new HashMap<>();
        for (String json : questionsJson) {
            TriageAdvice advice;
            try {
                advice = engine.advise(TriageJson.readQuestion(json));
            } catch (InvalidQuestionException e) {
                continue;
            }
            for (String gap : advice.gaps()) {
                questions.merge(gap, 1, Integer::sum);
                Stream.concat(Stream.of(advice.primary()), advice.alternatives().stream()).map(Suggestion::offerId)
                        .distinct().forEach(id -> counts.computeIfAbsent(gap, g -> new HashMap<>()).merge(id, 1, Integer::sum));
            }
        }
        Map<String, List<Nearest>> nearest = new LinkedHashMap<>();
        counts.forEach((gap, byOffer) -> {
            List<Nearest> list = new ArrayList<>();
            byOffer.forEach((id, n) -> catalogue.offer(id)
                    .filter(o -> !o.isSignpost() && !Coverage.isSafety(o))
                    .ifPresent(o -> list.add(new Nearest(o, n))));
            list.sort(Comparator.comparingInt(Nearest::times).reversed()
                    .thenComparingInt(n -> n.offer().getThreshold()).thenComparing(n -> n.offer().getId()));
            nearest.put(gap, List.copyOf(list.subList(0, Math.min(SHOWN, list.size()))));
        });
        return new Result(nearest, questions);
    }
}
