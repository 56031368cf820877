package nl.dordrecht.triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.internal.RuleSetCompiler;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code triage --version}: the release, and the {@code rulesetVersion} of the shipped rules and catalogue, which is
 * what every advice they decide carries. The version is the engine's own content hash of the files, computed without
 * compiling them, so {@code --version} answers at once.
 */
public final class VersionText implements IVersionProvider {
    /** The project version, written into version.properties by the build; also what {@code GET /v1/version} gives. */
    public static String release() {
        try (InputStream in = VersionText.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the triage jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"triage " + release(),
                "rulesetVersion " + RuleSetCompiler.version(RuleSource.dordrecht().read())
                        + " (the shipped Dordrecht rules and catalogue)"};
    }
}
