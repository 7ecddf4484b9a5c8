package org.clustersim.patterns;

import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * An indicator metric (0 or 1 per run) is 1 in most runs of a variant (P3: a coordinator is the
 * top broker). The statistic is the share of runs where it is 1, with a Wilson 95% interval;
 * the test is a one-sided exact binomial test against one half.
 *
 * @param metric  the indicator metric
 * @param variant the variant
 */
public record Majority(String metric, String variant) implements Check {
    @Override
    public String describe() {
        return metric + " = 1 in most runs of " + variant;
    }

    @Override
    public CheckResult evaluate(String pattern, PatternData data) {
        double[] v = data.at(variant, metric, -1);
        int n = v.length;
        int ones = 0;
        for (double x : v) {
            ones += x > 0.5 ? 1 : 0;
        }
        double share = (double) ones / n;
        double p = new BinomialTest().binomialTest(n, ones, 0.5, AlternativeHypothesis.GREATER_THAN);
        double z = 1.959964;
        double centre = (share + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(share * (1 - share) / n + z * z / (4.0 * n * n));
        return new CheckResult(pattern, describe(), "share of runs", share, centre - half, centre + half, p,
                Double.NaN, share > 0.5 && p < CheckResult.ALPHA);
    }
}
