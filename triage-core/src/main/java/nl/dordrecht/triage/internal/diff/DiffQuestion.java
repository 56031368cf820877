package nl.dordrecht.triage.internal.diff;

/**
 * One question both versions answer, in the JSON contract (so an author can paste it into {@code triage advise}).
 *
 * @param origin where it comes from: a scenario ({@code scenarios/x.yaml:12 'name'}) or {@code generated}
 */
public record DiffQuestion(String origin, String json) {
    public static final String GENERATED = "generated";
}
