package nl.dordrecht.triage.internal.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Problem;

/**
 * The DRL parser's errors ({@code [ERR 102] Line 9:0 mismatched input 'then' in rule "f"}) in plain words, at the
 * line that is wrong: for an unclosed bracket that is the line where it opens, not the {@code then} where the parser
 * gives up.
 */
final class ParserMessages {
    private static final Pattern INPUT = Pattern.compile("(mismatched|extraneous) input '(.*?)'(?: expecting (.+?))?(?: in (rule \".*\"))?$");
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*?)'(?: in (rule \".*\"))?");

    private ParserMessages() {
    }

    static Problem translate(Problem raw, RuleText text, String parser) {
        Matcher m = INPUT.matcher(parser);
        if (m.find()) {
            String input = m.group(2);
            String rule = m.group(4) == null ? "" : " in " + m.group(4);
            if (input.equals("<eof>")) {
                int start = text.ruleStart(raw.line());
                return new Problem(raw.file(), start > 0 ? start : raw.line(), 1, "syntax error: the file ends" + rule
                        + " before its `end`: close every rule with `end` on a line of its own");
            }
            if (input.equals("then") || input.equals("end")) {
                Problem open = unclosedBracket(raw, text);
                if (open != null) {
                    return open;
                }
            }
            String expecting = m.group(3) == null ? "" : ", where the rule needs " + m.group(3);
            return new Problem(raw.file(), raw.line(), raw.column(), "syntax error" + rule + ": unexpected `" + input + "`"
                    + expecting + (m.group(1).equals("extraneous") ? " (one too many?)" : ""));
        }
        m = NO_VIABLE.matcher(parser);
        if (m.find()) {
            String rule = m.group(2) == null ? "" : " in " + m.group(2);
            return new Problem(raw.file(), raw.line(), raw.column(), "syntax error" + rule + ": cannot read `"
                    + m.group(1).strip() + "` here (a value or a bracket missing?)");
        }
        return new Problem(raw.file(), raw.line(), raw.column(), "syntax error: " + parser);
    }

    /** The line of the last {@code (} in the rule's conditions that is never closed before the parser's line. */
    private static Problem unclosedBracket(Problem raw, RuleText text) {
        int start = text.ruleStart(raw.line());
        if (start == 0) {
            return null;
        }
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        for (int n = start; n < raw.line(); n++) {
            String line = RuleText.stripComment(text.line(n));
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    open.push(new int[] {n, i + 1});
                } else if (!quoted && c == ')' && !open.isEmpty()) {
                    open.pop();
                }
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        int[] at = open.peekLast();
        return new Problem(raw.file(), at[0], at[1], "syntax error: this `(` is never closed: add `)` before line "
                + raw.line() + " (`" + text.line(raw.line()).strip() + "`)");
    }
}
