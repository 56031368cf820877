package nl.dordrecht.triage.bench;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dordrecht.triage.HelpQuestion;
import nl.dordrecht.triage.fact.Offer;
import nl.dordrecht.triage.internal.Catalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline: the least work any implementation must do per advice, in plain Java, over the same questions.
 *
 * <p>Validate the question (the {@link HelpQuestion} constructor), select the offers serving its topics or safety
 * signals from the engine's own index ({@link Catalogue#candidatesFor}), sort them by base threshold. Same
 * settings and modes as {@link AdviceBenchmark}, so every Drools figure can be read as a ratio to this one.
 */
@Warmup(iterations = 7, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FloorBenchmark {
    private static final Comparator<Offer> BY_BASE_THRESHOLD = Comparator.comparingInt(Offer::getThreshold);

    /** The floor's work for one question: validated question, indexed candidates, sorted by base threshold. */
    static List<Offer> floor(Catalogue catalogue, HelpQuestion question) {
        HelpQuestion valid = ScenarioMix.revalidate(question);
        List<Offer> offers = catalogue.candidatesFor(valid);
        offers.sort(BY_BASE_THRESHOLD);
        return offers;
    }

    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(1)
    public List<Offer> latency(ScenarioMix.Shared mix, ScenarioMix.Walk walk) {
        return floor(mix.catalogue, walk.next());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public List<Offer> throughput1(ScenarioMix.Shared mix, ScenarioMix.Walk walk) {
        return floor(mix.catalogue, walk.next());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public List<Offer> throughput2(ScenarioMix.Shared mix, ScenarioMix.Walk walk) {
        return floor(mix.catalogue, walk.next());
    }
}
