package nl.dordrecht.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;

/**
 * What the build demands of the shipped rules beyond acceptance, because a call runs them on the caller's own thread
 * ({@link CallGuard#runHere}): no loop and nothing that blocks in their code (consequences, functions), so that each
 * firing returns to the engine, where the {@link Watchdog}'s halt takes effect. Rules that need a loop can still be
 * loaded from a folder; they then run on a worker the caller does not wait for past the deadline.
 */
final class StraightLineRules {
    /** Java's loops and what waits on other threads; {@code do[...]} is DRL's named consequence, not a loop. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(?:while|for|goto|synchronized|Thread|sleep|wait|park(?:Nanos|Until)?)\\b|\\bdo\\b(?!\\s*\\[)");
    /** Comments and string literals, where the words above are only words. */
    private static final Pattern COMMENT_OR_STRING = Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/|\"(?:\\\\.|[^\"\\\\\\n])*\"");

    private StraightLineRules() {
    }

    /** Each loop or blocking call in the rule files, at its line and column. */
    static List<Problem> check(List<SourceFile> rules) {
        List<Problem> problems = new ArrayList<>();
        for (SourceFile rule : rules) {
            String code = blanked(rule.content());
            Matcher m = FORBIDDEN.matcher(code);
            while (m.find()) {
                int lineStart = code.lastIndexOf('\n', m.start()) + 1;
                problems.add(new Problem(rule.name(), RuleSetCompiler.lineOf(code, m.start()), m.start() - lineStart + 1,
                        "'" + m.group() + "' in the shipped rules: they run on the caller's thread, where only code that "
                        + "returns to the engine can be stopped at the deadline; write the rule without a loop or a wait "
                        + "(README \"Reliability\")"));
            }
        }
        return problems;
    }

    /** The text with comments and strings replaced by spaces, so that offsets and lines stay where they were. */
    private static String blanked(String text) {
        Matcher m = COMMENT_OR_STRING.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }
}
