package org.clustersim.patterns;

import org.clustersim.format.Num;
import org.clustersim.stats.Comparison;

/**
 * A metric differs between two variants in a given direction: the statistic is
 * {@code mean(b) - mean(a)} at a step (the last by default), tested with Welch's t test; the
 * check passes when the difference has the expected sign, p < alpha and its size reaches the
 * smallest effect of interest (a p-value on a tiny difference is no pattern; Lakens et al. 2018).
 *
 * @param metric     the metric
 * @param a          first variant
 * @param b          second variant
 * @param step       month (-1 for the last)
 * @param bGreater   true when b is expected to be greater than a
 * @param volatility compare each run's standard deviation over time (from {@code step}) instead
 * @param smallest   the smallest difference of interest, in the metric's unit
 */
public record Difference(String metric, String a, String b, int step, boolean bGreater, boolean volatility,
                         double smallest) implements Check {

    public static Difference greater(String metric, String higher, String lower, double smallest) {
        return new Difference(metric, lower, higher, -1, true, false, smallest);
    }

    public static Difference greaterAt(String metric, String higher, String lower, int step, double smallest) {
        return new Difference(metric, lower, higher, step, true, false, smallest);
    }

    public static Difference moreVolatile(String metric, String higher, String lower, int fromStep, double smallest) {
        return new Difference(metric, lower, higher, fromStep, true, true, smallest);
    }

    @Override
    public String describe() {
        String what = volatility ? "relative volatility of " + metric + " from month " + step : metric
                + (step < 0 ? " at the end" : " at month " + step);
        return what + ": " + (bGreater ? b + " > " + a : b + " < " + a) + " by " + Num.format(smallest) + " or more";
    }

    @Override
    public CheckResult evaluate(String pattern, PatternData data) {
        double[] x = volatility ? data.volatility(a, metric, step) : data.at(a, metric, step);
        double[] y = volatility ? data.volatility(b, metric, step) : data.at(b, metric, step);
        Comparison c = Comparison.of(x, y);
        boolean signOk = bGreater ? c.difference() > 0 : c.difference() < 0;
        boolean pass = signOk && c.pWelch() < CheckResult.ALPHA && Math.abs(c.difference()) >= smallest;
        return new CheckResult(pattern, describe(), "mean(" + b + ") - mean(" + a + ")", c.difference(),
                c.ciLow(), c.ciHigh(), c.pWelch(), c.a12(), pass);
    }
}
