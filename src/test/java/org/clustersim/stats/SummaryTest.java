package org.clustersim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SummaryTest {

    /**
     * {1,2,3,4}: mean 10/4 = 2.5; squared deviations 2.25+0.25+0.25+2.25 = 5, variance 5/3,
     * sd = sqrt(5/3) = 1.290994; se = sd/sqrt(4) = 0.645497; t(0.975, 3) = 3.182446 (tables;
     * scipy.stats.t.ppf(0.975, 3) = 3.1824463052837078); half-width 3.182446 * 0.645497 = 2.0542603,
     * so the CI is 0.4457397 .. 4.5542603 (often quoted truncated as 0.445739 .. 4.554261).
     */
    @Test
    void matchesHandComputation() {
        Summary s = Summary.of(new double[] {1, 2, 3, 4});
        assertEquals(4, s.n());
        assertEquals(2.5, s.mean(), 1e-12);
        assertEquals(1.290994, s.sd(), 1e-6);
        assertEquals(0.4457397, s.ciLow(), 1e-7);
        assertEquals(4.5542603, s.ciHigh(), 1e-7);
    }

    /**
     * 30 values (numpy normal(0.40, 0.05), 4 decimals). scipy 1.17.1 stats.ttest_1samp(x, 0)
     * .confidence_interval(0.95) = 0.36809152897076475 .. 0.4053684710292353, sd (ddof=1) 0.04991474213855683;
     * R 4.2.2 t.test(x)$conf.int = 0.36809152897076475 .. 0.40536847102923523. The streaming summary of
     * summary.csv ({@link Moments}) gives the same.
     */
    @Test
    void matchesScipyAndR() {
        double[] x = {0.4713, 0.3271, 0.4388, 0.396, 0.3462, 0.3294, 0.4107, 0.384, 0.3902, 0.3536, 0.4337, 0.2944,
            0.4017, 0.4394, 0.3575, 0.3606, 0.4752, 0.4161, 0.3336, 0.406, 0.398, 0.424, 0.4614, 0.3546, 0.3683, 0.2976,
            0.4035, 0.4487, 0.3475, 0.3328};
        Moments moments = new Moments();
        Arrays.stream(x).forEach(moments::add);
        for (Summary s : new Summary[] {Summary.of(x), moments.summary()}) {
            assertEquals(30, s.n());
            assertEquals(0.38673, s.mean(), 1e-12);
            assertEquals(0.04991474213855683, s.sd(), 1e-12);
            assertEquals(0.36809152897076475, s.ciLow(), 1e-10);
            assertEquals(0.4053684710292353, s.ciHigh(), 1e-10);
        }
    }

    @Test
    void smallSamplesGiveNaNNotExceptions() {
        Summary one = Summary.of(new double[] {7});
        assertEquals(1, one.n());
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
        Summary none = Summary.of(new double[0]);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
    }

    @Test
    void leavesOutNaNAndHandlesZeroVariance() {
        Summary s = Summary.of(new double[] {3, Double.NaN, 3});
        assertEquals(2, s.n());
        assertEquals(0, s.sd());
        assertEquals(3, s.ciLow());
        assertEquals(3, s.ciHigh());
    }

    /**
     * The t interval must cover the true mean about 95% of the time. With 2000 samples the
     * standard error of the observed rate is sqrt(0.95*0.05/2000) = 0.49 percentage points,
     * so 93.5%..96.5% is a +-3 SE acceptance band.
     */
    @Test
    void confidenceIntervalCoverage() {
        SplittableRandom random = new SplittableRandom(20240601L);
        double trueMean = 5.0;
        int covered = 0;
        int trials = 2000;
        for (int trial = 0; trial < trials; trial++) {
            double[] x = new double[10];
            for (int i = 0; i < x.length; i++) {
                x[i] = trueMean + 2.0 * random.nextGaussian();
            }
            Summary s = Summary.of(x);
            if (s.ciLow() <= trueMean && trueMean <= s.ciHigh()) {
                covered++;
            }
        }
        double rate = covered / (double) trials;
        assertTrue(rate >= 0.935 && rate <= 0.965, "coverage " + rate);
    }
}
