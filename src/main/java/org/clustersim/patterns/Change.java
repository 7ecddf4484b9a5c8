package org.clustersim.patterns;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.clustersim.format.Num;
import org.clustersim.stats.Comparison;

/**
 * A metric moves in a given direction within one variant between two months (P7: know-how
 * thins out over the years). The statistic is the mean of the per-run differences
 * {@code value(late) - value(early)}, tested with a paired t test (each run is its own
 * control); A12 compares the late values with the early ones.
 *
 * @param metric    the metric
 * @param variant   the variant
 * @param early     the first month
 * @param late      the second month (-1 for the last)
 * @param increases true when the metric is expected to rise
 * @param smallest  the smallest change of interest, in the metric's unit
 */
public record Change(String metric, String variant, int early, int late, boolean increases, double smallest)
        implements Check {
    @Override
    public String describe() {
        return metric + " in " + variant + (increases ? " rises" : " falls") + " from month " + early
                + " to " + (late < 0 ? "the end" : "month " + late) + " by " + Num.format(smallest) + " or more";
    }

    @Override
    public CheckResult evaluate(String pattern, PatternData data) {
        double[] before = data.at(variant, metric, early);
        double[] after = data.at(variant, metric, late);
        int n = before.length;
        double[] d = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            d[i] = after[i] - before[i];
            mean += d[i] / n;
        }
        double var = 0;
        for (double v : d) {
            var += (v - mean) * (v - mean) / (n - 1);
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(var / n);
        double p = var == 0 ? (mean == 0 ? 1 : 0) : new TTest().pairedTTest(after, before);
        boolean pass = (increases ? mean > 0 : mean < 0) && p < CheckResult.ALPHA && Math.abs(mean) >= smallest;
        return new CheckResult(pattern, describe(), "mean(late - early)", mean, mean - half, mean + half, p,
                Comparison.of(before, after).a12(), pass);
    }
}
