package nl.dordrecht.triage.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.HelpQuestionBuilder;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.TriageAdvice;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.AdviceAssembler;
import nl.dordrecht.triage.internal.CompiledRuleSet;
import nl.dordrecht.triage.internal.DroolsTriageEngine;

/**
 * Warnings about the catalogue as the rules use it: offers no question reaches, and topic × age band combinations
 * where no offer has a threshold of 3 or lower (the catalogue's gaps, drawn from the data).
 */
final class CatalogueLint {
    /** The highest base threshold that still counts as low: informal specific on the DOMAIN.md ladder. */
    static final int LOW_THRESHOLD = 3;

    /** Resident age bands: children, youth, adults, elderly. */
    record AgeBand(String label, int min, int max) {
    }

    static final List<AgeBand> AGE_BANDS = List.of(new AgeBand("0-11", 0, 11), new AgeBand("12-17", 12, 17),
            new AgeBand("18-64", 18, 64), new AgeBand("65+", 65, 120));

    private CatalogueLint() {
    }

    static List<Problem> run(CompiledRuleSet ruleSet, SourceFile catalogue) {
        List<Problem> problems = new ArrayList<>();
        String catalogueFile = catalogue.name();
        DroolsTriageEngine engine = new DroolsTriageEngine(ruleSet);
        for (Offer offer : ruleSet.catalogue().offers()) {
            // An offer with a role is reached through the rules of that role (reluctance, months in Dordrecht,
            // channel), not by a probe of topic, age and group alone.
            if (offer.getRole() == null && probes(offer).noneMatch(q -> suggests(engine.advise(q), offer))) {
                problems.add(new Problem(catalogueFile, lineOfId(catalogue.content(), offer.getId()), 1, "offer "
                        + offer.getId() + ": no question reaches it (tried each of its topics on each route, with its "
                        + "own ages, groups and wijk): it is never among the suggestions"));
            }
        }
        for (Topic topic : Topic.values()) {
            for (AgeBand band : AGE_BANDS) {
                List<Offer> low = ruleSet.catalogue().offers().stream().filter(o -> isLowFor(o, topic, band)).toList();
                if (low.stream().noneMatch(o -> !o.isExclusive())) {
                    String forGroups = low.stream().map(o -> o.getId() + " (only " + o.getOnlyForGroups() + ")").toList().toString();
                    problems.add(new Problem(catalogueFile, 0, 0, "gap: " + topic + ", age " + band.label()
                            + ": no open offer at threshold " + LOW_THRESHOLD + " or lower"
                            + (low.isEmpty() ? "" : "; for some groups only: " + forGroups)));
                }
            }
        }
        return problems;
    }

    private static boolean isLowFor(Offer o, Topic topic, AgeBand band) {
        return o.serves(topic) && o.getThreshold() <= LOW_THRESHOLD && !o.isSignpost() && o.getSafetySignals().isEmpty()
                && o.getMinAge() <= band.max() && o.getMaxAge() >= band.min();
    }

    /** Suggested, or named beside an alike meeting place that is (the advice shows only a few of those). */
    private static boolean suggests(TriageAdvice advice, Offer offer) {
        return Stream.concat(Stream.of(advice.primary()), advice.alternatives().stream())
                .anyMatch(s -> s.offerId().equals(offer.getId())
                        || s.reasons().stream().anyMatch(r -> r.startsWith(AdviceAssembler.ALIKE_MEETING_PLACES) && r.contains(offer.getName())));
    }

    private static int lineOfId(String content, String id) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().equals("- id: " + id)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Questions that suit the offer best: each of its topics on each route, with its age, children, groups, wijk. */
    private static Stream<HelpQuestion> probes(Offer offer) {
        List<HelpQuestionBuilder> builders = new ArrayList<>();
        for (List<Integer> childAges : childAgesToTry(offer)) {
            for (Topic topic : offer.getTopics()) {
                for (Complexity complexity : Complexity.values()) {
                    for (boolean explicit : new boolean[] {true, false}) {
                        builders.add(HelpQuestion.builder().topics(topic).complexity(complexity).explicit(explicit)
                                .childAges(childAges));
                    }
                }
                if (offer.isOutreach()) {
                    builders.add(HelpQuestion.builder().topics(topic).barriers(Barrier.HOMEBOUND).childAges(childAges));
                }
            }
        }
        if (offer.isAgeBounded()) {
            builders.forEach(b -> b.age(offer.getMinAge()));
        }
        if (offer.isForParentsOfChildAged()) {
            // A family offer also serves the child of its band asking for itself (the youth nurse, the POH-Jeugd).
            for (Topic topic : offer.getTopics()) {
                builders.add(HelpQuestion.builder().topics(topic).age(Math.max(offer.getMinChildAge(), 12)));
            }
        }
        return builders.stream().map(b -> {
            b.safetySignals(offer.getSafetySignals());
            offer.getChannels().stream().sorted().findFirst().ifPresent(b::channel);
            Set<Group> groups = offer.getOnlyForGroups().isEmpty() ? offer.getForGroups() : offer.getOnlyForGroups();
            b.groups(groups);
            offer.getNeighbourhoods().stream().sorted().findFirst().ifPresent(b::neighbourhood);
            return b.build();
        });
    }

    /**
     * Its own child band; for a parenting offer without one, a child in each band too (S1 Tabel 1: 0-4, 4-12, 12-18),
     * as parents usually say how old their child is.
     */
    private static List<List<Integer>> childAgesToTry(Offer offer) {
        if (offer.isForParentsOfChildAged()) {
            return List.of(List.of(offer.getMinChildAge()));
        }
        if (offer.serves(Topic.PARENTING)) {
            return List.of(List.of(), List.of(2), List.of(8), List.of(15));
        }
        return List.of(List.of());
    }
}
