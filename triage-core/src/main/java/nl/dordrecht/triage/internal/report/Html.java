package nl.dordrecht.triage.internal.report;

import java.util.Collection;
import java.util.stream.Collectors;

/** Escaping and the threshold colours the report shares between its SVG and its tables. */
final class Html {
    /** Colours for base thresholds 1..5: green (light, informal) to red (the wijkteam), colour-blind safe (ColorBrewer RdYlGn). */
    private static final String[] THRESHOLD_COLOURS = {"#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027"};

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String colour(int threshold) {
        return THRESHOLD_COLOURS[Math.max(1, Math.min(5, threshold)) - 1];
    }

    /** Dark text on the light colours, white on the dark ones, for contrast. */
    static String textColour(int threshold) {
        return threshold == 1 || threshold == 5 ? "#fff" : "#222";
    }

    static String join(Collection<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Shortens a display name to fit a fixed-width SVG label; the full name stays in the tooltip. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }
}
