package nl.dordrecht.triage.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dordrecht.triage.Contact;
import nl.dordrecht.triage.FieldError;
import nl.dordrecht.triage.InvalidQuestionException;
import nl.dordrecht.triage.Signal;
import nl.dordrecht.triage.Suggestion;
import nl.dordrecht.triage.TriageAdvice;

/**
 * {@code advise --format text}: the advice as a Hulplijn volunteer reads it aloud, in Dutch. First what the engine
 * says about the question and how to bring it up, then the offer to start with, how to reach it and why, the other
 * offers likewise, what to ask about gently, and what the sociale kaart still lacks. Codes appear only as their Dutch labels.
 *
 * <p>The gaps get a part of their own: the engine also puts each gap's description in the explanation, so the text
 * leaves it out there rather than say it twice. Immutable; safe to share.
 */
final class AdviceText {
    private static final String INDENT = "  ";
    private final Map<String, String> gapDescriptions;

    /** @param gapDescriptions the catalogue's description of every gap code */
    AdviceText(Map<String, String> gapDescriptions) {
        this.gapDescriptions = Map.copyOf(gapDescriptions);
    }

    /** The advice as lines of text, each block after a heading, blocks apart by an empty line. */
    String write(TriageAdvice advice, String heading) {
        List<String> gaps = advice.gaps().stream().map(code -> gapDescriptions.getOrDefault(code, code)).toList();
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        advice.optionalFallback().ifPresent(f -> lines.add("Let op: " + f.label() + "."));
        block(lines, "Uitleg", advice.explanation().stream().filter(line -> !gaps.contains(line)).toList());
        lines.add("");
        lines.add("Route: " + advice.route().label());
        lines.add("Overdracht – " + advice.handover().label());
        block(lines, "Begin bij: " + advice.primary().name(), about(advice.primary()));
        if (!advice.alternatives().isEmpty()) {
            lines.add("");
            lines.add("Andere mogelijkheden");
            int number = 0;
            for (Suggestion alternative : advice.alternatives()) {
                lines.add(INDENT + ++number + ". " + alternative.name());
                about(alternative).forEach(line -> lines.add(INDENT + "   " + line));
            }
        }
        if (!advice.signals().isEmpty()) {
            block(lines, "Om naar te vragen", advice.signals().stream().map(AdviceText::gently).toList());
        }
        if (!gaps.isEmpty()) {
            block(lines, "Wat er in het aanbod nog ontbreekt", gaps.stream().map(gap -> "- " + gap).toList());
        }
        lines.add("");
        lines.add("(regels: " + advice.rulesetVersion() + ")");
        return String.join("\n", lines);
    }

    /** An invalid question, field by field (the messages are the contract's, in English). */
    static String write(InvalidQuestionException error, String heading) {
        List<String> lines = new ArrayList<>();
        lines.add(heading + ": geen advies");
        for (FieldError field : error.errors()) {
            lines.add(INDENT + "- " + (field.field().isEmpty() ? "" : field.field() + ": ") + field.message());
        }
        return String.join("\n", lines);
    }

    private static void block(List<String> lines, String heading, List<String> body) {
        lines.add("");
        lines.add(heading);
        body.forEach(line -> lines.add(INDENT + line));
    }

    /** How to reach the offer, when the catalogue knows it, then each reason. */
    private static List<String> about(Suggestion suggestion) {
        Stream<String> contact = suggestion.contact().map(AdviceText::contact).stream();
        return Stream.concat(contact, suggestion.reasons().stream().map(reason -> "- " + reason)).toList();
    }

    private static String contact(Contact contact) {
        return Stream.of(part("telefoon", contact.phone()), part("e-mail", contact.email()),
                        part("website", contact.url()), part("adres", contact.address()), part("open", contact.hours()))
                .flatMap(Optional::stream).collect(Collectors.joining("; ", "Contact: ", ""));
    }

    private static Optional<String> part(String label, Optional<String> value) {
        return value.map(v -> label + " " + v);
    }

    // The reason says how to bring the topic up, or, after a safety signal, that it is passed on: a fixed "vraag
    // voorzichtig naar" before it contradicted what the resident had asked outright (a review).
    private static String gently(Signal signal) {
        return "- " + signal.topic().label() + ": " + signal.reason();
    }
}
