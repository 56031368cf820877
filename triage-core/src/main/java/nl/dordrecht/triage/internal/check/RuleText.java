package nl.dordrecht.triage.internal.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Problem;

/** One rule file's lines, to put a message at the line and column of the name it is about. */
final class RuleText {
    private final String[] lines;

    RuleText(String content) {
        this.lines = content.split("\n", -1);
    }

    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    int lineCount() {
        return lines.length;
    }

    /**
     * The problem with this message, at the first whole-word occurrence of {@code name} from the compiler's line to
     * the end of that rule (the compiler gives a consequence's error at the rule's first line), or anywhere in the
     * file when the compiler gave no line; where the compiler put it when the name is nowhere.
     */
    Problem at(Problem raw, String name, String message) {
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
        int from = Math.max(1, raw.line());
        for (int n = from; n <= lines.length; n++) {
            Matcher m = word.matcher(stripComment(lines[n - 1]));
            if (m.find()) {
                return new Problem(raw.file(), n, m.start() + 1, message);
            }
            if (raw.line() > 0 && n > from && lines[n - 1].strip().equals("end")) {
                break;
            }
        }
        return new Problem(raw.file(), raw.line(), raw.column(), message);
    }

    /** The line without a trailing {@code //} comment (strings with "//" in them are rare in conditions). */
    static String stripComment(String line) {
        int at = line.indexOf("//");
        return at < 0 ? line : line.substring(0, at);
    }

    /** The number of the line declaring the rule around {@code line}, or 0. */
    int ruleStart(int line) {
        for (int n = Math.min(line, lines.length); n >= 1; n--) {
            if (lines[n - 1].strip().startsWith("rule ")) {
                return n;
            }
        }
        return 0;
    }
}
