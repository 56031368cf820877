package nl.dordrecht.triage.internal.scenario;

import java.util.List;

/**
 * One scenario: a question and what a good advice for it must show, with the seed passage it comes from.
 * Each expectation left {@code null} is not checked; {@code primary} lists acceptable offers (any one will do).
 *
 * @param file the scenario file it is in, and {@code line} where its name stands, for error messages
 */
public record Scenario(String file, int line, String name, String source, String questionJson, List<String> primary,
                       String route, String handover, List<String> signals, List<String> gaps, List<String> suggested,
                       List<String> notSuggested, List<String> explanationMentions) {
}
