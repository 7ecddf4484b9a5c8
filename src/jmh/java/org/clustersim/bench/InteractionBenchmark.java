package org.clustersim.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Ties;
import org.clustersim.model.rules.Interactions;
import org.clustersim.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The interaction step of one month of the mechanical cluster (every active actor's own
 * encounters, meetings and introductions, {@link Interactions#act}) against
 * {@link InteractionKernel}, the same rule on primitive arrays, on the same network (the model
 * after 60 months). Run with {@code mvn -Pjmh test-compile exec:exec}; the target is a ratio of
 * at most 3.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InteractionBenchmark {
    private ClusterModel model;
    private InteractionKernel kernel;
    private Parameters p;

    @Setup
    public void setUp() throws Exception {
        model = new ClusterModel(7, ScenarioLoader.load(Path.of("scenarios/mecanique.yaml")).variants().get(0).config());
        model.start();
        for (int m = 0; m < 60; m++) {
            model.schedule.step(model);
        }
        p = model.params();
        kernel = kernelOf(model);
    }

    @Benchmark
    public int model() {
        int acted = 0;
        for (Actor a : model.actors()) {
            if (a.isActive()) {
                Interactions.act(model, a);
                acted++;
            }
        }
        return acted;
    }

    @Benchmark
    public long kernel() {
        return kernel.month(p.getInt(Param.ENCOUNTERS_PER_MONTH), p.get(Param.COOP_BIAS),
                p.get(Param.COOP_TRUST_WEIGHT), p.get(Param.COOP_APPROPRIATION_WEIGHT), p.get(Param.TRUST_GAIN),
                p.get(Param.TRUST_LOSS), p.get(Param.SCAR), p.get(Param.ABSORPTION));
    }

    /** The model's ties as compressed sparse rows. */
    static InteractionKernel kernelOf(ClusterModel m) {
        int n = m.actors().size();
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + m.actor(i).ties().size();
        }
        int[] partner = new int[start[n]];
        int[] back = new int[start[n]];
        double[] trust = new double[start[n]];
        double[] app = new double[n];
        double[] open = new double[n];
        double[] know = new double[n];
        for (int i = 0; i < n; i++) {
            Actor a = m.actor(i);
            Ties t = a.ties();
            app[i] = a.getAppropriation();
            open[i] = a.getOpenness();
            know[i] = a.getKnowHow();
            for (int k = 0; k < t.size(); k++) {
                partner[start[i] + k] = t.partner(k);
                trust[start[i] + k] = t.trust(k);
                back[start[i] + k] = start[t.partner(k)] + t.mirror(k);
            }
        }
        return new InteractionKernel(start, partner, back, trust, app, open, know);
    }
}
