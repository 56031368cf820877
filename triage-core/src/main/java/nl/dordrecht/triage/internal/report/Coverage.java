package nl.dordrecht.triage.internal.report;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.Topic;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.Catalogue;

/**
 * What the catalogue offers per topic, age band and wijk, drawn from the data alone: the numbers behind the report's
 * matrices and heat maps, and the checks of S1's findings. Safety offers are left out everywhere (their topics only
 * describe their field; they are reached by signal), and from coverage also signposts (they refer onward, they are
 * not the help) and offers only for one group (not available to everyone).
 */
public final class Coverage {
    /** The highest base threshold that still counts as low: informal specific on the DOMAIN.md ladder. */
    public static final int LOW_THRESHOLD = 3;
    /** The age range of an offer with no age limit. */
    private static final int MAX_AGE = 120;

    /** A resident age band; the same bands as the catalogue lint of {@code triage check}. */
    public record AgeBand(String label, int min, int max) {
        boolean overlaps(int from, int to) {
            return from <= max && to >= min;
        }
    }

    public static final List<AgeBand> AGE_BANDS = List.of(new AgeBand("0-11", 0, 11), new AgeBand("12-17", 12, 17),
            new AgeBand("18-64", 18, 64), new AgeBand("65+", 65, MAX_AGE));

    /** The S1 §5.3 positioning matrix: formal or informal × general or specific. */
    public enum Quadrant {
        FORMAL_GENERAL("Formeel, algemeen"), FORMAL_SPECIFIC("Formeel, specifiek"),
        INFORMAL_GENERAL("Informeel, algemeen"), INFORMAL_SPECIFIC("Informeel, specifiek");

        public final String label;

        Quadrant(String label) {
            this.label = label;
        }

        static Quadrant of(Offer o) {
            return o.isFormal() ? (o.isGeneral() ? FORMAL_GENERAL : FORMAL_SPECIFIC)
                    : (o.isGeneral() ? INFORMAL_GENERAL : INFORMAL_SPECIFIC);
        }
    }

    /**
     * One heat map cell: the offers open to everyone there, lowest threshold first ({@link #lowest()} 0 = none, a
     * gap), and how many of them are made for it (an age-limited offer, or one for parents of children that age).
     */
    public record Cell(List<Offer> offers, long madeFor) {
        public int lowest() {
            return offers.isEmpty() ? 0 : offers.get(0).getThreshold();
        }

        public boolean gap() {
            return offers.isEmpty();
        }
    }

    private final Catalogue catalogue;

    public Coverage(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public static boolean isSafety(Offer o) {
        return !o.getSafetySignals().isEmpty();
    }

    /** Per quadrant, the offers serving the topic (signposts included: they are part of the picture), by threshold. */
    public Map<Quadrant, List<Offer>> matrix(Topic topic) {
        Map<Quadrant, List<Offer>> m = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            m.put(q, select(o -> o.serves(topic) && !isSafety(o) && Quadrant.of(o) == q));
        }
        return m;
    }

    public Cell byAge(Topic topic, AgeBand band) {
        List<Offer> offers = select(o -> counts(o, topic) && band.overlaps(o.getMinAge(), o.getMaxAge()));
        return new Cell(offers, offers.stream().filter(o -> madeFor(o, band)).count());
    }

    public Cell byWijk(Topic topic, String wijk) {
        List<Offer> offers = select(o -> counts(o, topic) && (o.isCityWide() || o.isIn(wijk)));
        return new Cell(offers, offers.stream().filter(o -> o.isIn(wijk)).count());
    }

    /** Only the offers in the wijk itself: a city-wide offer is there for everyone, but not nearby. */
    public Cell inWijk(Topic topic, String wijk) {
        List<Offer> offers = select(o -> counts(o, topic) && !o.isCityWide() && o.isIn(wijk));
        return new Cell(offers, offers.size());
    }

    /** Offers for a topic that are specific, low-threshold and open to everyone: what S1 finds missing for housing. */
    public List<Offer> lowThresholdSpecific(Topic topic) {
        return select(o -> counts(o, topic) && !o.isGeneral() && o.getThreshold() <= LOW_THRESHOLD);
    }

    /** Meeting places made for a group (as a plus or exclusively). */
    public List<Offer> meetingPlacesFor(Group group) {
        return select(o -> o.isMeetingPlace() && o.isMadeForAnyOf(Set.of(group)));
    }

    /** Offers made for children of the band (not merely without an age limit) on any of the topics. */
    public List<Offer> madeForChildren(AgeBand band, Set<Topic> topics) {
        return select(o -> !isSafety(o) && !o.isSignpost() && o.servesAnyOf(topics) && madeFor(o, band));
    }

    private static boolean counts(Offer o, Topic topic) {
        return o.serves(topic) && !isSafety(o) && !o.isSignpost() && !o.isExclusive();
    }

    private static boolean madeFor(Offer o, AgeBand band) {
        boolean ageLimited = o.getMinAge() > 0 || o.getMaxAge() < MAX_AGE;
        return ageLimited && band.overlaps(o.getMinAge(), o.getMaxAge())
                || o.isForParentsOfChildAged() && band.overlaps(o.getMinChildAge(), o.getMaxChildAge());
    }

    private List<Offer> select(Predicate<Offer> filter) {
        return catalogue.offers().stream().filter(filter)
                .sorted(Comparator.comparingInt(Offer::getThreshold).thenComparing(Offer::getId)).toList();
    }
}
