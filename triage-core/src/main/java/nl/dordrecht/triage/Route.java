package nl.dordrecht.triage;

/** The way the advice sends the resident. */
public enum Route implements Labelled {
    SAFETY_ESCALATION, HELP_ON_THE_SPOT, REFER_SPECIFIC, REFER_SOCIAL_BROKER, REFER_WIJKTEAM, OUTREACH
}
