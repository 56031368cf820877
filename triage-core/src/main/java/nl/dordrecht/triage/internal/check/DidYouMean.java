package nl.dordrecht.triage.internal.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name nearest to a misspelt one: fewest edits (Levenshtein, ignoring case), at most a third of the name's
 * length, so "neighbourhod" finds "neighbourhood" but "shoeSize" finds nothing rather than something unrelated.
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    public static Optional<String> nearest(String wrong, Collection<String> known) {
        int limit = Math.max(2, wrong.length() / 3);
        return known.stream().filter(k -> !k.equals(wrong))
                .map(k -> new Scored(k, distance(wrong.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= limit || s.name.toLowerCase(Locale.ROOT).startsWith(wrong.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name)).map(Scored::name);
    }

    /** {@code "; did you mean X?"}, or nothing when no known name is near. */
    public static String hint(String wrong, Collection<String> known) {
        return nearest(wrong, known).map(n -> "; did you mean " + n + "?").orElse("");
    }

    private record Scored(String name, int distance) {
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
