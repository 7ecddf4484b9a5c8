package org.clustersim.stats;

/**
 * Streaming mean and variance of a sample, in constant memory (Welford 1962; Knuth, TAOCP
 * vol. 2, 4.2.2): values arrive one at a time and none is kept. NaN values are left out, as in
 * {@link Summary#of(double[])}; the interval is the same Student t interval.
 */
final class Moments {
    private int n;
    private double mean;
    private double m2;

    void add(double x) {
        if (Double.isNaN(x)) {
            return;
        }
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }

    Summary summary() {
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (n < 2) {
            return new Summary(n, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = Math.sqrt(m2 / (n - 1));
        double halfWidth = Samples.tQuantile(1 - (1 - Summary.LEVEL) / 2, n - 1) * sd / Math.sqrt(n);
        return new Summary(n, mean, sd, mean - halfWidth, mean + halfWidth);
    }
}
