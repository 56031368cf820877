package nl.dordrecht.triage.fact;

import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;

/** The route the policy decided: the first applicable {@link RouteOption}. Rules on which offers fit match this. */
public record RouteDecision(RouteOption option) {
    public Route route() { return option.route(); }

    public Handover handover() { return option.handover(); }
}
