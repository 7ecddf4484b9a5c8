package org.clustersim.stats;

/**
 * Descriptive summary of one sample with a 95% confidence interval for its mean.
 *
 * <p>The interval is the classical Student t interval, mean &plusmn; t(0.975, n-1) &middot; sd / &radic;n
 * (e.g. Montgomery &amp; Runger, <i>Applied Statistics and Probability for Engineers</i>, sec. 8.2),
 * with sd the sample standard deviation (denominator n-1). NaN values are left out of the sample;
 * {@code n} counts the values used. Values that cannot be computed are NaN, which the writers print
 * as {@code NA}: mean when n = 0; sd and the interval when n &lt; 2.
 *
 * @param n      number of (non-NaN) values
 * @param mean   arithmetic mean
 * @param sd     sample standard deviation
 * @param ciLow  lower bound of the 95% confidence interval of the mean
 * @param ciHigh upper bound of the 95% confidence interval of the mean
 */
public record Summary(int n, double mean, double sd, double ciLow, double ciHigh) {

    /** Confidence level of the interval. */
    public static final double LEVEL = 0.95;

    /** Summarises {@code sample} (not modified). */
    public static Summary of(double[] sample) {
        double[] x = Samples.withoutNaN(sample);
        int n = x.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Samples.mean(x);
        if (n < 2) {
            return new Summary(n, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = Math.sqrt(Samples.variance(x, mean));
        double halfWidth = Samples.tQuantile(1 - (1 - LEVEL) / 2, n - 1) * sd / Math.sqrt(n);
        return new Summary(n, mean, sd, mean - halfWidth, mean + halfWidth);
    }
}
