package nl.dordrecht.triage;

/**
 * One thing wrong with a rule file or the catalogue, located so an editor can jump to it.
 *
 * @param file    the file's name as the rule source gave it
 * @param line    1-based line, or 0 when the compiler gave none
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong
 */
public record Problem(String file, int line, int column, String message) {
    /** {@code file:line:column: message}, the form editors and CI tools understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
