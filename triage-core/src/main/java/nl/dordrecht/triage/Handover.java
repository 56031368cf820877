package nl.dordrecht.triage;

/** How the resident reaches the suggested offer. */
public enum Handover implements Labelled {
    /** The resident goes (or calls) themselves. */
    SELF_REFERRAL,
    /** The helper introduces the resident personally to the next helper. */
    WARM_HANDOVER,
    /** The offer comes to the resident's door. */
    OUTREACH_VISIT,
    /** Now, before anything else. */
    EMERGENCY
}
