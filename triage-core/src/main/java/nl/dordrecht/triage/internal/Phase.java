package nl.dordrecht.triage.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The order in which rules decide; each rule names its phase as its {@code agenda-group}. A phase sees every change
 * the phases before it made.
 */
public enum Phase {
    /** What kind of question this is: complexity, hidden questions. */
    CLASSIFY("classify"),
    /** The route and handover; safety first. */
    ROUTE("route"),
    /** Which candidates fit this person, which are on the route, and their personal threshold. */
    FIT("fit"),
    /** No question goes unanswered: when nothing fits the route, a fallback that fits the person. */
    FALLBACK("fallback"),
    /** What the advice must also say: known gaps, final handover adjustments. */
    REPORT("report");

    private final String agendaGroup;

    Phase(String agendaGroup) {
        this.agendaGroup = agendaGroup;
    }

    public String agendaGroup() {
        return agendaGroup;
    }

    public static List<String> agendaGroups() {
        return Arrays.stream(values()).map(Phase::agendaGroup).toList();
    }
}
