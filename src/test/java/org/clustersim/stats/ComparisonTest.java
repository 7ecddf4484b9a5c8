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
}
