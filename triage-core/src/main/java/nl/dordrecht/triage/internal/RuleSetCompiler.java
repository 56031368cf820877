package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.RuleSetException;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import nl.dordrecht.triage.Topic;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads, validates and compiles a rule set. Either the whole set is usable or a {@link RuleSetException} lists every
 * problem; nothing half-built escapes. Safe to use from several threads: each compilation has its own module.
 */
public final class RuleSetCompiler {
    /** Rules are compiled into the folder of their package in a generated module, so Drools finds them where it looks. */
    static final String RESOURCE_ROOT = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern GAP_CALL = Pattern.compile("Gap\\.(?:named|whenSuggested)\\(\\s*\"([^\"]*)\"");
    /** Drools warns that DRL10 drops these; the order of a decision lives in the facts it matches (route.drl). */
    private static final Pattern PHASE_ATTRIBUTE = Pattern.compile("(?m)^[ \\t]*(agenda-group|ruleflow-group)\\b");
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final String ENGINE_VERSION = artifactVersion("nl.dordrecht.triage", "triage-core");
    static final String DROOLS_VERSION = artifactVersion("org.drools", "drools-core");

    public static final java.time.Duration DEFAULT_PROBE_DEADLINE = Acceptance.DEFAULT_LIMITS.deadline();
    public static final long PROBE_MEMORY_BUDGET = Acceptance.DEFAULT_LIMITS.memoryBudgetBytes();
    private final ClassLoader classLoader;
    private final Acceptance acceptance;

    public RuleSetCompiler(ClassLoader classLoader) {
        this(classLoader, Acceptance.DEFAULT_LIMITS);
    }

    /** With the time and memory each acceptance probe may take (README "Reliability"). */
    public RuleSetCompiler(ClassLoader classLoader, CallGuard.Limits probeLimits) {
        this.classLoader = classLoader;
        this.acceptance = new Acceptance(probeLimits);
    }

    /**
     * The source's rule set. Shipped rules that the build precompiled and accepted ({@link PrecompiledRules}) are
     * loaded as they are; anything else is compiled and accepted now.
     */
    public CompiledRuleSet compile(RuleSource source) {
        RuleSetFiles files = read(source);
        if (source instanceof ClasspathRuleSource classpath) {
            CatalogueReader.Result catalogue = CatalogueReader.read(files.catalogue());
            if (catalogue.problems().isEmpty()) {
                String version = version(files);
                Optional<KieBase> precompiled = PrecompiledRules.load(ResourceFolder.defaultLoader(), classpath.root(), version);
                if (precompiled.isPresent()) {
                    return new CompiledRuleSet(precompiled.get(), catalogue.catalogue(), version,
                            ruleNames(precompiled.get()), true);
                }
            }
        }
        return compile(files);
    }

    /**
     * The source's files.
     *
     * @throws RuleSetException with the one problem that the source cannot be read
     */
    public static RuleSetFiles read(RuleSource source) {
        try {
            return source.read();
        } catch (IOException | RuntimeException e) {
            throw new RuleSetException(List.of(unreadable(source, e)));
        }
    }

    /** The problem a rule source that cannot be read gives, at the source. */
    public static Problem unreadable(RuleSource source, Exception e) {
        return new Problem(source.toString(), 0, 0, "cannot read: " + e.getMessage());
    }

