package org.clustersim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final double[] A = {1, 2, 3, 4, 5};
    private static final double[] B = {2, 4, 6, 8, 10, 12};

    /**
     * By hand: mean_a = 3, s_a^2 = 10/4 = 2.5; mean_b = 7, s_b^2 = 70/5 = 14.
     * s_a^2/n_a = 0.5, s_b^2/n_b = 2.333333, se = sqrt(2.833333) = 1.683251, t = 4/se = 2.376354.
     * df = 2.833333^2 / (0.5^2/4 + 2.333333^2/5) = 6.972256.
     * Reference values from scipy 1.17.1, stats.ttest_ind(B, A, equal_var=False):
     * t = 2.3763541031440183, p = 0.04928433820673053, df = 6.972255729794934,
     * 95% CI of the difference 0.016531304371169675 .. 7.98346869562883.
     */
    @Test
    void welchMatchesReference() {
        Comparison c = Comparison.of(A, B);
        assertEquals(5, c.nA());
        assertEquals(6, c.nB());
        assertEquals(4.0, c.difference(), 1e-12);
        assertEquals(2.3763541031440183, c.t(), 1e-9);
        assertEquals(6.972255729794934, c.df(), 1e-9);
        assertEquals(0.04928433820673053, c.pWelch(), 1e-7);
        assertEquals(0.016531304371169675, c.ciLow(), 1e-6);
        assertEquals(7.98346869562883, c.ciHigh(), 1e-6);
    }

    @Test
    void welchAgreesWithCommonsMath() {
        TTest tTest = new TTest();
        Comparison c = Comparison.of(A, B);
        // commons-math orients t as first minus second; ours is second minus first.
        assertEquals(-tTest.t(A, B), c.t(), 1e-12);
        assertEquals(tTest.tTest(A, B), c.pWelch(), 1e-9);
    }

    /** Pooled variance (4*2.5 + 5*14)/9 = 80/9, pooled sd 2.981424, d = 4/2.981424 = 1.341641. */
    @Test
    void cohensDByHand() {
        assertEquals(1.341641, Comparison.of(A, B).cohensD(), 1e-6);
    }

    /**
     * Against reference implementations, through the identity d = t_pooled sqrt(1/n_a + 1/n_b) with Student's
     * pooled-variance t: scipy 1.17.1 stats.ttest_ind(b, a, equal_var=True) gives d = 1.2135816892728255 on the 30
     * against 30 values below and 0.5819342817430172 on the integer counts of ComparisonMannWhitneyTest;
     * R 4.2.2 t.test(b, a, var.equal = TRUE): 1.2135816892728271 and 0.58193428174301731.
     */
    @Test
    void cohensDMatchesPooledTReference() {
        double[] a = {0.4713, 0.3271, 0.4388, 0.396, 0.3462, 0.3294, 0.4107, 0.384, 0.3902, 0.3536, 0.4337, 0.2944,
            0.4017, 0.4394, 0.3575, 0.3606, 0.4752, 0.4161, 0.3336, 0.406, 0.398, 0.424, 0.4614, 0.3546, 0.3683, 0.2976,
            0.4035, 0.4487, 0.3475, 0.3328};
        double[] b = {0.3406, 0.3867, 0.4658, 0.4909, 0.4553, 0.449, 0.4273, 0.5043, 0.4132, 0.3936, 0.3993, 0.4154,
            0.4814, 0.5052, 0.4129, 0.4559, 0.5394, 0.4403, 0.483, 0.4483, 0.4227, 0.4377, 0.454, 0.4676, 0.4968,
            0.4739, 0.4835, 0.3913, 0.4231, 0.3728};
        assertEquals(1.2135816892728255, Comparison.of(a, b).cohensD(), 1e-12);
        double[] countsA = {2, 1, 4, 2, 2, 1, 7, 1, 2, 3, 1, 3, 2, 3, 2, 0, 2, 1, 0, 3, 1, 0, 1, 0, 2, 2, 1, 1, 2, 3};
        double[] countsB = {5, 5, 1, 1, 1, 3, 1, 3, 6, 2, 4, 4, 1, 4, 4, 2, 0, 1, 2, 9, 3, 2, 0, 7, 1, 1, 6, 3, 2, 3};
        assertEquals(0.5819342817430172, Comparison.of(countsA, countsB).cohensD(), 1e-12);
    }

    /**
     * A12 counts pairs (a_i, b_j) with b_j > a_i as 1 and ties as 1/2.
     * a={1,2}, b={2,3}: (1,2)=1, (1,3)=1, (2,2)=0.5, (2,3)=1, so A12 = 3.5/4 = 0.875.
     * A and B above: b=2 scores 1.5, b=4 scores 3.5, b=6,8,10,12 score 5 each: 25/30.
     */
    @Test
    void a12ByHand() {
        assertEquals(0.875, Comparison.of(new double[] {1, 2}, new double[] {2, 3}).a12(), 1e-12);
        assertEquals(25.0 / 30, Comparison.of(A, B).a12(), 1e-12);
        assertEquals(0.5, Comparison.of(new double[] {4}, new double[] {4}).a12(), 1e-12);
        assertEquals(0.0, Comparison.of(new double[] {5, 6}, new double[] {1, 2, 3}).a12(), 1e-12);
    }

    /**
     * Tie-free samples of 5 and 6, so the p is exact: scipy 1.17.1
     * stats.mannwhitneyu(b, a, alternative='two-sided') (auto, hence exact) gives U = 25,
     * p = 0.08225108225108226; R 4.2.2 wilcox.test(b, a) gives the same. More cases, with ties, in
     * {@link ComparisonMannWhitneyTest}.
     */
    @Test
    void mannWhitneyMatchesReference() {
        double[] a = {1.1, 2.3, 3.5, 4.2, 5.9};
        double[] b = {2.0, 4.4, 6.1, 8.3, 10.7, 12.5};
        Comparison c = Comparison.of(a, b);
        assertEquals(0.08225108225108226, c.pMannWhitney(), 1e-12);
        assertEquals(Comparison.MannWhitneyMethod.EXACT, c.mannWhitneyMethod());
    }

    @Test
    void degenerateCasesGiveNaN() {
        Comparison constant = Comparison.of(new double[] {1, 1, 1}, new double[] {2, 2});
        assertEquals(1.0, constant.difference());
        assertTrue(Double.isNaN(constant.t()) && Double.isNaN(constant.df()) && Double.isNaN(constant.pWelch()));
        assertTrue(Double.isNaN(constant.ciLow()) && Double.isNaN(constant.cohensD()));
        assertEquals(1.0, constant.a12());
        Comparison tiny = Comparison.of(new double[] {1}, new double[] {2, 3});
        assertTrue(Double.isNaN(tiny.pWelch()) && Double.isNaN(tiny.cohensD()));
        Comparison empty = Comparison.of(new double[0], new double[] {2, 3});
        assertTrue(Double.isNaN(empty.pMannWhitney()) && Double.isNaN(empty.a12()) && Double.isNaN(empty.difference()));
    }

    /**
     * Sorted: 0.01, 0.03, 0.04 with multipliers 3, 2, 1: 0.03, 0.06, max(0.06, 0.04) = 0.06.
     * Back in input order {0.01, 0.04, 0.03} -> {0.03, 0.06, 0.06} (as R's p.adjust(.., "holm")).
     */
    @Test
    void holmAdjustment() {
        assertArrayEquals(new double[] {0.03, 0.06, 0.06}, Comparison.holm(new double[] {0.01, 0.04, 0.03}), 1e-12);
        double[] withNaN = Comparison.holm(new double[] {0.5, Double.NaN, 0.2});
        assertEquals(0.5, withNaN[0], 1e-12);
        assertTrue(Double.isNaN(withNaN[1]));
        assertEquals(0.4, withNaN[2], 1e-12);
        assertArrayEquals(new double[] {1.0, 1.0}, Comparison.holm(new double[] {0.7, 0.9}), 1e-12);
    }

    /**
     * R 4.2.2 p.adjust(c(0.01, 0.04, 0.03, 0.005, NA, 0.5, 0.04, 0.2, 1e-6), "holm"): NA is not counted (m = 8),
     * and the tied 0.04 share the running maximum: 0.06, 0.16, 0.15, 0.035, NA, 0.5, 0.16, 0.4, 8e-6.
     */
    @Test
    void holmMatchesR() {
        double[] adjusted = Comparison.holm(new double[] {0.01, 0.04, 0.03, 0.005, Double.NaN, 0.5, 0.04, 0.2, 1e-6});
        double[] r = {0.06, 0.16, 0.15, 0.035, Double.NaN, 0.5, 0.16, 0.4, 8e-6};
        for (int i = 0; i < r.length; i++) {
            assertEquals(r[i], adjusted[i], 1e-15, "p[" + i + "]");
        }
    }
}
