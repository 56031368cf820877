package nl.dordrecht.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.dordrecht.triage.RuleSetException;
import nl.dordrecht.triage.RuleSetFiles;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-time precompiler: it ships only what a run-time load would accept, and its index ties classes to sources. */
class RulePrecompilerTest {
    @TempDir
    Path classes;

    @Test
    void acceptedRulesGetClassesAndAnIndexThatOnlyTheirOwnSourcesMatch() throws IOException {
        RuleSetFiles files = mini();
        RulePrecompiler.precompile(files, "mini", classes);

        assertThat(Files.readString(classes.resolve("mini/" + PrecompiledRules.INDEX))).contains("models=mini.Rules");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(PrecompiledRules.load(loader, "mini", RuleSetCompiler.version(files))).hasValueSatisfying(kieBase ->
                    assertThat(RuleSetCompiler.ruleNames(kieBase)).contains("A safety signal escalates"));
            RuleSetFiles edited = new RuleSetFiles(files.rules().stream().map(f -> new SourceFile(f.name(),
                    f.content().replace("Ter plekke.", "Hier."))).toList(), files.catalogue());
            assertThat(PrecompiledRules.load(loader, "mini", RuleSetCompiler.version(edited))).as("classes of other sources").isEmpty();
        }
    }

    @Test
    void rulesThatARunTimeLoadWouldRefuseFailTheBuild() {
        RuleSetFiles files = mini();
        RuleSetFiles noEscalation = new RuleSetFiles(files.rules().stream().map(f -> new SourceFile(f.name(),
                f.content().replace("Route.SAFETY_ESCALATION, Handover.EMERGENCY", "Route.HELP_ON_THE_SPOT, Handover.EMERGENCY")
                        .replace("route == Route.SAFETY_ESCALATION", "route == Route.HELP_ON_THE_SPOT"))).toList(),
                files.catalogue());

        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RulePrecompiler.precompile(noEscalation, "mini", classes));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                .startsWith("safety signal DOMESTIC_VIOLENCE with a question about PARENTING does not escalate"));
    }

    @Test
    void aLoopInAShippedRuleFailsTheBuildAtItsLineButNotTheWordInACommentOrAString() {
        RuleSetFiles files = mini();
        List<SourceFile> rules = new java.util.ArrayList<>(files.rules());
        rules.add(new SourceFile("rules/loop.drl", """
                package mini
                import nl.dordrecht.triage.fact.*
                // Waits for nothing: a comment may say while, for and sleep.
                rule "Counts for a 50-year-old"
                when
                    Question( age == 50 )
                then
                    String s = "while for do";
                    for ( int i = 0; i < 3; i++ ) { }
                end
                """));

        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RulePrecompiler.precompile(new RuleSetFiles(rules, files.catalogue()), "mini", classes));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/loop.drl");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.message()).startsWith("'for' in the shipped rules: they run on the caller's thread");
        });
    }

    private static RuleSetFiles mini() {
        try {
            Path root = Path.of(RulePrecompilerTest.class.getResource("/mini").toURI());
            return RuleSource.directory(root.resolve("rules"), root.resolve("catalogue.yaml")).read();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
