package nl.dordrecht.triage.fact;

import nl.dordrecht.triage.Handover;

/**
 * The handover must be at least this personal (self-referral &lt; warm handover &lt; outreach visit &lt; emergency);
 * {@code line} is said only when it changes the route's handover.
 */
public record HandoverChange(Handover atLeast, String line) {
}
