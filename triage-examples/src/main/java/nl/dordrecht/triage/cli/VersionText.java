package nl.dordrecht.triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.Function;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code triage --version}: the release, and the {@code rulesetVersion} of the shipped rules and catalogue, which is
 * what every advice carries. That version is a hash the engine computes when it builds, so naming it builds the
 * shipped engine once (a few seconds): an embedder comparing it with an advice gets the very same string.
 */
final class VersionText implements IVersionProvider {
    private final Function<RuleSource, TriageEngine> engines;

    VersionText(Function<RuleSource, TriageEngine> engines) {
        this.engines = engines;
    }

    /** The project version, written into version.properties by the build. */
    static String release() {
        try (InputStream in = VersionText.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"triage " + release(),
                "rulesetVersion " + engines.apply(RuleSource.dordrecht()).rulesetVersion()
                        + " (the shipped Dordrecht rules and catalogue)"};
    }
}
