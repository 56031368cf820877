package nl.dordrecht.triage.internal;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One validated, compiled version of the rules and catalogue. Immutable and thread-safe: a {@link KieBase} and its
 * session pool may be used from many threads at once.
 *
 * @param sessions  reusable sessions: a disposed pooled session is reset and handed out again, which saves building
 *                  its network memory on every call
 * @param ruleNames every rule in the rule set, sorted; for rule-coverage checks
 * @param acceptedAtBuild the shipped rules, precompiled and accepted when the jar was built ({@link PrecompiledRules}):
 *                  their consequences are the library's own code, so a call runs them on the caller's thread under
 *                  the {@link Watchdog}; any other rule set runs on a worker the caller need not wait for
 */
public record CompiledRuleSet(KieBase kieBase, KieSessionsPool sessions, Catalogue catalogue, String version,
                              List<String> ruleNames, boolean acceptedAtBuild) {
    /** Sessions kept ready; more are made when more calls run at once. */
    static final int POOLED_SESSIONS = 4;

    CompiledRuleSet(KieBase kieBase, Catalogue catalogue, String version, List<String> ruleNames) {
        this(kieBase, catalogue, version, ruleNames, false);
    }

    CompiledRuleSet(KieBase kieBase, Catalogue catalogue, String version, List<String> ruleNames, boolean acceptedAtBuild) {
        this(kieBase, kieBase.newKieSessionsPool(POOLED_SESSIONS), catalogue, version, ruleNames, acceptedAtBuild);
    }
}
