package nl.dordrecht.triage;

/**
 * A code of the contract with a Dutch label for people: the one source that the command line, the report, the HTTP
 * service ({@code /v1/labels}) and the volunteers' page all show, so no front end invents its own wording.
 * Implemented by every public enum of codes; {@link #name()} stays the contract's code.
 */
public interface Labelled {
    /** The contract's code, e.g. {@code LETTERS_AND_FORMS}. */
    String name();

    /** The Dutch label, e.g. "Brieven en formulieren". */
    default String label() {
        return Labels.label(this);
    }
}
