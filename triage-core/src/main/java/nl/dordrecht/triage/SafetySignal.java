package nl.dordrecht.triage;

/** Signs that someone is unsafe. Any one of them escalates, whatever else is known. */
public enum SafetySignal implements Labelled {
    DOMESTIC_VIOLENCE, CHILD_UNSAFE, ELDER_ABUSE, ACUTE_DANGER, SUICIDE_RISK
}
