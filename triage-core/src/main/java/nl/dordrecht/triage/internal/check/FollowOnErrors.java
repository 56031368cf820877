package nl.dordrecht.triage.internal.check;

import java.util.Comparator;
import java.util.List;
import nl.dordrecht.triage.Problem;

/**
 * One syntax error makes Drools drop its whole package, and with it every type the package declares: one missing
 * bracket then shows as a hundred "Unable to resolve ObjectType 'Adult'" in files that are fine. The syntax errors
 * are the causes; the rest is left out, and said to be.
 */
final class FollowOnErrors {
    private FollowOnErrors() {
    }

    static List<Finding> firstCauses(List<Problem> problems, List<String> notChecked) {
        // By file and line: Drools reports in no stable order.
        List<Problem> sorted = problems.stream().sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column)).toList();
        List<Problem> syntax = sorted.stream().filter(CompilerMessages::isSyntaxError).toList();
        if (syntax.isEmpty() || syntax.size() == problems.size()) {
            return sorted.stream().map(p -> Finding.error("COMPILE", p)).toList();
        }
        notChecked.add("compile: " + (problems.size() - syntax.size()) + " further compiler messages left out: they "
                + "follow from the syntax errors above (the package they are in cannot be read); fix those and run check again");
        return syntax.stream().map(p -> Finding.error("COMPILE", p)).toList();
    }
}
