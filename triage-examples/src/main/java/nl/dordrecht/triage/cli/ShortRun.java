package nl.dordrecht.triage.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * For a command that runs once and ends within seconds ({@code check}): the JVM's optimising compiler (C2) is left
 * out, as {@code -XX:TieredStopAtLevel=1} would, which {@code java -jar} cannot pass. In such a run C2's work never
 * pays back: measured, it spent 5 of the 12 CPU-seconds of {@code triage check} on the shipped folder (C1 another 4),
 * on a machine with two cores that the run's own work needs (BENCHMARKS.md, "Issue 14: a lean call path"). Done
 * through the JVM's own diagnostic command for compiler directives, the one {@code jcmd Compiler.directives_add} runs.
 */
final class ShortRun {
    /** Every method: C2 does not compile it, so the JVM keeps it at C1's level. */
    private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRun() {
    }

    /** Leaves C2 out for the rest of this process; without the diagnostic command (another JVM), nothing changes. */
    static void clientCompilerOnly() {
        try {
            Path directives = Files.createTempFile("triage-jit", ".json");
            try {
                Files.writeString(directives, NO_C2, StandardCharsets.UTF_8);
                ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "compilerDirectivesAdd", new Object[] {new String[] {directives.toString()}},
                        new String[] {String[].class.getName()});
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (java.io.IOException | JMException | RuntimeException e) {
            // Only speed is at stake: the command runs the same with C2.
        }
    }
}
