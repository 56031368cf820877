package nl.dordrecht.triage.fact;

/**
 * The need falls into a known catalogue gap; the catalogue holds its description.
 *
 * @param whenSuggested named only when this offer is among the suggestions (e.g. a capacity gap); {@code null}: always
 */
public record Gap(String code, Offer whenSuggested) {
    public static Gap named(String code) {
        return new Gap(code, null);
    }

    public static Gap whenSuggested(String code, Offer offer) {
        return new Gap(code, offer);
    }
}
