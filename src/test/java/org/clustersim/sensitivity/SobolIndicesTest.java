package org.clustersim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * The estimators on the Ishigami function f = sin x1 + a sin^2 x2 + b x3^4 sin x1 over
 * [-pi, pi]^3 (Ishigami and Homma 1990), a = 7, b = 0.1, whose indices are known in closed form
 * (Sobol' and Levitan 1999): S1 = 0.3139, S2 = 0.4424, S3 = 0, ST1 = 0.5576, ST2 = 0.4424,
 * ST3 = 0.2437. A wrong estimator (f(A) for f(B) in the first order, Jansen without the half,
 * the variance of A alone mis-scaled) misses them by more than the tolerance.
 */
class SobolIndicesTest {
    private static final double A = 7;
    private static final double B = 0.1;

    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** The analytic indices: {first of x1, x2, x3, total of x1, x2, x3}. */
    static double[] analytic() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[] {v1 / v, v2 / v, 0, (v1 + v13) / v, v2 / v, v13 / v};
    }

    private static SobolIndices.Index[] indices(int samples, int resamples) {
        SobolDesign d = SobolDesign.generate(3, samples);
        double[] y = new double[d.rows()];
        for (int r = 0; r < d.rows(); r++) {
            y[r] = ishigami(d.point(r));
        }
        return SobolIndices.compute(d.split(y), resamples, new MersenneTwisterFast(42));
    }

    @Test
    void analyticIndicesAreTheKnownFigures() {
        assertArrayEquals(new double[] {0.3139, 0.4424, 0, 0.5576, 0.4424, 0.2437}, analytic(), 5e-4);
    }

    @Test
    void estimatesMatchTheAnalyticIndicesOfIshigami() {
        SobolIndices.Index[] s = indices(8192, 200);
        double[] truth = analytic();
        for (int i = 0; i < 3; i++) {
            assertEquals(truth[i], s[i].first(), 0.02, "first-order index of x" + (i + 1));
            assertEquals(truth[3 + i], s[i].total(), 0.02, "total index of x" + (i + 1));
            assertTrue(s[i].firstLow() <= s[i].first() && s[i].first() <= s[i].firstHigh(), "interval around S" + i);
            assertTrue(s[i].totalLow() <= s[i].total() && s[i].total() <= s[i].totalHigh(), "interval around ST" + i);
            assertTrue(s[i].totalLow() - 0.02 <= truth[3 + i] && truth[3 + i] <= s[i].totalHigh() + 0.02,
                    "the 95% interval of ST" + (i + 1) + " covers the truth");
        }
    }

    @Test
    void intervalsNarrowAsTheSampleGrows() {
        SobolIndices.Index small = indices(256, 200)[0];
        SobolIndices.Index large = indices(4096, 200)[0];
        assertTrue(large.totalHigh() - large.totalLow() < (small.totalHigh() - small.totalLow()) / 2);
    }

    @Test
    void aHandComputedCase() {
        // One factor, two samples: f(A) = {0, 2}, f(B) = {2, 0}, f(AB) = f(B).
        // Mean 1, V = (1 + 1 + 1 + 1) / 3 = 4/3; S = mean(fB (fAB - fA)) / V = ((2*2) + 0) / 2 / (4/3) = 1.5;
        // ST = mean((fA - fAB)^2) / (2V) = (4 + 4) / 2 / (8/3) = 1.5.
        double[][] f = {{0, 2}, {2, 0}, {2, 0}};
        double[][] e = SobolIndices.estimate(f, new int[] {0, 1});
        assertEquals(1.5, e[0][0], 1e-12);
        assertEquals(1.5, e[1][0], 1e-12);
    }

    @Test
    void aConstantOutputHasNoIndices() {
        double[][] f = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
        assertTrue(Double.isNaN(SobolIndices.compute(f, 10, new MersenneTwisterFast(1))[0].first()));
    }

    @Test
    void sameSeedSameIntervals() {
        assertEquals(indices(128, 100)[1], indices(128, 100)[1]);
    }

    @Test
    void designLaysOutBlocksOfKPlusTwo() {
        SobolDesign d = SobolDesign.generate(2, 4);
        assertEquals(16, d.rows());
        double[] a = d.point(4);
        double[] b = d.point(5);
        double[] ab2 = d.point(7);
        assertArrayEquals(new double[] {a[0], b[1]}, ab2);
        for (int r = 0; r < d.rows(); r++) {
            for (double x : d.point(r)) {
                assertTrue(x >= 0 && x < 1);
            }
        }
    }
}
