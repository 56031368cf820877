/**
 * The vocabulary of the rules: the facts a {@code .drl} file matches and changes. Rule authors read these classes;
 * embedders never see them (the public API is in {@code nl.dordrecht.triage}).
 *
 * <p>Per call the engine inserts one {@link nl.dordrecht.triage.fact.Question}, one
 * {@link nl.dordrecht.triage.fact.AdviceDraft} and one {@link nl.dordrecht.triage.fact.Candidate} for every offer
 * that serves one of the question's topics or safety signals. Rules decide the route, which candidates fit, their
 * personal threshold and the explanation; the engine then ranks fitting candidates by route match, threshold,
 * preference and offer id.
 *
 * <p>Properties a later rule may match on ({@code route}, {@code handover}, {@code complexity}, {@code fit},
 * {@code routeMatch}) must be changed inside {@code modify}; the others ({@code threshold}, reasons, explanation,
 * signals, gaps) are outcomes that no rule matches on, so rules change them directly.
 */
package nl.dordrecht.triage.fact;
