/**
 * The vocabulary of the rules: the facts a {@code .drl} file matches and infers. Rule authors read these classes;
 * embedders never see them (the public API is in {@code nl.dordrecht.triage}).
 *
 * <p>Per call the engine inserts one {@link nl.dordrecht.triage.fact.Question} and the
 * {@link nl.dordrecht.triage.fact.Offer}s it weighs (those serving the question's topics, safety signals or groups,
 * with their {@link nl.dordrecht.triage.fact.Role}). Both are immutable. Rules never change a fact: each
 * infers a small decision record with {@code insertLogical} ({@link nl.dordrecht.triage.fact.RouteOption},
 * {@link nl.dordrecht.triage.fact.OnRoute}, {@link nl.dordrecht.triage.fact.Unfit},
 * {@link nl.dordrecht.triage.fact.Adjustment}, {@link nl.dordrecht.triage.fact.Guidance} …), which Drools withdraws
 * when the rule's conditions stop holding. So no change walks every offer pattern again, no phase order is needed,
 * and the engine composes the advice only from what holds at the end
 * ({@link nl.dordrecht.triage.fact.Candidate} is that composition, made by the engine, not by rules).
 */
package nl.dordrecht.triage.fact;
