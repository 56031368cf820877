package nl.dordrecht.triage.internal.check;

import nl.dordrecht.triage.Problem;

/**
 * One thing {@code triage check} found. Errors fail the check; warnings (catalogue lint) do not.
 *
 * @param kind what was checked: COMPILE, SCENARIO, COVERAGE or LINT
 */
public record Finding(String kind, boolean error, Problem where) {
    public static Finding error(String kind, Problem where) {
        return new Finding(kind, true, where);
    }

    public static Finding warning(String kind, Problem where) {
        return new Finding(kind, false, where);
    }

    /** {@code file:line:column: error: message}, for editors and CI logs. */
    @Override
    public String toString() {
        Problem p = where;
        return p.file() + ":" + p.line() + ":" + p.column() + ": " + (error ? "error" : "warning") + ": " + p.message();
    }
}
