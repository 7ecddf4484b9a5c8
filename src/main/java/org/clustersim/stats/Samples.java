package org.clustersim.stats;

import java.util.Arrays;

import org.apache.commons.math3.distribution.TDistribution;

/** Small numeric helpers shared by {@link Summary} and {@link Comparison}. */
final class Samples {

    private Samples() {
    }

    /** Returns the sample without NaN entries (a metric undefined in some run is left out, like R's na.rm). */
    static double[] withoutNaN(double[] sample) {
        return Arrays.stream(sample).filter(v -> !Double.isNaN(v)).toArray();
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /**
     * Unbiased sample variance (denominator n-1), computed in two passes around the mean,
     * which avoids the cancellation of the one-pass sum-of-squares formula.
     */
    static double variance(double[] x, double mean) {
        double sum = 0;
        for (double v : x) {
            double d = v - mean;
            sum += d * d;
        }
        return sum / (x.length - 1);
    }

    /** Quantile {@code p} of Student's t distribution with {@code df} degrees of freedom. */
    static double tQuantile(double p, double df) {
        // A null generator: we only need the quantile, and this avoids seeding an unused RNG.
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }

    /** Two-sided p-value of a t statistic: 2 P(T_df &lt;= -|t|), which stays accurate for tiny p. */
    static double tTwoSidedP(double t, double df) {
        return 2.0 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }
}
