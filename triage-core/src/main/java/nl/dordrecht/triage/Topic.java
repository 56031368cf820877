package nl.dordrecht.triage;

/**
 * What a question is about (research report S1, Tabel 1 and §3.2). Constant names are the contract's codes.
 * {@link #MONEY} is income and making ends meet (allowances, bijzondere bijstand, minima provisions, the household
 * budget, administration); {@link #DEBTS} is debts and payment arrears.
 */
public enum Topic implements Labelled {
    PARENTING, LONELINESS, MONEY, DEBTS, LETTERS_AND_FORMS, HEALTH, MENTAL_HEALTH, LANGUAGE, WORK_EDUCATION, HOUSING,
    NEIGHBOURS, INTEGRATION, ELDERLY, CAREGIVING, PRACTICAL_HELP, RELATIONSHIPS, LEGAL, PARTICIPATION
}
