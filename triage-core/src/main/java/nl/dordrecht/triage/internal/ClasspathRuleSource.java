package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;

/** Rules packaged on the classpath: {@code root/rules/*.drl} and {@code root/catalogue.yaml}. */
public final class ClasspathRuleSource implements RuleSource {
    private final String root;

    public ClasspathRuleSource(String root) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** The classpath folder, such as {@code triage/dordrecht}. */
    public String root() {
        return root;
    }

    @Override
    public RuleSetFiles read() throws IOException {
        ClassLoader loader = ResourceFolder.defaultLoader();
        if (loader.getResource(root + "/rules") == null) {
            throw new IOException("no rules at classpath:" + root + "/rules (is triage-rules on the classpath?)");
        }
        try (InputStream in = loader.getResourceAsStream(root + "/catalogue.yaml")) {
            if (in == null) {
                throw new IOException("no catalogue at classpath:" + root + "/catalogue.yaml");
            }
            return new RuleSetFiles(ResourceFolder.readClasspath(loader, root + "/rules", ".drl", "rules/"),
                    new SourceFile("catalogue.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @Override
    public String toString() {
        return "classpath:" + root;
    }
}
