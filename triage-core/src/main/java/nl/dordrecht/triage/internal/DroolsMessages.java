package nl.dordrecht.triage.internal;

import java.util.List;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;
import org.kie.api.builder.Message;

/** Turns a Drools build message into a {@link Problem} that names the rule author's own file. */
final class DroolsMessages {
    private DroolsMessages() {
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
        return new Problem(file, Math.max(0, m.getLine()), Math.max(0, m.getColumn()), text);
    }
}
