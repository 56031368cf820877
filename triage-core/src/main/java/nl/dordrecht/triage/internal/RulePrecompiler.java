package nl.dordrecht.triage.internal;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.RuleSetException;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.SourceFile;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build time (triage-rules' {@code process-classes}): compiles a rule folder into Drools' executable model, writes its
 * classes and {@link PrecompiledRules}' index into the classes folder, then loads them back from there and runs the
 * same validation, acceptance probes and scenarios a run-time load runs, so a rule set that would be refused at start
 * fails the build instead. An engine on these rules then starts without parsing or compiling anything.
 *
 * <p>Usage: {@code RulePrecompiler <resources folder> <root, e.g. triage/dordrecht> <classes folder>}; the rules are
 * {@code root/rules/*.drl}, the catalogue {@code root/catalogue.yaml} and the scenarios {@code root/scenarios/*.yaml}.
 */
public final class RulePrecompiler {
    private RulePrecompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: RulePrecompiler <resources folder> <root> <classes folder>");
        }
        Path folder = Path.of(args[0], args[1]);
        precompile(new DirectoryRuleSource(folder.resolve("rules"), folder.resolve("catalogue.yaml"),
                folder.resolve("scenarios")).read(), args[1], Path.of(args[2]));
    }

    /**
     * Writes the executable model of {@code files} under {@code classes} and accepts it.
     *
     * @throws RuleSetException with every problem, as a run-time load would report them
     */
    static void precompile(RuleSetFiles files, String root, Path classes) throws IOException {
        // Drools 10.2.0 generates a package's rules on several threads when it has more than 10, and its result
        // collector is not safe for that (a ConcurrentModificationException when two rules report at once).
        System.setProperty("drools.parallelRulesBuildThreshold", "-1");
        CatalogueReader.Result catalogue = CatalogueReader.read(files.catalogue());
        List<Problem> problems = new ArrayList<>(RuleSetCompiler.sourceProblems(files, catalogue));
        problems.addAll(StraightLineRules.check(files.rules()));
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        removeEarlierOutput(files.rules(), classes);
        InternalKieModule module = build(files.rules());
        List<String> models = modelClasses(module);
        writeClasses(module, classes);
        writeIndex(classes.resolve(root).resolve(PrecompiledRules.INDEX), models, files);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                RulePrecompiler.class.getClassLoader())) {
            String version = RuleSetCompiler.version(files);
            KieBase kieBase = PrecompiledRules.load(loader, root, version)
                    .orElseThrow(() -> new IllegalStateException("the index just written does not match the files"));
            RuleSetCompiler compiler = new RuleSetCompiler(loader);
            // Accepted as any rule set from a folder is, on workers: acceptance at build time is what lets the jar run
            // these rules on the caller's thread.
            compiler.accepted(new CompiledRuleSet(kieBase, catalogue.catalogue(), version,
                    RuleSetCompiler.ruleNames(kieBase)), files);
        }
    }

    private static InternalKieModule build(List<SourceFile> rules) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("nl.dordrecht.triage.precompiled", "rules", "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (SourceFile rule : rules) {
            kfs.write(RuleSetCompiler.RESOURCE_ROOT + RuleSetCompiler.packageFolder(rule.content())
                            + RuleSetCompiler.baseName(rule.name()),
                    new org.drools.io.ByteArrayResource(rule.content().getBytes(StandardCharsets.UTF_8), "UTF-8"));
        }
        KieBuilder builder = ks.newKieBuilder(kfs, RulePrecompiler.class.getClassLoader())
                .buildAll(ExecutableModelProject.class);
        ks.getRepository().removeKieModule(releaseId);
        List<Problem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(DroolsMessages.toProblem(m, rules));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return (InternalKieModule) builder.getKieModule();
    }

    /** The module's rule models, as its {@code drools-model} file lists them (one class name a line after a header). */
    private static List<String> modelClasses(InternalKieModule module) {
        for (String name : module.getFileNames()) {
            if (name.endsWith("/drools-model")) {
                return new String(module.getBytes(name), StandardCharsets.UTF_8).lines().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.contains(":")).toList();
            }
        }
        throw new IllegalStateException("the executable model build wrote no drools-model file");
    }

    /**
     * Removes what an earlier build generated for these rules' packages. Before building: Drools generates no class for
     * a declared type that its class loader already finds, and the classes folder is on the build's class path.
     */
    private static void removeEarlierOutput(List<SourceFile> rules, Path classes) throws IOException {
        for (SourceFile rule : rules) {
            Path folder = classes.resolve(RuleSetCompiler.packageFolder(rule.content()));
            if (!folder.equals(classes) && Files.isDirectory(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    for (Path p : (Iterable<Path>) old.filter(p -> p.toString().endsWith(".class"))::iterator) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    private static void writeClasses(InternalKieModule module, Path classes) throws IOException {
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
            }
        }
    }

    private static void writeIndex(Path index, List<String> models, RuleSetFiles files) throws IOException {
        // Written by hand rather than with Properties.store, which dates the file: the same rules give the same jar.
        Files.createDirectories(index.getParent());
        Files.writeString(index, "# The executable model of the rules beside this file, written by RulePrecompiler\n"
                + PrecompiledRules.MODELS + "=" + String.join(",", models) + "\n"
                + PrecompiledRules.SOURCES + "=" + RuleSetCompiler.version(files) + "\n", StandardCharsets.UTF_8);
    }
}
