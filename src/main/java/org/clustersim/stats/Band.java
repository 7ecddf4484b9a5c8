package org.clustersim.stats;

import java.util.Objects;

/**
 * The across-replication mean of one metric for one variant over time, with its 95% confidence
 * band: the input of {@link Charts}. Index i of every array describes month {@code steps[i]}.
 * A NaN bound (fewer than two replications) means "no band" and is drawn as a zero-width band.
 * Arrays are not copied; callers must not modify them afterwards.
 */
public record Band(String variant, String metric, int[] steps, double[] mean, double[] ciLow, double[] ciHigh) {

    public Band {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(metric, "metric");
        int n = steps.length;
        if (mean.length != n || ciLow.length != n || ciHigh.length != n) {
            throw new IllegalArgumentException("band arrays of " + variant + "/" + metric + " differ in length");
        }
    }

    /** Number of plotted points. */
    public int size() {
        return steps.length;
    }
}
