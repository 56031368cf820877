package nl.dordrecht.triage;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set or catalogue that cannot be used: every problem found, each with file, line and reason. */
public final class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public RuleSetException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n", "unusable rule set:\n", "")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
