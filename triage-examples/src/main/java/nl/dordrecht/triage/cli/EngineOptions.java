package nl.dordrecht.triage.cli;

import java.nio.file.Path;
import nl.dordrecht.triage.RuleSource;
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
}
