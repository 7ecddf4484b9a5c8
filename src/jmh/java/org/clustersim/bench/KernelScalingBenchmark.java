package org.clustersim.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the hand-written kernel of {@link InteractionBenchmark}, the interaction rule on primitive
 * arrays in compressed sparse rows, scales with the population: the time of one actor's month in
 * the network of {@code scenarios/scale/large.yaml} after 60 months, at 1%, 3%, 10%, 30% and 100%
 * of its scale (about 1k to 100k actors, 34 to 36 ties each). Each invocation runs 100,000
 * actor-months, cycling over the actors in id order, so the score is per actor-month at every
 * size. The kernel's data layout is the best the rule allows; whatever exponent it shows is the
 * machine's memory hierarchy, the floor for the model's own (target 4 of the performance issue).
 * Run with {@code mvn -Pjmh test-compile exec:exec -Djmh.include=KernelScalingBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KernelScalingBenchmark {
    private static final int ACTOR_MONTHS = 100_000;

    @org.openjdk.jmh.annotations.Param({"18", "53", "176", "527", "1755"})
    public int scale;

    private InteractionKernel kernel;
    private Parameters p;
    private int next;

    @Setup
    public void setUp() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/scale/large.yaml"), List.of("parameters.scale=" + scale));
        ClusterModel model = new ClusterModel(s.seed(), s.variants().get(0).config());
        model.start();
        for (int m = 0; m < 60; m++) {
            model.schedule.step(model);
        }
        p = model.params();
        kernel = InteractionBenchmark.kernelOf(model);
    }

    @Benchmark
    @OperationsPerInvocation(ACTOR_MONTHS)
    public long actorMonth() {
        long cooperations = 0;
        double bias = p.get(Param.COOP_BIAS);
        double wTrust = p.get(Param.COOP_TRUST_WEIGHT);
        double wApp = p.get(Param.COOP_APPROPRIATION_WEIGHT);
        int encounters = p.getInt(Param.ENCOUNTERS_PER_MONTH);
        for (int c = 0; c < ACTOR_MONTHS; c++) {
            cooperations += kernel.actor(next, encounters, bias, wTrust, wApp, p.get(Param.TRUST_GAIN),
                    p.get(Param.TRUST_LOSS), p.get(Param.SCAR), p.get(Param.ABSORPTION));
            next = next + 1 == kernel.n ? 0 : next + 1;
        }
        return cooperations;
    }
}
