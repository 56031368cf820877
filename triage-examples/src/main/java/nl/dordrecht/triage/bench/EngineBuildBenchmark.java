package nl.dordrecht.triage.bench;

import java.util.concurrent.TimeUnit;
import nl.dordrecht.triage.TriageEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@code TriageEngine.dordrecht()} takes once the JVM is warm (read the files, validate the catalogue, load the
 * rules the build precompiled and accepted). A live reload compiles and accepts a folder instead, which costs more.
 * The cold first build is in {@link HeapRetained}'s output.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EngineBuildBenchmark {

    @Benchmark
    public TriageEngine build() {
        return TriageEngine.dordrecht();
    }
}
