package nl.dordrecht.triage;

/** What a question is about (research report S1, Tabel 1 and §3.2). Constant names are the contract's codes. */
public enum Topic {
    PARENTING, LONELINESS, MONEY, LETTERS_AND_FORMS, HEALTH, MENTAL_HEALTH, LANGUAGE, WORK_EDUCATION, HOUSING,
    NEIGHBOURS, INTEGRATION, ELDERLY, CAREGIVING, PRACTICAL_HELP, RELATIONSHIPS, LEGAL, PARTICIPATION
}
