package nl.dordrecht.triage.fact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dordrecht.triage.Barrier;
import nl.dordrecht.triage.Channel;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Group;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.Reluctance;
import nl.dordrecht.triage.SafetySignal;
import nl.dordrecht.triage.Topic;

/**
 * The question as the rules see it: the caller's {@link HelpQuestion} plus what the catalogue says about it
 * (its canonical wijk name, the life domain of each topic) and the offers weighed for it. Immutable.
 */
public final class Question {
    private final HelpQuestion question;
    private final String neighbourhood;
    private final Map<Topic, String> lifeDomains;
    private final List<Offer> offers;

    /**
     * @param lifeDomains the catalogue's life domain of every topic
     * @param offers      the catalogue's candidates for the question: the offers inserted beside it
     */
    public Question(HelpQuestion question, String canonicalNeighbourhood, Map<Topic, String> lifeDomains,
                    List<Offer> offers) {
        this.question = question;
        this.neighbourhood = canonicalNeighbourhood;
        this.lifeDomains = lifeDomains;
        this.offers = List.copyOf(offers);
    }

    public Set<Topic> getTopics() { return question.topics(); }
    /** {@code null} when the caller did not say; see {@link Classified} for the one that counts. */
    public Complexity getComplexity() { return question.complexity(); }
    public boolean isExplicit() { return question.explicit(); }
    public Set<Reluctance> getReluctance() { return question.reluctance(); }
    public Set<Barrier> getBarriers() { return question.barriers(); }
    public Set<Group> getGroups() { return question.groups(); }
    /** {@code null} when unknown. */
    public Integer getAge() { return question.age(); }
    public boolean isAgeKnown() { return question.age() != null; }
    public List<Integer> getChildAges() { return question.childAges(); }
    /** {@code null} when unknown. */
    public Integer getMonthsInDordrecht() { return question.monthsInDordrecht(); }
    /** The catalogue's name for the resident's wijk, {@code null} when unknown. */
    public String getNeighbourhood() { return neighbourhood; }
    public Set<SafetySignal> getSafetySignals() { return question.safetySignals(); }
    /** {@code null} when unknown. */
    public Channel getChannel() { return question.channel(); }

    /**
     * The offers inserted beside the question, for {@code Offer( … ) from $question.offers} in a rule whose other
     * conditions seldom hold: an inserted offer enters the join of every {@code Offer} pattern whose own constraints
     * it passes, on every question, while {@code from} weighs the offers only when the rest of the rule matched.
     */
    public List<Offer> getOffers() { return offers; }
    /** How many different life domains (catalogue {@code lifeDomains}) the topics span, leaving out {@code alongside}. */
    public int lifeDomainCountBesides(Set<Topic> alongside) {
        // Loops, not streams: the rules call these in constraints, once per offer they weigh, on every call.
        List<String> domains = new ArrayList<>(question.topics().size());
        for (Topic t : question.topics()) {
            String domain = lifeDomains.get(t);
            if (!alongside.contains(t) && !domains.contains(domain)) {
                domains.add(domain);
            }
        }
        return domains.size();
    }

    public boolean has(Topic topic) { return question.topics().contains(topic); }

    /**
     * The topics that need specific knowledge: those besides {@code alongside} (e.g. the practical and social topics
     * that come with every subject), or all of them when every topic is one of those.
     */
    public Set<Topic> mainTopics(Set<Topic> alongside) {
        Set<Topic> main = EnumSet.noneOf(Topic.class);
        for (Topic t : question.topics()) {
            if (!alongside.contains(t)) {
                main.add(t);
            }
        }
        return main.isEmpty() ? question.topics() : main;
    }

    /**
     * The {@link #mainTopics main topics} in the words of the question form, in the contract's order: "werk en
     * opleiding", or "geld en rondkomen (...) en over schulden en betalingsachterstanden"; for a line that says what
     * the question is about.
     */
    public String mainTopicsInWords(Set<Topic> alongside) {
        return String.join(" en over ", TopicWords.of(mainTopics(alongside)));
    }

    /**
     * The practical and social topics asked ({@code alongside}), or all of them when none is: what the general offer
     * helps with nearby, e.g. the form of a question that also touches housing.
     */
    public Set<Topic> practicalTopics(Set<Topic> alongside) {
        Set<Topic> practical = EnumSet.noneOf(Topic.class);
        for (Topic t : question.topics()) {
            if (alongside.contains(t)) {
                practical.add(t);
            }
        }
        return practical.isEmpty() ? question.topics() : practical;
    }

    /** Whether every topic of the question is one of {@code topics}. */
    public boolean onlyAbout(Set<Topic> topics) { return topics.containsAll(question.topics()); }

    /** Whether the resident is younger than {@code years}; {@code false} when the age is unknown. */
    public boolean isYoungerThan(int years) { return question.age() != null && question.age() < years; }

    /** Whether the resident is at least {@code years} old; {@code false} when the age is unknown. */
    public boolean isAtLeast(int years) { return question.age() != null && question.age() >= years; }

    /** Whether one of the children is between {@code min} and {@code max} years old, both inclusive. */
    public boolean hasChildAged(int min, int max) {
        return question.childAges().stream().anyMatch(a -> a >= min && a <= max);
    }

    public boolean isInDordrechtLessThan(int months) {
        return question.monthsInDordrecht() != null && question.monthsInDordrecht() < months;
    }

    public boolean isInDordrechtAtLeast(int months) {
        return question.monthsInDordrecht() != null && question.monthsInDordrecht() >= months;
    }
}
