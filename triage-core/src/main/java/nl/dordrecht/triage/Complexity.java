package nl.dordrecht.triage;

/** The three routes of S1 §4.3, by how much a question asks of the helper. */
public enum Complexity implements Labelled {
    /** Solved on the spot inside the general offer, e.g. reading a letter together. */
    SIMPLE_PRACTICAL,
    /** One question that needs specific knowledge, e.g. a legal or parenting question. */
    SINGLE_SPECIFIC,
    /** Several life domains together, e.g. housing and parenting. */
    MULTI_DOMAIN
}
