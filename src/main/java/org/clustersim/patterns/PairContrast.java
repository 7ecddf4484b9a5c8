package org.clustersim.patterns;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.clustersim.model.ActorKind;
import org.clustersim.format.Num;
import org.clustersim.stats.Comparison;

/**
 * Pairs of actor kinds the paper calls strong end with more trust than pairs it calls weak (P8).
 * For each run, the statistic is the mean final trust over the strong pairs minus the mean over
 * the weak pairs (pairs without ties are left out); a one-sample t test checks it is above
 * zero; A12 compares the runs' weak means with their strong means.
 *
 * @param variant the variant
 * @param strong  directed pairs (from kind, to kind) described as strong
 * @param weak    directed pairs described as weak
 * @param smallest the smallest contrast of interest, in trust
 */
public record PairContrast(String variant, List<ActorKind[]> strong, List<ActorKind[]> weak, double smallest)
        implements Check {
    @Override
    public String metric() {
        return "mean_trust";
    }

    @Override
    public String describe() {
        return "trust of the paper's strong pairs exceeds that of its weak pairs in " + variant + " by "
                + Num.format(smallest) + " or more";
    }

    @Override
    public CheckResult evaluate(String pattern, PatternData data) {
        List<double[][]> runs = data.trust(variant);
        int n = runs.size();
        double[] s = new double[n];
        double[] w = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = mean(runs.get(i), strong);
            w[i] = mean(runs.get(i), weak);
            d[i] = s[i] - w[i];
        }
        double mean = 0;
        for (double v : d) {
            mean += v / n;
        }
        double var = 0;
        for (double v : d) {
            var += (v - mean) * (v - mean) / (n - 1);
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(var / n);
        // One-sided (strong above weak): half the two-sided p when the mean is above 0, else 1 minus that.
        double twoSided = new TTest().tTest(0, d);
        double p = mean > 0 ? twoSided / 2 : 1 - twoSided / 2;
        return new CheckResult(pattern, describe(), "mean(strong) - mean(weak)", mean, mean - half, mean + half,
                p, Comparison.of(w, s).a12(), mean >= smallest && p < CheckResult.ALPHA);
    }

    private static double mean(double[][] matrix, List<ActorKind[]> pairs) {
        double sum = 0;
        int k = 0;
        for (ActorKind[] pair : pairs) {
            double v = matrix[pair[0].ordinal()][pair[1].ordinal()];
            if (!Double.isNaN(v)) {
                sum += v;
                k++;
            }
        }
        return k == 0 ? Double.NaN : sum / k;
    }
}
