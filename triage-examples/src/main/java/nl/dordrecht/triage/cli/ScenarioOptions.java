package nl.dordrecht.triage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.internal.ResourceFolder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --scenarios DIR}: scenario files from a folder instead of the shipped Dordrecht ones. */
final class ScenarioOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Folder of scenario .yaml files (default: the shipped ones).")
    Path scenarios;

    /** The scenario files; an unreadable folder is a usage error naming the option. */
    List<SourceFile> files() {
        try {
            if (scenarios == null) {
                return ResourceFolder.readClasspath(ScenarioOptions.class.getClassLoader(),
                        RuleSource.DORDRECHT + "/scenarios", ".yaml", "scenarios/");
            }
            if (!Files.isDirectory(scenarios)) {
                throw new ParameterException(spec.commandLine(), "--scenarios: no such folder: " + scenarios);
            }
            return ResourceFolder.read(scenarios, ".yaml", scenarios.getFileName() + "/");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--scenarios: " + e.getMessage());
        }
    }
}
