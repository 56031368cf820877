package nl.dordrecht.triage.internal;

import java.util.List;
import org.kie.api.KieBase;

/**
 * One validated, compiled version of the rules and catalogue. Immutable and thread-safe: a {@link KieBase} may
 * create sessions from many threads at once.
 *
 * @param ruleNames every rule in the rule set, sorted; for rule-coverage checks
 */
public record CompiledRuleSet(KieBase kieBase, Catalogue catalogue, String version, List<String> ruleNames) {
}
