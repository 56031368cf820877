package nl.dordrecht.triage;

/** Where the question surfaced. */
public enum Channel implements Labelled {
    HULPLIJN_PHONE, MEETING_PLACE, GP, SCHOOL, WIJKTEAM, ONLINE, OTHER
}
