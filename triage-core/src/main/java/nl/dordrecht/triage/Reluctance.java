package nl.dordrecht.triage;

/** Markers of vraagverlegenheid: why a resident hesitates to ask (S1 §3.1). */
public enum Reluctance implements Labelled {
    NORMALISED, SELF_RELIANCE, SHAME, FEAR_OF_CONSEQUENCES, DOES_NOT_KNOW_WHERE, RECIPROCITY, BUREAUCRACY, CULTURAL_NORMS;

    /** What a resident with this marker says or shows, in the seeds' own words, so a helper recognises it. */
    public String phrase() {
        return Labels.text(Labels.key(this) + ".phrase");
    }
}
