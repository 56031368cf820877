package nl.dordrecht.triage;

/** What makes reaching an offer hard for this resident (S0, S1 §7.1). */
public enum Barrier implements Labelled {
    LIMITED_DUTCH, LOW_LITERACY, LOW_DIGITAL_SKILLS, HOMEBOUND
}
