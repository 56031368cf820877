package nl.dordrecht.triage.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import nl.dordrecht.triage.RuleSource;
import nl.dordrecht.triage.TriageEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar triage.jar <command>}: the command line of the triage library. */
@Command(name = "triage", mixinStandardHelpOptions = true,
        description = "Sends a resident's help question to the lowest-threshold offer in the sociale kaart that still fits.",
        subcommands = {AdviseCommand.class, CheckCommand.class, DiffCommand.class, ExportCommand.class, ImportCommand.class,
                ReportCommand.class, ServeCommand.class})
public final class TriageCommand implements Runnable {
    /** Exit code for an invalid question (the contract's), and picocli's for unusable arguments. */
    static final int INVALID = 2;
    /** Exit code when the rules or catalogue cannot be used, or a check fails. */
    static final int FAILED = 1;
    /** Exit code when the engine failed on a question: a fault of ours, not the caller's; other questions were answered. */
    static final int INTERNAL_ERROR = 3;

    final InputStream in;
    final PrintStream out;
    final PrintStream err;
    /** Builds the engine that advises; a test can wrap it to see how the command takes an engine's failure. */
    final Function<RuleSource, TriageEngine> engines;

    /** The command as picocli's shell completion generator sees it (the build's target/triage_completion). */
    private TriageCommand() {
        this(System.in, System.out, System.err, TriageCommand::engineFor);
    }

    /** A command reading and writing these streams; tests give their own. */
    TriageCommand(InputStream in, PrintStream out, PrintStream err, Function<RuleSource, TriageEngine> engines) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.engines = engines;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(err);
    }

    public static void main(String[] args) {
        // Java 17 writes in the locale's charset, ASCII under LANG=C, where Dutch text turns into '?'. The contract
        // is UTF-8 whatever the locale; System.err is replaced too because the logger writes there.
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        System.setOut(out);
        System.setErr(err);
        if (args.length > 0 && args[0].equals("check")) {
            ShortRun.clientCompilerOnly();
        }
        CommandLine cli = commandLine(System.in, out, err);
        int exit = cli.execute(args);
        // System.exit flushes nothing of ours: whatever a command printed without a line end would be lost.
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(exit);
    }

    private static PrintStream utf8(FileDescriptor stream) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(stream)), true, StandardCharsets.UTF_8);
    }

    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
        return commandLine(in, out, err, TriageCommand::engineFor);
    }

    /**
     * The deadline of one advice from the command line. A command answers its first question on a cold JVM, where the
     * engine's 2-second default (sized for a warm server) was twice exceeded on a loaded 2-core machine, so the
     * volunteer got the safe answer for an ordinary question; a runaway rule is still stopped, later.
     */
    static final Duration COMMAND_DEADLINE = Duration.ofSeconds(10);

    private static TriageEngine engineFor(RuleSource source) {
        return TriageEngine.builder().rules(source).deadline(COMMAND_DEADLINE).build();
    }

    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err,
                                   Function<RuleSource, TriageEngine> engines) {
        CommandLine cli = new CommandLine(new TriageCommand(in, out, err, engines));
        // Explicitly UTF-8: a PrintWriter over a stream would otherwise encode in the locale's charset.
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("triage: " + e.getMessage());
            return FAILED;
        });
        // One version text for every command: `triage advise --version` names the same release and rules.
        VersionText version = new VersionText();
        cli.getCommandSpec().versionProvider(version);
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        HelpLayout.apply(cli);
        return cli;
    }
}
