package org.clustersim.patterns;

import ec.util.MersenneTwisterFast;
import org.clustersim.stats.Comparison;

/**
 * One metric falls proportionally much more than another between two variants (P2: cutting
 * pipelines lowers innovation much more than cohesion). The statistic is
 * {@code drop(x) - drop(y)}, where {@code drop(m) = (mean_a(m) - mean_b(m)) / mean_a(m)}, with a
 * percentile bootstrap (Efron and Tibshirani 1993) over runs resampled within each variant;
 * p is the bootstrap share of replicates at or below zero. Resampling uses MASON's Mersenne
 * Twister seeded by a constant, so the result is reproducible.
 *
 * @param x the metric expected to drop most
 * @param y the metric expected to drop little
 * @param a the reference variant
 * @param b the variant where the drop is expected
 * @param smallest the smallest difference of relative drops of interest
 */
public record RelativeDrop(String x, String y, String a, String b, double smallest) implements Check {
    static final int REPLICATES = 4000;
    private static final long SEED = 20040101L;

    @Override
    public String metric() {
        return x;
    }

    @Override
    public String describe() {
        return "relative drop of " + x + " exceeds that of " + y + " from " + a + " to " + b + " by "
                + Math.round(smallest * 100) + " points or more";
    }

    @Override
    public CheckResult evaluate(String pattern, PatternData data) {
        double[] xa = data.at(a, x, -1);
        double[] xb = data.at(b, x, -1);
        double[] ya = data.at(a, y, -1);
        double[] yb = data.at(b, y, -1);
        double estimate = drop(xa, xb) - drop(ya, yb);
        MersenneTwisterFast random = new MersenneTwisterFast(SEED);
        double[] reps = new double[REPLICATES];
        int atOrBelowZero = 0;
        for (int r = 0; r < REPLICATES; r++) {
            int[] ia = resample(xa.length, random);
            int[] ib = resample(xb.length, random);
            reps[r] = drop(pick(xa, ia), pick(xb, ib)) - drop(pick(ya, ia), pick(yb, ib));
            atOrBelowZero += reps[r] <= 0 ? 1 : 0;
        }
        java.util.Arrays.sort(reps);
        double p = Math.max(1.0 / REPLICATES, (double) atOrBelowZero / REPLICATES);
        double a12 = Comparison.of(xb, xa).a12();
        return new CheckResult(pattern, describe(), "drop(" + x + ") - drop(" + y + ")", estimate,
                reps[(int) (0.025 * REPLICATES)], reps[(int) (0.975 * REPLICATES) - 1], p, a12,
                estimate >= smallest && p < CheckResult.ALPHA);
    }

    private static double drop(double[] before, double[] after) {
        double mb = mean(before);
        return (mb - mean(after)) / mb;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static int[] resample(int n, MersenneTwisterFast random) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = random.nextInt(n);
        }
        return idx;
    }

    private static double[] pick(double[] v, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = v[idx[i]];
        }
        return out;
    }
}
