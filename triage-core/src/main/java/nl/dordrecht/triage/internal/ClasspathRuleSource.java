package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;

/** Rules packaged on the classpath, in a directory while developing or inside a jar once shipped. */
public final class ClasspathRuleSource implements RuleSource {
    private final String root;

    public ClasspathRuleSource(String root) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    @Override
    public RuleSetFiles read() throws IOException {
        ClassLoader loader = loader();
        URL rules = loader.getResource(root + "/rules");
        if (rules == null) {
            throw new IOException("no rules at classpath:" + root + "/rules (is triage-rules on the classpath?)");
        }
        List<SourceFile> drl;
        try {
            URI uri = rules.toURI();
            if ("jar".equals(uri.getScheme())) {
                drl = readFromJar(uri);
            } else {
                drl = DirectoryRuleSource.readDrlFiles(Path.of(uri), "rules/");
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot read classpath:" + root + "/rules: " + e.getMessage(), e);
        }
        return new RuleSetFiles(drl, new SourceFile("catalogue.yaml", resource(loader, root + "/catalogue.yaml")));
    }

    private static List<SourceFile> readFromJar(URI uri) throws IOException {
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return DirectoryRuleSource.readDrlFiles(FileSystems.getFileSystem(uri).provider().getPath(uri), "rules/");
        }
        try (fs) {
            return DirectoryRuleSource.readDrlFiles(fs.provider().getPath(uri), "rules/");
        }
    }

    private static String resource(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no catalogue at classpath:" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ClasspathRuleSource.class.getClassLoader();
    }

    @Override
    public String toString() {
        return "classpath:" + root;
    }
}
