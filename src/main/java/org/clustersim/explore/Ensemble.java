package org.clustersim.explore;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.RunSink;
import org.clustersim.format.RunKey;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.ModelConfig;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.Variant;
import org.clustersim.sensitivity.Outcomes;
import org.clustersim.sensitivity.PointRunner;

/**
 * The states of the world of an exploration (Lempert, Popper and Bankes 2003): a
 * {@link LatinHypercube} of the file's samples over its levers, drawn with the file's seed, and
 * every mix run in every state to the month the file judges, with the same seeds in every state
 * ({@link PointRunner}), streamed by the caller's sink (see {@code RunsFile}).
 *
 * @param values   {@code values[state][lever]}: each lever's value in each state
 * @param outcomes the metrics at that month, per state and mix
 */
public record Ensemble(double[][] values, Outcomes outcomes) {
    /** The states of the world of {@code f}, before any run. */
    public static double[][] states(ExplorationFile f) {
        double[][] unit = LatinHypercube.sample(f.samples(), f.levers().size(), new MersenneTwisterFast(f.seed()));
        double[][] values = new double[unit.length][f.levers().size()];
        for (int i = 0; i < unit.length; i++) {
            for (int l = 0; l < f.levers().size(); l++) {
                values[i][l] = f.levers().get(l).value(unit[i][l]);
            }
        }
        return values;
    }

    /** The scenario the runs use: the file's mixes, stopped at the judged month. */
    public static Scenario scenario(ExplorationFile f) {
        Scenario s = f.experiment();
        return s.withRunSettings(f.month(), s.seed(), s.replications());
    }

    /** Every run of the ensemble: state by state, mix by mix, replication by replication. */
    public static List<RunKey> plan(ExplorationFile f) {
        return PointRunner.plan(scenario(f), f.samples());
    }

    /** Where the ensemble's outcomes are gathered. */
    public static Outcomes outcomes(ExplorationFile f) {
        Scenario s = scenario(f);
        return new Outcomes(s.variants().stream().map(Variant::name).toList(), f.samples(), s.replications(),
                Metrics.names().size());
    }

    /**
     * Runs {@code plan} (all or a shard of {@link #plan}) in the states {@code values} but the runs
     * in {@code done}, which the sink replays, and returns the number of runs that failed.
     */
    public static int run(ExplorationFile f, double[][] values, List<RunKey> plan, Set<RunKey> done, RunSink sink,
                          int threads, Progress progress) throws IOException {
        Scenario s = scenario(f);
        return PointRunner.run(s, plan, done, p -> configure(s, f.levers(), values[p]), threads, sink, progress);
    }

    /** The mixes with every lever at its value in one state. */
    static List<Variant> configure(Scenario s, List<Lever> levers, double[] state) {
        List<Variant> out = new ArrayList<>();
        for (Variant v : s.variants()) {
            ModelConfig c = v.config();
            for (int l = 0; l < levers.size(); l++) {
                c = levers.get(l).apply(c, state[l]);
            }
            out.add(new Variant(v.name(), c));
        }
        return out;
    }

    /** The metric {@code metric} of mix {@code mix} (its index) in every state. */
    public double[] metric(int mix, String metric) {
        int m = Metrics.names().indexOf(metric);
        double[] y = new double[values.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = outcomes.mean(i, mix)[m];
        }
        return y;
    }
}
