package nl.dordrecht.triage;

/** Groups that are more often vulnerable or have offers of their own (S1 §3.2.1). */
public enum Group implements Labelled {
    LOW_INCOME, MIGRANT_BACKGROUND, STATUSHOUDER, SINGLE_PARENT, YOUTH_IN_DISADVANTAGE, DISABILITY_OR_CHRONIC_ILLNESS,
    INFORMAL_CARER, LGBTI, PSYCHIATRIC_VULNERABILITY, EX_DETAINEE, PREGNANT_OR_YOUNG_PARENT, NEW_IN_TOWN, BEREAVED
}
