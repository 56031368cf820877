package nl.dordrecht.triage;

import java.io.IOException;
import java.nio.file.Path;
import nl.dordrecht.triage.internal.ClasspathRuleSource;
import nl.dordrecht.triage.internal.DirectoryRuleSource;

/**
 * Where an engine reads its rules and catalogue. Read once per build (and per reload); implementations must be
 * safe to call from any thread.
 */
public interface RuleSource {
    /** The classpath root of the shipped Dordrecht rules ({@code triage-rules}). */
    String DORDRECHT = "triage/dordrecht";

    /** Reads the current files. */
    RuleSetFiles read() throws IOException;

    /** The shipped Dordrecht rules and catalogue; needs {@code triage-rules} on the classpath. */
    static RuleSource dordrecht() {
        return classpath(DORDRECHT);
    }

    /** {@code root/rules/*.drl} and {@code root/catalogue.yaml} on the context or this library's classpath. */
    static RuleSource classpath(String root) {
        return new ClasspathRuleSource(root);
    }

    /** Every {@code *.drl} directly in {@code rulesDirectory}, and the catalogue file. */
    static RuleSource directory(Path rulesDirectory, Path catalogueFile) {
        return new DirectoryRuleSource(rulesDirectory, catalogueFile, null);
    }

    /** The same, and every {@code *.yaml} scenario in {@code scenariosDirectory} must pass before a version serves. */
    static RuleSource directory(Path rulesDirectory, Path catalogueFile, Path scenariosDirectory) {
        return new DirectoryRuleSource(rulesDirectory, catalogueFile, java.util.Objects.requireNonNull(scenariosDirectory));
    }
}
