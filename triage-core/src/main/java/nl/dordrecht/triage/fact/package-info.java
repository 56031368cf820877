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
 * <p>Rules change a fact only inside {@code modify( $fact ) { ... }}, every change to it in that one block. Each
 * changing method names the property it changes ({@code @Modifies}), so only rules that match on that property are
 * looked at again: changing a candidate's threshold never re-fires a rule that matched its offer. A consequence
 * that calls a fact's methods outside {@code modify} after a {@code modify} of the same fact makes Drools re-fire
 * the rule without end; the engine stops such a loop and names the rule.
 */
package nl.dordrecht.triage.fact;
