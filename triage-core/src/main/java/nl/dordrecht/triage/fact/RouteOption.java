package nl.dordrecht.triage.fact;

import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;

/**
 * One step of the route policy (route.drl) that applies to this question. The applicable step with the lowest
 * {@code step} number decides the route: see {@link RouteDecision}.
 *
 * @param basis how the complexity it follows from was derived, said before {@code line}; {@code null} when none
 */
public record RouteOption(int step, Route route, Handover handover, String basis, String line) {
    public static RouteOption of(int step, Route route, Handover handover, String line) {
        return new RouteOption(step, route, handover, null, line);
    }

    public static RouteOption from(int step, Classified classified, Route route, Handover handover, String line) {
        return new RouteOption(step, route, handover, classified.line(), line);
    }
}