    public CompiledRuleSet compile(RuleSetFiles files) {
        CatalogueReader.Result catalogue = CatalogueReader.read(files.catalogue());
        List<Problem> problems = sourceProblems(files, catalogue);
        String version = version(files);
        KieBase kieBase = build(files.rules(), version, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return accepted(new CompiledRuleSet(kieBase, catalogue.catalogue(), version, ruleNames(kieBase)), files);
    }

    /** What is wrong in the files before any rule is compiled: the catalogue, unknown gap codes, phase attributes. */
    static List<Problem> sourceProblems(RuleSetFiles files, CatalogueReader.Result catalogue) {
        List<Problem> problems = new ArrayList<>(catalogue.problems());
        if (catalogue.catalogue() != null) {
            problems.addAll(unknownGapCodes(files.rules(), catalogue.catalogue()));
        }
        problems.addAll(phaseAttributes(files.rules()));
        return problems;
    }

    /**
     * The rule set once it passed the acceptance probes and then the files' scenarios.
     *
     * @throws RuleSetException with what failed
     */
    CompiledRuleSet accepted(CompiledRuleSet ruleSet, RuleSetFiles files) {
        List<Problem> problems = new ArrayList<>(acceptance.check(ruleSet, files.rules()));
        if (problems.isEmpty()) {
            problems.addAll(acceptance.scenarios(ruleSet, files.scenarios()));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return ruleSet;
    }

    private KieBase build(List<SourceFile> rules, String version, List<Problem> problems) {
        KieServices ks = KieServices.get();
        // A unique release per build: the global KieRepository keys modules by release id, and the module leaves it
        // as soon as it is built, so replaced rule sets do not stay reachable.
        ReleaseId releaseId = ks.newReleaseId("nl.dordrecht.triage.ruleset", "r" + version.substring(7, 19),
                "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (SourceFile rule : rules) {
            // With its encoding said: Drools' parser reads a resource without one in the platform charset (ASCII under
            // LANG=C), and the Dutch lines read aloud would come out garbled.
            kfs.write(RESOURCE_ROOT + packageFolder(rule.content()) + baseName(rule.name()),
                    new org.drools.io.ByteArrayResource(rule.content().getBytes(StandardCharsets.UTF_8), "UTF-8"));
        }
        KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message m : errors) {
            // The parser's follow-up to a syntax error it has already reported, without a line: noise for the author.
            if (errors.size() == 1 || !NULL_PACKAGE.equals(m.getText())) {
                problems.add(DroolsMessages.toProblem(m, rules));
            }
        }
        ks.getRepository().removeKieModule(releaseId);
        if (!problems.isEmpty()) {
            return null;
        }
        // The packages the builder compiled, in a KieBase of their own: a KieContainer would only build them again
        // from the global KieRepository, and log at INFO into the embedder's console that it does.
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        String kieBaseName = module.getKieModuleModel().getKieBaseModels().keySet().iterator().next();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase("triage-" + releaseId.getArtifactId()
                + "-" + releaseId.getVersion(), ks.newKieBaseConfiguration(null, classLoader));
        kieBase.addPackages(module.getKnowledgePackagesForKieBase(kieBaseName));
        return kieBase;
    }

    private static List<Problem> unknownGapCodes(List<SourceFile> rules, Catalogue catalogue) {
        List<Problem> problems = new ArrayList<>();
        for (SourceFile rule : rules) {
            Matcher m = GAP_CALL.matcher(rule.content());
            while (m.find()) {
                if (!catalogue.gaps().containsKey(m.group(1))) {
                    int line = lineOf(rule.content(), m.start());
                    problems.add(new Problem(rule.name(), line, m.start(1) - rule.content().lastIndexOf('\n', m.start()),
                            "unknown gap code \"" + m.group(1) + "\"; the catalogue knows " + catalogue.gaps().keySet()));
                }
            }
        }
        return problems;
    }

    private static List<Problem> phaseAttributes(List<SourceFile> rules) {
        List<Problem> problems = new ArrayList<>();
        for (SourceFile rule : rules) {
            Matcher m = PHASE_ATTRIBUTE.matcher(rule.content());
            while (m.find()) {
                problems.add(new Problem(rule.name(), lineOf(rule.content(), m.start()), 1, m.group(1) + " is "
                        + "deprecated and dropped in DRL10: let the rule match the fact that must hold first (see "
                        + "route.drl and docs/RULE_AUTHORING.md) instead of a phase"));
            }
        }
        return problems;
    }

    /** The gap code the rule of this name names ({@code Gap.named( "X" )}), or {@code null} when it names none. */
    public static String gapNamedBy(List<SourceFile> rules, String name) {
        for (SourceFile file : rules) {
            Matcher m = declaration(name).matcher(file.content());
            if (m.find()) {
                int end = file.content().indexOf("\nend", m.end());
                Matcher gap = GAP_CALL.matcher(file.content().substring(m.end(), end < 0 ? file.content().length() : end));
                return gap.find() ? gap.group(1) : null;
            }
        }
        return null;
    }

    /** Where {@code rule "name"} stands in the rule files. */
    public static Problem locateRule(List<SourceFile> rules, String name, String message) {
        for (SourceFile file : rules) {
            Matcher m = declaration(name).matcher(file.content());
            if (m.find()) {
                return new Problem(file.name(), lineOf(file.content(), m.start()), 1, message);
            }
        }
        return new Problem("rules", 0, 0, message);
    }

    /** {@code rule "name"} at the start of a line. */
    private static Pattern declaration(String name) {
        return Pattern.compile("(?m)^[ \\t]*rule[ \\t]+\"" + Pattern.quote(name) + "\"");
    }

    static List<String> ruleNames(KieBase kieBase) {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        names.sort(null);
        return List.copyOf(names);
    }

    /** {@code a/b/} for a file that declares {@code package a.b}; the root for one that declares none. */
    static String packageFolder(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    static String baseName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * {@code sha256:} and the first 16 hex digits of a digest over the engine's and Drools' versions and every file's
     * name and content, each framed by its length, in name order: the same version always means the same decisions.
     */
    public static String version(RuleSetFiles files) {
        List<SourceFile> all = new ArrayList<>(files.rules());
        all.add(files.catalogue());
        MessageDigest digest = sha256();
        frame(digest, "triage-core " + ENGINE_VERSION + "; drools " + DROOLS_VERSION);
        for (SourceFile f : all) {
            frame(digest, baseName(f.name()));
            frame(digest, f.content());
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** A fresh SHA-256 digest, for the version and the publishing manifest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void frame(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
        digest.update(bytes);
    }

    /** A packaged artifact's version from its Maven metadata; "development" when run from the build's classes. */
    private static String artifactVersion(String group, String artifact) {
        try (java.io.InputStream in = RuleSetCompiler.class.getResourceAsStream(
                "/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in == null) {
                return "development";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
