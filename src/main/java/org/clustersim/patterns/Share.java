package org.clustersim.patterns;

import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.clustersim.format.Num;

/**
 * A condition on a metric at a given month holds in more than a given share of the runs of a
 * variant: what the paper observed in its one history should be what the model typically gives
 * (O1: the mechanical association exists by October 2017; O2: the copper cluster is organised
 * and not governed in 2017). The statistic is the share of runs where the condition holds, with a
 * Wilson 95% interval (Wilson 1927); the test is a one-sided exact binomial test against
 * {@code share}.
 *
 * @param metric  the metric
 * @param variant the variant
 * @param step    the month (-1 for the last)
 * @param cond    how the metric compares with {@code value}
 * @param value   the threshold or code of the condition
 * @param share   the share of runs the condition must exceed
 * @param label   the condition in words, e.g. "the association exists"
 */
public record Share(String metric, String variant, int step, Cond cond, double value, double share,
                    String label) implements Check {
    /** A comparison of a run's value with the condition's value. */
    public enum Cond {
        AT_LEAST(" >= "), BELOW(" < "), OTHER_THAN(" != ");

        private final String symbol;

        Cond(String symbol) { this.symbol = symbol; }

        boolean test(double x, double value) {
            return switch (this) {
                case AT_LEAST -> x >= value;
                case BELOW -> x < value;
                case OTHER_THAN -> x != value;
            };
        }
    }

    /** The condition holds in most runs (more than half). */
    public static Share most(String metric, String variant, int step, Cond cond, double value, String label) {
        return new Share(metric, variant, step, cond, value, 0.5, label);
    }

    @Override
    public String describe() {
        return label + " (" + metric + cond.symbol + Num.format(value)
                + (step < 0 ? " at the end" : " at month " + step) + ") in more than "
                + Math.round(share * 100) + "% of the runs of " + variant;
    }

    @Override
    public CheckResult evaluate(String pattern, PatternData data) {
        double[] v = data.at(variant, metric, step);
        int n = v.length;
        int hits = 0;
        for (double x : v) {
            hits += cond.test(x, value) ? 1 : 0;
        }
        double observed = (double) hits / n;
        double p = new BinomialTest().binomialTest(n, hits, share, AlternativeHypothesis.GREATER_THAN);
        double z = 1.959964;
        double centre = (observed + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(observed * (1 - observed) / n + z * z / (4.0 * n * n));
        return new CheckResult(pattern, describe(), "share of runs", observed, centre - half, centre + half, p,
                Double.NaN, observed > share && p < CheckResult.ALPHA);
    }
}
