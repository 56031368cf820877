package nl.dordrecht.triage;

/**
 * Why an advice is the engine's safe answer instead of the rules' decision. The safe answer escalates when the
 * question carries a safety signal and otherwise hands the question over warmly to the offer for tailored care
 * (the Sociaal Wijkteam), which looks at the whole question with the resident; it never guesses an offer.
 */
public enum Fallback implements Labelled {
    /** The rules did not finish within the engine's deadline ({@link TriageEngineBuilder#deadline}). */
    DEADLINE_EXCEEDED,
    /** The rules allocated more than the engine's memory budget for one call ({@link TriageEngineBuilder#memoryBudget}). */
    MEMORY_BUDGET_EXCEEDED,
    /** A rule threw an exception, or the rules kept re-triggering each other. */
    RULE_FAILED
}
