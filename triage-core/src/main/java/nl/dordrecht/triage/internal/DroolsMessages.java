package nl.dordrecht.triage.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.check.CompilerMessages;
import org.kie.api.builder.Message;

/** Turns a Drools build message into a {@link Problem} that names the rule author's own file. */
final class DroolsMessages {
    private DroolsMessages() {
    }

    /** The expression an evaluation error quotes, e.g. {@code [Near : {... age == "old" ....}]}. */
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}]");
    private static final Pattern ERROR = Pattern.compile("\\[Error: ([^\\]]+)]");
    /** The DRL parser puts the column only in its text: "[ERR 101] Line 4:28 no viable alternative …". */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+) ");

    /**
     * Finds the rule line behind an error Drools raised while evaluating a constraint (it names only the expression,
     * not the file): the first rule file containing the expression.
     */
    static Optional<Problem> locate(Throwable error, List<SourceFile> rules) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            Matcher near = NEAR.matcher(message);
            if (!near.find()) {
                continue;
            }
            String expression = near.group(1).strip();
            Matcher cause = ERROR.matcher(message);
            String reason = cause.find() ? cause.group(1).strip() : message.lines().findFirst().orElse("");
            for (SourceFile rule : rules) {
                int at = rule.content().indexOf(expression);
                if (at >= 0) {
                    int line = RuleSetCompiler.lineOf(rule.content(), at);
                    int column = at - rule.content().lastIndexOf('\n', at - 1);
                    return Optional.of(new Problem(rule.name(), line, column, "cannot evaluate `" + expression + "`: "
                            + reason + (reason.startsWith("For input string") ? " (a number compared with text?)" : "")));
                }
            }
        }
        return Optional.empty();
    }

    static Problem toProblem(Message m, List<SourceFile> rules) {
        String file = m.getPath() == null ? "" : m.getPath();
        for (SourceFile rule : rules) {
            if (file.endsWith(RuleSetCompiler.baseName(rule.name()))) {
                file = rule.name();
                break;
            }
        }
        String text = m.getText() == null ? "" : m.getText().strip().replaceAll("\\s+", " ");
        int column = Math.max(0, m.getColumn());
        Matcher position = PARSER_POSITION.matcher(text);
        if (column == 0 && position.find() && Integer.parseInt(position.group(1)) == m.getLine()) {
            column = Integer.parseInt(position.group(2)) + 1; // the parser counts columns from 0
        }
        // In the author's words, at the name that is wrong, with the nearest known name (internal/check).
        return CompilerMessages.translate(new Problem(file, Math.max(0, m.getLine()), column, text), rules);
    }
}
