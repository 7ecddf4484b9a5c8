package org.clustersim.sensitivity;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.RunSink;
import org.clustersim.format.RunKey;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.Variant;

/**
 * A Sobol' analysis of a scenario's uncertain parameters (Saltelli et al. 2010): the
 * {@link SobolDesign} mapped onto each parameter's range, every variant run at every row with
 * common random numbers ({@link PointRunner}), and the {@link SobolIndices} of each metric's
 * final value for each variant and for the difference between two named variants (e.g. impose
 * minus propose, so that the analysis says which parameters decide between policies).
 */
public final class SobolAnalysis {
    /** One row of sobol.csv. */
    public record Row(String output, String metric, Param parameter, SobolIndices.Index index) {
    }

    /**
     * What to compute.
     *
     * @param samples    base samples N: the model runs N (k + 2) times per variant and replication
     * @param metrics    the metrics analysed
     * @param minuend    the difference is this variant...
     * @param subtrahend ...minus this one (both null with a single variant)
     * @param resamples  bootstrap resamples for the intervals
     */
    public record Spec(int samples, List<String> metrics, String minuend, String subtrahend, int resamples) {
        /** The name of the difference output, e.g. {@code impose-minus-propose}. */
        public String difference() {
            return minuend + "-minus-" + subtrahend;
        }
    }

    private SobolAnalysis() {
    }

    /** The design of {@code samples} base samples over the scenario's uncertain parameters. */
    public static SobolDesign design(Scenario s, int samples) {
        return SobolDesign.generate(s.uncertain().size(), samples);
    }

    /** Every run: row by row of the design, variant by variant, replication by replication. */
    public static List<RunKey> plan(Scenario s, SobolDesign design) {
        return PointRunner.plan(s, design.rows());
    }

    /** Where the runs' metrics are gathered. */
    public static Outcomes outcomes(Scenario s, SobolDesign design) {
        return new Outcomes(s.variants().stream().map(Variant::name).toList(), design.rows(), s.replications(),
                Metrics.names().size());
    }

    /** Runs {@code plan} (all or a shard of {@link #plan}) but {@code done}, which the sink replays. */
    public static void run(Scenario s, SobolDesign design, List<RunKey> plan, Set<RunKey> done, RunSink sink,
                           int threads, Progress progress) throws IOException {
        List<Param> factors = new ArrayList<>(s.uncertain().keySet());
        PointRunner.run(s, plan, done, p -> configure(s, factors, design.point(p)), threads, sink, progress);
    }

    /** The indices of every output and metric of {@code spec} from the gathered runs. */
    public static List<Row> indices(Scenario s, Spec spec, SobolDesign design, Outcomes out) {
        List<Param> factors = new ArrayList<>(s.uncertain().keySet());
        List<String> outputs = new ArrayList<>(out.variants());
        if (spec.minuend() != null) {
            outputs.add(spec.difference());
        }
        MersenneTwisterFast random = new MersenneTwisterFast(s.seed());
        List<Row> rows = new ArrayList<>();
        for (String output : outputs) {
            for (String metric : spec.metrics()) {
                double[] y = values(out, output, spec, Metrics.names().indexOf(metric));
                SobolIndices.Index[] idx = SobolIndices.compute(design.split(y), spec.resamples(), random);
                for (int f = 0; f < factors.size(); f++) {
                    rows.add(new Row(output, metric, factors.get(f), idx[f]));
                }
            }
        }
        return rows;
    }

    /** The scenario's variants with the uncertain parameters at a unit point. */
    static List<Variant> configure(Scenario s, List<Param> factors, double[] point) {
        List<Variant> variants = new ArrayList<>();
        for (Variant v : s.variants()) {
            Parameters p = v.config().parameters();
            for (int f = 0; f < factors.size(); f++) {
                Param param = factors.get(f);
                p.set(param, MorrisAnalysis.value(param, s.uncertain().get(param), point[f]));
            }
            variants.add(new Variant(v.name(), v.config().withParameters(p)));
        }
        return variants;
    }

    private static double[] values(Outcomes out, String output, Spec spec, int metric) {
        double[] y = new double[out.points()];
        int a = out.variants().indexOf(spec.minuend());
        int b = out.variants().indexOf(spec.subtrahend());
        int single = out.variants().indexOf(output);
        for (int p = 0; p < y.length; p++) {
            y[p] = single >= 0 ? out.mean(p, single)[metric] : out.mean(p, a)[metric] - out.mean(p, b)[metric];
        }
        return y;
    }
}
