package nl.dordrecht.triage.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import nl.dordrecht.triage.internal.Catalogue;
import nl.dordrecht.triage.internal.DroolsTriageEngine;
import nl.dordrecht.triage.internal.report.Coverage;

/**
 * What the catalogue lint finds: offers no question reaches (a warning at the offer's line), and topic × age band
 * combinations where no offer open to everyone has a threshold of 3 or lower (the catalogue's gaps, drawn from the
 * data; notes for the summary, since no line is wrong, and drawn in the report's heat map).
 */
public final class CatalogueLint {
    /**
     * A topic and age band without an open low-threshold offer.
     *
     * @param forGroupsOnly low-threshold offers there that are only for some groups
     */
    public record CoverageGap(Topic topic, Coverage.AgeBand band, List<Offer> forGroupsOnly) {
        /** In Dutch, with labels, for the policy officer: what is missing and who has something. */
        public String describe() {
            return topic.label() + ", " + band.label() + " jaar: geen open aanbod met drempel " + Coverage.LOW_THRESHOLD
                    + " of lager" + (forGroupsOnly.isEmpty() ? "" : "; alleen voor een groep: " + forGroupsOnly.stream()
                    .map(o -> o.getName() + " (alleen " + o.getOnlyForGroups().stream().map(Group::label).sorted()
                            .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining(", ")));
        }
    }

    private CatalogueLint() {
    }

    static List<Problem> unreached(CompiledRuleSet ruleSet, SourceFile catalogue) {
        List<Problem> problems = new ArrayList<>();
        DroolsTriageEngine engine = new DroolsTriageEngine(ruleSet);
        for (Offer offer : ruleSet.catalogue().offers()) {
            // An offer with a role is reached through the rules of that role (reluctance, months in Dordrecht,
            // channel), not by a probe of topic, age and group alone.
            if (offer.getRole() == null && probes(offer).noneMatch(q -> suggests(engine.advise(q), offer))) {
                problems.add(new Problem(catalogue.name(), lineOfId(catalogue.content(), offer.getId()), 1, "offer "
                        + offer.getId() + ": no question reaches it (tried each of its topics on each route, with its "
                        + "own ages, groups and wijk): it is never among the suggestions"));
            }
        }
        return problems;
    }

    public static List<CoverageGap> coverageGaps(Catalogue catalogue) {
        Coverage coverage = new Coverage(catalogue);
        List<CoverageGap> gaps = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            for (Coverage.AgeBand band : Coverage.AGE_BANDS) {
                Coverage.Cell cell = coverage.byAge(topic, band);
                if (cell.gap() || cell.lowest() > Coverage.LOW_THRESHOLD) {
                    gaps.add(new CoverageGap(topic, band, catalogue.offers().stream().filter(o -> o.isExclusive()
                            && isLowFor(o, topic, band)).toList()));
                }
            }
        }
        return gaps;
    }

    private static boolean isLowFor(Offer o, Topic topic, Coverage.AgeBand band) {
        return o.serves(topic) && o.getThreshold() <= Coverage.LOW_THRESHOLD && !o.isSignpost() && !Coverage.isSafety(o)
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
