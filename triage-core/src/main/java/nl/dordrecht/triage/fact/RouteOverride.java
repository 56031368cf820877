package nl.dordrecht.triage.fact;

import nl.dordrecht.triage.Handover;
import nl.dordrecht.triage.Route;

/**
 * An outcome that overrides the decided route, named by its own rule (outcomes.drl): nothing fits the route, or an
 * offer for the resident's group covers the whole question. {@code line} replaces the decided route's line.
 *
 * @param offer the offer the new route sends to, or {@code null} when the fitting offers on the decided route stay
 */
public record RouteOverride(Route route, Handover handover, Offer offer, String line) {
}
