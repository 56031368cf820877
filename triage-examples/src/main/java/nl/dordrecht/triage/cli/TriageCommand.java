package nl.dordrecht.triage.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar triage.jar <command>}: the command line of the triage library. */
@Command(name = "triage", mixinStandardHelpOptions = true, version = "triage 0.1.0",
        description = "Sends a resident's help question to the lowest-threshold offer in the sociale kaart that still fits.",
        subcommands = {AdviseCommand.class, CheckCommand.class, ExportCommand.class, ImportCommand.class, ReportCommand.class})
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

    /** A command reading and writing these streams; tests give their own. */
    TriageCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(err);
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)).execute(args));
    }

    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new TriageCommand(in, out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("triage: " + e.getMessage());
            return FAILED;
        });
        return cli;
    }
}
