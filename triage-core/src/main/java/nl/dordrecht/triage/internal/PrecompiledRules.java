package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * Rules compiled at build time into the executable model (classes in the rules jar, see {@link RulePrecompiler}), and
 * the index that says which they are: {@code root/precompiled.properties} with the model classes and the
 * {@code rulesetVersion} of the sources they were compiled from (the engine's and Drools' versions included). Loading them parses and compiles nothing; the build has also run the acceptance
 * probes and scenarios on exactly these classes.
 */
final class PrecompiledRules {
    static final String INDEX = "precompiled.properties";
    static final String MODELS = "models";
    static final String SOURCES = "sources";

    private PrecompiledRules() {
    }

    /**
     * The precompiled KieBase for the files of this {@code rulesetVersion}, when {@code root} has an index made from
     * exactly those files (by this engine and Drools); empty otherwise, and the caller compiles them (an embedder who
     * overlays a rule file on the classpath gets the rules it reads, not stale classes).
     */
    static Optional<KieBase> load(ClassLoader loader, String root, String rulesetVersion) {
        Properties index = index(loader, root);
        if (index == null || !rulesetVersion.equals(index.getProperty(SOURCES))) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : index.getProperty(MODELS, "").split(",")) {
            models.add(instantiate(loader, name.trim()));
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models,
                KieServices.get().newKieBaseConfiguration(null, loader)));
    }

    private static Properties index(ClassLoader loader, String root) {
        try (InputStream in = loader.getResourceAsStream(root + "/" + INDEX)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return p;
        } catch (IOException e) {
            return null;
        }
    }

    private static Model instantiate(ClassLoader loader, String className) {
        try {
            return (Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the precompiled rules index names " + className
                    + ", which is not a rule model on the classpath: rebuild triage-rules", e);
        }
    }
}
