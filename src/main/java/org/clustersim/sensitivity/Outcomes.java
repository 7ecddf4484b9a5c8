package org.clustersim.sensitivity;

import java.util.List;
import org.clustersim.experiment.InMemorySink;
import org.clustersim.format.RunKey;
import org.clustersim.model.ClusterModel;

/**
 * The metrics at the last month of the runs of a {@link PointRunner} plan, averaged over
 * replications: {@code mean(point, variant)} in the order of {@code Metrics.names()}.
 */
public final class Outcomes extends InMemorySink {
    private final List<String> variants;
    private final int replications;
    private final double[][][] means;

    public Outcomes(List<String> variants, int points, int replications, int metrics) {
        this.variants = List.copyOf(variants);
        this.replications = replications;
        this.means = new double[points][variants.size()][metrics];
    }

    @Override
    public void accept(RunKey key, double[][] values, ClusterModel finalModel) {
        double[] last = values[values.length - 1];
        double[] into = means[PointRunner.point(key.variant())][variants.indexOf(PointRunner.variant(key.variant()))];
        for (int m = 0; m < into.length; m++) {
            into[m] += last[m] / replications;
        }
    }

    /** The mean metrics of variant {@code variant} (its index) at point {@code point}. */
    public double[] mean(int point, int variant) {
        return means[point][variant];
    }

    public int points() { return means.length; }

    public List<String> variants() { return variants; }
}
