package nl.dordrecht.triage.internal.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the seed passage behind a citation such as {@code "S1 §5.1, §7.1 punt 6a; S2 §7.3.2"}: in each cited section
 * of each cited seed file, the paragraph sharing most words with what the gap says. Chosen by words, not by meaning,
 * so the report labels it as an excerpt to check against the source; without a seeds folder it shows nothing.
 */
public final class SeedPassages {
    private static final Pattern PART = Pattern.compile("^\\s*([A-Z][A-Z0-9]*)\\b(.*)$");
    private static final Pattern SECTION = Pattern.compile("§\\s*(\\d+(?:\\.\\d+)*)");
    private static final Pattern HEADING = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+\\p{Lu}.*");
    private static final Pattern TOC_ENTRY = Pattern.compile(".*\\t\\d+\\s*$");
    private static final int MAX_SECTION_LINES = 250;
    private static final int MAX_CHARS = 600;
    private static final int MIN_PARAGRAPH = 60;

    /** An excerpt and where it is from, e.g. {@code S1 §5.1}. */
    public record Passage(String citation, String text) {
    }

    private final Path seeds;
    private final Map<String, String> sources;
    private final Map<String, List<String>> files = new HashMap<>();

    /** {@code sources}: code to seed file name, as in the catalogue; {@code seeds} may be {@code null}. */
    public SeedPassages(Path seeds, Map<String, String> sources) {
        this.seeds = seeds;
        this.sources = sources;
    }

    public static SeedPassages none() {
        return new SeedPassages(null, Map.of());
    }

    /** The best passage for the citation, or {@code null} when the seeds are absent or nothing matches. */
    public Passage find(String citation, String about) {
        Set<String> words = words(about);
        Passage best = null;
        int bestScore = 0;
        for (String part : citation.split(";")) {
            Matcher m = PART.matcher(part);
            if (!m.matches()) {
                continue;
            }
            Matcher s = SECTION.matcher(m.group(2));
            while (s.find()) {
                for (String paragraph : section(m.group(1), s.group(1))) {
                    int score = (int) words(paragraph).stream().filter(words::contains).count();
                    if (score > bestScore) {
                        bestScore = score;
                        best = new Passage(m.group(1) + " §" + s.group(1), shorten(paragraph));
                    }
                }
            }
        }
        return best;
    }

    /** The paragraphs of a section: from its heading (not the table of contents entry) to the next heading. */
    private List<String> section(String code, String number) {
        List<String> lines = lines(code);
        List<String> paragraphs = new ArrayList<>();
        Pattern heading = Pattern.compile("^" + Pattern.quote(number) + "\\.?\\s+\\p{Lu}.*");
        for (int i = 0; i < lines.size(); i++) {
            if (heading.matcher(lines.get(i)).matches() && !TOC_ENTRY.matcher(lines.get(i)).matches()) {
                for (int j = i + 1; j < lines.size() && j < i + MAX_SECTION_LINES; j++) {
                    String line = lines.get(j).strip();
                    if (HEADING.matcher(line).matches() && line.length() < 90 && !line.startsWith(number)) {
                        break;
                    }
                    String clean = line.replaceAll("<[^>]+>", " ").replace("**", "").replaceAll("\\s+", " ").strip();
                    if (clean.length() >= MIN_PARAGRAPH) {
                        paragraphs.add(clean.replaceFirst("^[-•]\\s*", ""));
                    }
                }
                break;
            }
        }
        return paragraphs;
    }

    private List<String> lines(String code) {
        return files.computeIfAbsent(code, c -> {
            String name = sources.get(c);
            if (seeds == null || name == null || !Files.isRegularFile(seeds.resolve(name))) {
                return List.of();
            }
            try {
                return Files.readAllLines(seeds.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return List.of();
            }
        });
    }

    private static Set<String> words(String text) {
        return Pattern.compile("[^\\p{L}]+").splitAsStream(text.toLowerCase(Locale.ROOT))
                .filter(w -> w.length() >= 5).collect(Collectors.toSet());
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS);
        return text.substring(0, cut > 0 ? cut : MAX_CHARS) + " …";
    }
}
