package nl.dordrecht.triage.cli;

import java.io.IOException;
import java.nio.file.Path;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.internal.check.CheckTarget;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --rules DIR --catalogue FILE}: rules from a folder instead of the shipped Dordrecht ones. */
final class EngineOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of .drl files (default: the shipped rules).")
    Path rules;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "Catalogue YAML file (default: the shipped one).")
    Path catalogue;

    RuleSource source() {
        if ((rules == null) != (catalogue == null)) {
            throw new ParameterException(spec.commandLine(), "give --rules and --catalogue together, or neither");
        }
        return rules == null ? RuleSource.dordrecht() : RuleSource.directory(rules, catalogue);
    }

    /**
     * The rules, catalogue and scenarios that belong together: a folder laid out like the shipped one, or
     * {@code --rules} with the catalogue and scenarios beside it (or given), or the shipped ones. An author's rules
     * never get the shipped scenarios.
     */
    CheckTarget target(Path dir, ScenarioOptions scenarios) {
        try {
            if (dir != null) {
                if (rules != null || catalogue != null || scenarios.scenarios != null) {
                    throw new ParameterException(spec.commandLine(), "give a folder DIR, or --rules/--catalogue/--scenarios, not both");
                }
                return CheckTarget.folder(dir);
            }
            if (rules != null) {
                return CheckTarget.rules(rules, catalogue, scenarios.scenarios);
            }
            if (catalogue != null) {
                throw new ParameterException(spec.commandLine(), "--catalogue needs --rules");
            }
            return CheckTarget.shipped(EngineOptions.class.getClassLoader(), scenarios.scenarios);
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
