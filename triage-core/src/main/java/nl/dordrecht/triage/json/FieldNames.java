package nl.dordrecht.triage.json;

import java.util.regex.Pattern;

/**
 * Whether an error may name a field the caller sent. A rejected field's name could itself be personal data
 * ({@code "JanDeVries": 1}), so only a short plain identifier is repeated; anything else is "a field".
 */
final class FieldNames {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private FieldNames() {
    }

    static boolean isPlain(String name) {
        return name != null && PLAIN.matcher(name).matches();
    }
}
