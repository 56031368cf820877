package nl.dordrecht.triage.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar triage.jar <command>}: the command line of the triage library. */
@Command(name = "triage", mixinStandardHelpOptions = true, version = "triage 0.1.0",
        description = "Sends a resident's help question to the lowest-threshold offer in the sociale kaart that still fits.",
        subcommands = {AdviseCommand.class})
public final class TriageCommand implements Runnable {
    /** Exit code for an invalid question (the contract's), and picocli's for unusable arguments. */
    static final int INVALID = 2;
    /** Exit code when the rules or catalogue cannot be used, or a check fails. */
    static final int FAILED = 1;

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TriageCommand());
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("triage: " + e.getMessage());
            return FAILED;
        });
        return cli;
    }
}
