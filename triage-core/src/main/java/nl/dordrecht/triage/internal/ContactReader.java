package nl.dordrecht.triage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Contact;

/**
 * The {@code contact} of a catalogue offer (docs/CATALOGUE_FORMAT.md), and the rules its parts follow, shared with
 * the HSDS import so a phone number is judged the same way wherever it comes from.
 */
public final class ContactReader {
    /** The parts, in the contract's order. */
    public static final List<String> PARTS = List.of("phone", "email", "url", "address", "hours");
    private static final int MAX_LENGTH = 200;
    /** Digits with the separators people write (+31 78 123 45 67, 0800-0113, (078) 123); 112 is the shortest. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?[0-9][0-9 ()./-]*[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** The contact, {@link Contact#NONE} when there is none; {@code source} is {@code null} when not given. */
    record Result(Contact contact, String source) {
    }

    private ContactReader() {
    }

    /** What is wrong with a part's value, or empty when it is fine. */
    public static Optional<String> problem(String part, String value) {
        if (value.isBlank()) {
            return Optional.of("empty: leave the field out when it is not known");
        }
        if (value.length() > MAX_LENGTH || value.contains("\n")) {
            return Optional.of("must be one line of at most " + MAX_LENGTH + " characters");
        }
        return switch (part) {
            case "phone" -> PHONE.matcher(value).matches() && value.chars().filter(Character::isDigit).count() >= 3
                    ? Optional.empty() : Optional.of("'" + value + "' is not a phone number: digits, with spaces, "
                    + "'-', '(', ')' or a leading '+' between them, e.g. \"112\" or \"+31 78 123 45 67\"");
            case "email" -> EMAIL.matcher(value).matches() ? Optional.empty()
                    : Optional.of("'" + value + "' is not an e-mail address such as info@example.nl");
            case "url" -> webAddress(value) ? Optional.empty()
                    : Optional.of("'" + value + "' is not a web address: write it in full, e.g. https://www.example.nl");
            default -> Optional.empty();
        };
    }

    /**
     * Reads an offer's {@code contact} mapping; {@code problems} takes the field's path inside the offer
     * ({@code contact/url}) and the reason.
     */
    static Result read(JsonNode node, BiConsumer<String, String> problems) {
        if (node == null || node.isNull()) {
            return new Result(Contact.NONE, null);
        }
        if (!node.isObject()) {
            problems.accept("contact", "must be a mapping of " + PARTS + " and source");
            return new Result(Contact.NONE, null);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            String field = e.getKey();
            if (!PARTS.contains(field) && !field.equals("source")) {
                problems.accept("contact/" + field, "unknown field; known fields: " + PARTS + " and source");
            } else if (!e.getValue().isTextual()) {
                // An unquoted 0781234567 is a YAML number and loses its 0; a phone number is text.
                problems.accept("contact/" + field, "must be text in quotes, e.g. " + field + ": \"...\"");
            } else if (!field.equals("source")) {
                problem(field, e.getValue().asText()).ifPresentOrElse(
                        reason -> problems.accept("contact/" + field, reason), () -> parts.put(field, e.getValue().asText()));
            }
        });
        if (PARTS.stream().noneMatch(node::has)) {
            problems.accept("contact", "gives none of " + PARTS + ": leave contact out when nothing is known");
            return new Result(Contact.NONE, null);
        }
        // The seed that gives the details is cited like the offer's own, also when a part was wrong.
        String source = node.path("source").asText("");
        return new Result(Contact.of(parts.get("phone"), parts.get("email"), parts.get("url"), parts.get("address"),
                parts.get("hours")), source);
    }

    private static boolean webAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
