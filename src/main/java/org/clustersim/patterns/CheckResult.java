package org.clustersim.patterns;

/**
 * The outcome of one check of a pattern: the statistic, its estimate with a 95% confidence
 * interval, the p-value of the test, the effect size (Vargha-Delaney A12, the probability that a
 * run of the second sample exceeds one of the first) and the verdict at alpha = 0.01.
 */
public record CheckResult(String pattern, String check, String statistic, double estimate, double ciLow,
                          double ciHigh, double p, double a12, boolean pass) {
    /** Significance level of every pattern decision. */
    public static final double ALPHA = 0.01;
}
