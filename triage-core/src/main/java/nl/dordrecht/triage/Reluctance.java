package nl.dordrecht.triage;

/** Markers of vraagverlegenheid: why a resident hesitates to ask (S1 §3.1). */
public enum Reluctance {
    NORMALISED, SELF_RELIANCE, SHAME, FEAR_OF_CONSEQUENCES, DOES_NOT_KNOW_WHERE, RECIPROCITY, BUREAUCRACY, CULTURAL_NORMS
}
