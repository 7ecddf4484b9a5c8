package org.clustersim.patterns;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * One variant reaches a cluster stage at the end in more runs than another (P6: patient
 * alliances lead to a governed cluster more often; hasty ones leave it at an intermediate stage).
 * The statistic is the difference of the shares of runs in that stage; the test is Fisher's
 * exact test, one-sided (Fisher 1922), from the hypergeometric distribution; the interval is
 * the Wald interval of a difference of proportions.
 *
 * @param stage  the stage code (0 spontaneous, 1 organised, 2 governed, 3 frozen)
 * @param higher the variant expected to reach it more often
 * @param lower  the other variant
 * @param smallest the smallest difference of shares of interest
 */
public record StageShare(int stage, String higher, String lower, double smallest) implements Check {
    @Override
    public String metric() {
        return "stage";
    }

    @Override
    public String describe() {
        return "share of runs ending at stage " + stage + ": " + higher + " > " + lower + " by "
                + Math.round(smallest * 100) + " points or more";
    }

    @Override
    public CheckResult evaluate(String pattern, PatternData data) {
        double[] h = data.at(higher, "stage", -1);
        double[] l = data.at(lower, "stage", -1);
        int kh = count(h);
        int kl = count(l);
        double ph = (double) kh / h.length;
        double pl = (double) kl / l.length;
        double diff = ph - pl;
        double half = 1.959964 * Math.sqrt(ph * (1 - ph) / h.length + pl * (1 - pl) / l.length);
        // P(X >= kh) where X counts the "higher" runs among all runs in the stage.
        HypergeometricDistribution dist = new HypergeometricDistribution(null, h.length + l.length, kh + kl, h.length);
        double p = dist.upperCumulativeProbability(kh);
        return new CheckResult(pattern, describe(), "share(" + higher + ") - share(" + lower + ")", diff,
                diff - half, diff + half, p, Double.NaN, diff >= smallest && p < CheckResult.ALPHA);
    }

    private int count(double[] stages) {
        int k = 0;
        for (double s : stages) {
            k += (int) s == stage ? 1 : 0;
        }
        return k;
    }
}
