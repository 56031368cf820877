package nl.dordrecht.triage;

/**
 * An underlying topic for the helper to explore gently: the hidden question behind a practical one. Not a referral.
 *
 * @param reason why the topic may be there, in plain Dutch
 */
public record Signal(Topic topic, String reason) {
}
