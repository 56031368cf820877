package nl.dordrecht.triage.bench;

import java.util.concurrent.TimeUnit;
import nl.dordrecht.triage.TriageAdvice;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one advice costs through the public API (validate the question, {@code engine.advise}) over the scenario mix.
 *
 * <p>Steady state takes 6-20 s of load (Drools builds its network memories lazily, then C2 kicks in), hence 7 warm-up
 * iterations of 3 s. The heap is fixed so heap resizing does not show up as latency. Run with
 * {@code java -cp triage-examples/target/triage.jar org.openjdk.jmh.Main AdviceBenchmark}.
 */
@Warmup(iterations = 7, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AdviceBenchmark {

    /** Latency, one caller: mean and the sampled distribution (p50, p99, p99.9). */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public TriageAdvice latency(ScenarioMix.Shared mix, ScenarioMix.Walk walk) {
        return mix.engine.advise(ScenarioMix.revalidate(walk.next()));
    }

    /** Advices per second with one caller. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public TriageAdvice throughput1(ScenarioMix.Shared mix, ScenarioMix.Walk walk) {
        return mix.engine.advise(ScenarioMix.revalidate(walk.next()));
    }

    /** Advices per second with two callers sharing one engine (this machine has two cores). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public TriageAdvice throughput2(ScenarioMix.Shared mix, ScenarioMix.Walk walk) {
        return mix.engine.advise(ScenarioMix.revalidate(walk.next()));
    }
}
