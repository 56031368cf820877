package nl.dordrecht.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.dordrecht.triage.TriageEngine;
import nl.dordrecht.triage.cli.AdviseCommandTest.Run;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;

/** What a person at the terminal sees: whole sentences in --help, the versions, shell completion. */
class TerminalTest {
    private static final String RELEASE = System.getProperty("triage.release");

    private static Map<String, CommandLine> commands() {
        return TriageCommand.commandLine(System.in, System.out, System.err).getSubcommands();
    }

    @Test
    void theCommandListGivesEveryCommandAWholeSentence() {
        Run run = AdviseCommandTest.run("", "--help");
        assertThat(run.exit()).isZero();
        String list = run.out().substring(run.out().indexOf("Commands:")).replaceAll("\\s+", " ");
        assertThat(commands()).isNotEmpty();
        commands().forEach((name, command) -> {
            String summary = HelpLayout.firstSentence(command.getCommandSpec().usageMessage().description());
            assertThat(summary).as(name).matches("[A-Z].*[.]");
            assertThat(list).contains(" " + name + " " + summary);
        });
    }

    @Test
    void everyCommandsHelpSaysItsDescriptionInWholeSentences() {
        commands().forEach((name, command) -> {
            Run run = AdviseCommandTest.run("", name, "--help");
            assertThat(run.exit()).as(name).isZero();
            String[] paragraphs = command.getCommandSpec().usageMessage().description();
            assertThat(paragraphs).as(name).isNotEmpty();
            for (String paragraph : paragraphs) {
                assertThat(paragraph).as(name).matches("(?s).*[.:!?]");
                // Without white space: picocli may wrap a long word such as file:line:column at its colons.
                assertThat(run.out().replaceAll("\\s+", "")).as(name).contains(paragraph.replaceAll("\\s+", ""));
            }
        });
    }

    @Test
    void aSentenceWrappedOverTwoLinesInTheSourceIsOneParagraph() {
        assertThat(HelpLayout.paragraphs(new String[] {"Writes a, b,", "c and d. Then e.", "Exit 0 when written."}))
                .containsExactly("Writes a, b, c and d. Then e.", "Exit 0 when written.");
        assertThat(HelpLayout.firstSentence(new String[] {"Writes a, b, c and d. Then e."})).isEqualTo("Writes a, b, c and d.");
    }

    @Test
    void versionNamesTheReleaseAndTheShippedRulesetVersionForEveryCommand() {
        assertThat(RELEASE).matches("\\d+\\.\\d+\\.\\d+");
        String expected = "triage " + RELEASE + "\nrulesetVersion " + TriageEngine.dordrecht().rulesetVersion()
                + " (the shipped Dordrecht rules and catalogue)\n";
        Run root = AdviseCommandTest.run("", "--version");
        assertThat(root.exit()).isZero();
        assertThat(root.out()).isEqualTo(expected);
        commands().keySet().forEach(name -> assertThat(AdviseCommandTest.run("", name, "-V").out()).as(name)
                .isEqualTo(expected));
    }

    @Test
    void theCompletionScriptTheBuildWritesCompletesEveryCommandAndOption() {
        // The build runs picocli.AutoComplete on the class, as here (target/triage_completion).
        String script = AutoComplete.bash("triage", new CommandLine(TriageCommand.class));
        assertThat(script).contains("complete -F _complete_triage -o default triage");
        commands().forEach((name, command) -> {
            assertThat(script).contains(name);
            command.getCommandSpec().options().forEach(option -> assertThat(script).as(name).contains(option.longestName()));
        });
    }
}
