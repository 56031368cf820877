package nl.dordrecht.triage.internal;

/**
 * A rule set did something no valid one does for this question (kept re-triggering itself, decided no route or
 * several). Its message names rules and counts only, never question content, so it may be logged.
 */
final class RuleSetDefect extends IllegalStateException {
    RuleSetDefect(String message) {
        super(message);
    }
}
