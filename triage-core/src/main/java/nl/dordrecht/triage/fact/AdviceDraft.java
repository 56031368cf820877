package nl.dordrecht.triage.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dordrecht.triage.Complexity;
import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;
import nl.dordrecht.triage.Topic;
import org.kie.api.definition.type.Modifies;

/** The advice as the rules build it for one call: route, handover, explanation, signals and gaps. */
public final class AdviceDraft {
    private final Map<String, String> knownGaps;
    private Complexity complexity;
    private Route route;
    private Handover handover;
    private final Set<String> explanation = new LinkedHashSet<>();
    private final Map<Topic, String> signals = new LinkedHashMap<>();
    private final Set<String> gaps = new LinkedHashSet<>();

    /** @param knownGaps the catalogue's gap codes with their plain-Dutch descriptions */
    public AdviceDraft(Map<String, String> knownGaps) {
        this.knownGaps = knownGaps;
    }

    /** The complexity that decides the route: the caller's, or the one the rules derived. */
    public Complexity getComplexity() { return complexity; }
    public void setComplexity(Complexity complexity) { this.complexity = complexity; }

    public Route getRoute() { return route; }
    public void setRoute(Route route) { this.route = route; }

    public Handover getHandover() { return handover; }
    public void setHandover(Handover handover) { this.handover = handover; }

    /** Adds a line to the explanation; a line already there is not repeated. */
    @Modifies({"explanation"})
    public void explain(String line) {
        explanation.add(line);
    }

    /** Passes an underlying topic to the helper to explore gently; the first reason for a topic stands. */
    @Modifies({"signals"})
    public void signal(Topic topic, String reason) {
        signals.putIfAbsent(topic, reason);
    }

    /** Passes each of the topics on as a signal, with the same reason. */
    @Modifies({"signals"})
    public void signalEach(Set<Topic> topics, String reason) {
        topics.forEach(topic -> signal(topic, reason));
    }

    /** Names a known catalogue gap and explains it with the catalogue's description. */
    @Modifies({"gaps", "explanation"})
    public void gap(String code) {
        String description = knownGaps.get(code);
        if (description == null) {
            throw new IllegalArgumentException("unknown gap code " + code + "; the catalogue knows " + knownGaps.keySet());
        }
        if (gaps.add(code)) {
            explain(description);
        }
    }

    public List<String> getExplanation() { return new ArrayList<>(explanation); }
    public Map<Topic, String> getSignals() { return new LinkedHashMap<>(signals); }
    public List<String> getGaps() { return new ArrayList<>(gaps); }
}
