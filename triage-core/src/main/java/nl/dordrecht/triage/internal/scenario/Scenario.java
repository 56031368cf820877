package nl.dordrecht.triage.internal.scenario;

import java.util.List;
import java.util.Map;

/**
 * One scenario: a question and what a good advice for it must show, with the seed passage it comes from.
 * Each expectation left {@code null} is not checked; {@code primary} lists acceptable offers (any one will do).
 *
 * @param file        the scenario file it is in, and {@code line} where its name stands, for error messages
 * @param reasons     per offer id, words its suggestion's reasons must contain (the offer must be suggested)
 * @param notReasons  per offer id, words its suggestion's reasons must not contain (when it is suggested)
 * @param exercises   the rules this scenario is meant to exercise: each must fire for its question
 */
public record Scenario(String file, int line, String name, String source, String questionJson, List<String> primary,
                       String route, String handover, List<String> signals, List<String> gaps, List<String> suggested,
                       List<String> notSuggested, List<String> explanationMentions, List<String> explanationDoesNotMention,
                       Map<String, List<String>> reasons,
                       Map<String, List<String>> notReasons, List<String> exercises) {
}
