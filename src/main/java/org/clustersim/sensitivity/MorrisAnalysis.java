package org.clustersim.sensitivity;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.experiment.InMemorySink;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.RunOptions;
import org.clustersim.experiment.RunSink;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.format.RunKey;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.Variant;

/**
 * A Morris screening of a scenario's uncertain parameters. Each design point runs every variant
 * with the scenario's replications and seeds (the same seeds at every point: common random
 * numbers, so that effects are not drowned in run-to-run noise). The outputs are, for each
 * metric at the final month, the mean of each variant and, with two variants or more, the
 * difference last variant minus first (e.g. impose minus propose), so that the analysis says
 * which parameters drive the difference between policies.
 */
public final class MorrisAnalysis {
    /** One row of morris.csv. */
    public record Row(String output, String metric, Param parameter, ElementaryEffects.Stats stats) {
    }

    private MorrisAnalysis() {
    }

    public static List<Row> run(Scenario s, int trajectories, int levels, int threads, Progress progress)
            throws IOException {
        List<Param> factors = new ArrayList<>(s.uncertain().keySet());
        List<MorrisDesign.Trajectory> design = MorrisDesign.generate(factors.size(), trajectories, levels,
                new MersenneTwisterFast(s.seed()));
        List<String> outputs = outputNames(s);
        int metrics = Metrics.names().size();
        double[][][] y = new double[outputs.size() * metrics][trajectories][factors.size() + 1];
        int done = 0;
        int total = trajectories * (factors.size() + 1);
        int runsPerPoint = s.variants().size() * s.replications();
        for (int t = 0; t < trajectories; t++) {
            for (int p = 0; p <= factors.size(); p++) {
                double[] point = design.get(t).points()[p];
                double[][] means = evaluate(s, factors, point, threads);
                for (int o = 0; o < outputs.size(); o++) {
                    for (int m = 0; m < metrics; m++) {
                        y[o * metrics + m][t][p] = means[o][m];
                    }
                }
                // Progress counts runs, as announced: each point runs every variant's replications.
                progress.advance(++done * runsPerPoint, total * runsPerPoint);
            }
        }
        progress.finish();
        List<Row> rows = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            for (int m = 0; m < metrics; m++) {
                ElementaryEffects.Stats[] st = ElementaryEffects.compute(design, y[o * metrics + m], factors.size());
                for (int f = 0; f < factors.size(); f++) {
                    rows.add(new Row(outputs.get(o), Metrics.names().get(m), factors.get(f), st[f]));
                }
            }
        }
        return rows;
    }

    /** The variants' names, then "difference" when there are two or more. */
    static List<String> outputNames(Scenario s) {
        List<String> names = new ArrayList<>(s.variants().stream().map(Variant::name).toList());
        if (names.size() > 1) {
            names.add("difference");
        }
        return names;
    }

    /** The value of each uncertain parameter at a unit point, whole numbers rounded. */
    static double value(Param p, Scenario.Range r, double unit) {
        double v = r.min() + unit * (r.max() - r.min());
        return p.isInteger() ? Math.rint(v) : v;
    }

    /** Mean final metrics of each variant (and the difference) at one design point. */
    private static double[][] evaluate(Scenario s, List<Param> factors, double[] point, int threads)
            throws IOException {
        List<Variant> variants = SobolAnalysis.configure(s, factors, point);
        Scenario at = s.withVariants(variants);
        int metrics = Metrics.names().size();
        double[][] sums = new double[variants.size() + 1][metrics];
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            index.put(variants.get(i).name(), i);
        }
        RunSink sink = new InMemorySink() {
            @Override
            public void accept(RunKey key, double[][] values, ClusterModel finalModel) {
                double[] last = values[values.length - 1];
                for (int m = 0; m < metrics; m++) {
                    sums[index.get(key.variant())][m] += last[m] / s.replications();
                }
            }
        };
        ExperimentRunner.run(at, ExperimentRunner.plan(at), Set.of(), new RunOptions(threads, true), sink,
                Progress.silent());
        if (variants.size() > 1) {
            for (int m = 0; m < metrics; m++) {
                sums[variants.size()][m] = sums[variants.size() - 1][m] - sums[0][m];
            }
        }
        return sums;
    }
}
