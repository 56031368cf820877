package nl.dordrecht.triage.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --scenarios DIR}: scenario files from a folder; see {@link EngineOptions#target} for the default. */
final class ScenarioOptions {
    @Option(names = "--scenarios", paramLabel = "DIR", description = "Folder of scenario .yaml files (default: the "
            + "scenarios/ folder beside the rules; the shipped ones only for the shipped rules).")
    Path scenarios;
}
