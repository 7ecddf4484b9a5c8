package org.clustersim.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * First-order and total Sobol' indices from the runs of a {@link SobolDesign}, with bootstrap
 * confidence intervals. With V the variance of f over A and B together:
 * <ul>
 * <li>first order S_i = mean(f(B) (f(AB_i) - f(A))) / V (Saltelli et al. 2010, table 2, (b));</li>
 * <li>total S_Ti = mean((f(A) - f(AB_i))^2) / (2 V) (Jansen 1999; Saltelli et al. 2010, (f)).</li>
 * </ul>
 * The 95% intervals are percentile intervals of {@code resamples} bootstrap resamples of the N
 * samples j (Efron and Tibshirani 1993, ch. 13), each resample recomputing V and both indices,
 * drawn from MASON's Mersenne Twister with the caller's seed. An output that does not vary
 * (V = 0) has indices NaN, said as such rather than hidden.
 */
public final class SobolIndices {
    /** The indices of one factor, with their 95% bootstrap intervals. */
    public record Index(double first, double firstLow, double firstHigh, double total, double totalLow,
                        double totalHigh) {
    }

    private SobolIndices() {
    }

    /**
     * @param f         {@code f[0]} f(A), {@code f[1]} f(B), {@code f[2 + i]} f(AB_i), as {@link SobolDesign#split}
     * @param resamples bootstrap resamples (0 for none: the intervals are then NaN)
     */
    public static Index[] compute(double[][] f, int resamples, MersenneTwisterFast random) {
        int k = f.length - 2;
        int n = f[0].length;
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        double[][] point = estimate(f, all);
        double[][][] boot = new double[2][k][resamples];
        int[] pick = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                pick[j] = random.nextInt(n);
            }
            double[][] e = estimate(f, pick);
            for (int i = 0; i < k; i++) {
                boot[0][i][b] = e[0][i];
                boot[1][i][b] = e[1][i];
            }
        }
        Index[] out = new Index[k];
        for (int i = 0; i < k; i++) {
            out[i] = new Index(point[0][i], percentile(boot[0][i], 0.025), percentile(boot[0][i], 0.975),
                    point[1][i], percentile(boot[1][i], 0.025), percentile(boot[1][i], 0.975));
        }
        return out;
    }

    /** {@code [0][i]} first-order and {@code [1][i]} total index over the samples {@code rows}. */
    static double[][] estimate(double[][] f, int[] rows) {
        int k = f.length - 2;
        double[] fa = f[0];
        double[] fb = f[1];
        double mean = 0;
        for (int j : rows) {
            mean += fa[j] + fb[j];
        }
        mean /= 2.0 * rows.length;
        double var = 0;
        for (int j : rows) {
            var += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
        }
        var /= 2.0 * rows.length - 1;
        double[][] out = new double[2][k];
        for (int i = 0; i < k; i++) {
            double[] fab = f[2 + i];
            double first = 0;
            double total = 0;
            for (int j : rows) {
                first += fb[j] * (fab[j] - fa[j]);
                total += (fa[j] - fab[j]) * (fa[j] - fab[j]);
            }
            out[0][i] = var > 0 ? first / rows.length / var : Double.NaN;
            out[1][i] = var > 0 ? total / (2.0 * rows.length) / var : Double.NaN;
        }
        return out;
    }

    /** The {@code q} quantile by linear interpolation between order statistics (Hyndman and Fan type 7). */
    public static double percentile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        double h = (v.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
