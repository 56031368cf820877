package nl.dordrecht.triage.fact;

import nl.dordrecht.triage.Topic;

/** An underlying topic to explore gently, not a referral (S1 §3.1.2). */
public record HiddenTopic(Topic topic, String reason) {
}
