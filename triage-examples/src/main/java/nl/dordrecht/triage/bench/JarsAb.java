package nl.dordrecht.triage.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two builds of the engine in one JVM, each shaded jar in a class loader of its own with its precompiled rules: CPU
 * time and allocation per advice on this thread, the two taking turns in batches of {@value #BATCH} questions. On a
 * shared machine the load changes from minute to minute, so two JMH runs one after the other differ by more than a
 * change does; taking turns every few milliseconds lets both builds see the same load. Questions are JSON lines
 * (e.g. the scenario questions); those a build rejects are left out.
 *
 * <p>{@code java -cp triage-examples/target/triage.jar nl.dordrecht.triage.bench.JarsAb JAR_A JAR_B QUESTIONS.jsonl
 * [warm-up rounds] [measured rounds]}
 */
public final class JarsAb {
    private static final int BATCH = 200;

    /** One build: its engine and its own parsed questions (each jar has its own {@code HelpQuestion} class). */
    private record Build(Object engine, Method advise, List<Object> questions) {
        static Build load(Path jar, List<String> lines) throws IOException, ReflectiveOperationException {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> engineType = Class.forName("nl.dordrecht.triage.TriageEngine", true, loader);
            Object engine = engineType.getMethod("dordrecht").invoke(null);
            Method advise = engineType.getMethod("advise", Class.forName("nl.dordrecht.triage.HelpQuestion", true, loader));
            Method read = Class.forName("nl.dordrecht.triage.json.TriageJson", true, loader)
                    .getMethod("readQuestion", String.class);
            List<Object> questions = new ArrayList<>();
            for (String line : lines) {
                try {
                    Object question = read.invoke(null, line);
                    advise.invoke(engine, question);
                    questions.add(question);
                } catch (InvocationTargetException rejected) {
                    // an invalid question measures error handling, not advice
                }
            }
            return new Build(engine, advise, questions);
        }
    }

    private JarsAb() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        List<String> lines = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
        List<Build> builds = List.of(Build.load(Path.of(args[0]), lines), Build.load(Path.of(args[1]), lines));
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 250;
        ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        long[] bytes = new long[2];
        int next = 0;
        for (int round = 0; round < warm + rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int which = (round + turn) % 2; // each goes first in every other round
                Build build = builds.get(which);
                long cpu0 = thread.getCurrentThreadCpuTime();
                long bytes0 = thread.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < BATCH; i++) {
                    build.advise().invoke(build.engine(), build.questions().get((next + i) % build.questions().size()));
                }
                if (round >= warm) {
                    cpu[which] += thread.getCurrentThreadCpuTime() - cpu0;
                    bytes[which] += thread.getCurrentThreadAllocatedBytes() - bytes0;
                }
            }
            next += BATCH;
        }
        long advices = (long) rounds * BATCH;
        for (int i = 0; i < 2; i++) {
            System.out.printf("%s (%d questions): CPU %.1f us, allocation %.1f KB per advice%n", args[i],
                    builds.get(i).questions().size(), cpu[i] / 1_000.0 / advices, bytes[i] / 1_000.0 / advices);
        }
        System.out.printf("B / A: CPU %.3f, allocation %.3f%n", cpu[1] / (double) cpu[0], bytes[1] / (double) bytes[0]);
    }
}
