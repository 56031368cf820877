package nl.dordrecht.triage.fact;

import nl.dordrecht.triage.Route;

/** The route the advice will carry: the override's when there is one, else the decided one. Guidance matches this. */
public record FinalRoute(Route route) {
}
