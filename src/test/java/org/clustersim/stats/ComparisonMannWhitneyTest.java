package org.clustersim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.clustersim.stats.Comparison.MannWhitneyMethod;
import org.junit.jupiter.api.Test;

/**
 * Known answers for the Mann-Whitney p of {@link Comparison}, two-sided, against two reference
 * implementations:
 * <ul>
 *   <li>SciPy 1.17.1, {@code scipy.stats.mannwhitneyu(b, a, alternative='two-sided')} with
 *       {@code use_continuity=True} and the method named at each test: {@code 'auto'} (the default)
 *       where it chooses as we do, {@code 'exact'} for tie-free samples of 9 to 49 values, where
 *       SciPy's auto would take the normal approximation and we take the exact p;</li>
 *   <li>R 4.2.2, {@code wilcox.test(b, a, correct = TRUE)}, whose default chooses exactly as we do
 *       (exact below 50 values per sample without ties, else normal with tie and continuity
 *       corrections).</li>
 * </ul>
 * Both references agree to at least 14 significant digits; the tolerance is 1e-12 relative.
 * The samples of 30 were drawn once with numpy's {@code default_rng(20261204)} and are written out.
 */
class ComparisonMannWhitneyTest {

    /** Integer counts, as members or alliances_broken: Poisson(2) against Poisson(3), 10 distinct values. */
    private static final double[] COUNTS_A = {2, 1, 4, 2, 2, 1, 7, 1, 2, 3, 1, 3, 2, 3, 2, 0, 2, 1, 0, 3, 1, 0, 1, 0, 2,
        2, 1, 1, 2, 3};
    private static final double[] COUNTS_B = {5, 5, 1, 1, 1, 3, 1, 3, 6, 2, 4, 4, 1, 4, 4, 2, 0, 1, 2, 9, 3, 2, 0, 7, 1,
        1, 6, 3, 2, 3};
    /** Numerators k of shares k/44, as largest_component_share over 44 firms: 7 distinct values. */
    private static final int[] SHARES_A = {
        38, 39, 43, 43, 41, 43, 42, 41, 40, 41, 42, 42, 41, 41, 41, 42, 43, 40, 39, 42, 40, 41, 43, 43, 41, 41, 41,
        40, 40, 42};
    private static final int[] SHARES_B = {
        42, 43, 43, 42, 44, 44, 41, 43, 42, 41, 44, 43, 42, 42, 43, 43, 41, 44, 44, 42, 40, 42, 42, 44, 41, 41, 44,
        43, 41, 42};
    /** Stage codes 0-3. */
    private static final double[] STAGE_A = {
        1, 0, 0, 1, 2, 1, 2, 1, 1, 2, 2, 0, 1, 2, 1, 1, 3, 2, 0, 1, 0, 1, 1, 3, 1, 1, 0, 1, 1, 2};
    private static final double[] STAGE_B = {
        3, 3, 1, 2, 2, 1, 1, 3, 1, 2, 2, 1, 1, 3, 2, 3, 3, 3, 2, 2, 2, 2, 1, 2, 2, 1, 2, 2, 3, 2};

    private static void assertP(double expected, Comparison c, MannWhitneyMethod method) {
        assertEquals(expected, c.pMannWhitney(), 1e-12 * expected);
        assertEquals(method, c.mannWhitneyMethod());
    }

    /**
     * SciPy auto = asymptotic here (ties): p = 0.051960337408155435, U_b = 579; R: 0.051960337408155463.
     * Commons Math 3.6.1, without tie and continuity corrections, gave 0.0565.
     */
    @Test
    void integerCountsWithHeavyTies() {
        Comparison c = Comparison.of(COUNTS_A, COUNTS_B);
        assertP(0.051960337408155435, c, MannWhitneyMethod.NORMAL);
        assertEquals(579.0 / 900, c.a12(), 1e-15);
    }

    /**
     * SciPy auto (asymptotic, ties): p = 0.0008163929822601047, U_b = 671.5; R: 0.00081639298226010451.
     * Commons Math 3.6.1 gave 0.00106.
     */
    @Test
    void sharesOf44WithHeavyTies() {
        double[] a = Arrays.stream(SHARES_A).mapToDouble(k -> k / 44.0).toArray();
        double[] b = Arrays.stream(SHARES_B).mapToDouble(k -> k / 44.0).toArray();
        Comparison c = Comparison.of(a, b);
        assertP(0.0008163929822601047, c, MannWhitneyMethod.NORMAL);
        assertEquals(671.5 / 900, c.a12(), 1e-15);
    }

    /**
     * Four values only. By hand: the pooled 60 codes fall in tie groups of 6, 23, 21 and 10 (codes 0 to 3),
     * sum(t^3 - t) = 210 + 12144 + 9240 + 990 = 22584; sigma^2 = 30 * 30 / 12 * (61 - 22584 / (60 * 59))
     * = 4096.5254 (4575 without the correction); U_b = 683, mean 450, z = (683 - 450 - 0.5) / 64.00410 = 3.632580,
     * p = 2 (1 - Phi(z)) = 0.000280602. SciPy auto (asymptotic): 0.00028060206388162164; R: 0.00028060206388162169.
     * Without tie and continuity corrections (Commons Math 3.6.1) it was 0.000572, twice as large.
     */
    @Test
    void stageCodesWithHeavyTies() {
        Comparison c = Comparison.of(STAGE_A, STAGE_B);
        assertP(0.00028060206388162164, c, MannWhitneyMethod.NORMAL);
        assertEquals(683.0 / 900, c.a12(), 1e-15);
    }

    /**
     * 30 against 30 distinct values (numpy normal(0.40, 0.05) and normal(0.43, 0.05), 4 decimals): exact.
     * SciPy method='exact': 3.774881963419926e-05; R (exact by default): 3.7748819634199343e-05.
     * SciPy's default auto would give the normal approximation, 7.19878817481734e-05, since both n &gt; 8.
     */
    @Test
    void withoutTiesBelowFiftyIsExact() {
        double[] a = {0.4713, 0.3271, 0.4388, 0.396, 0.3462, 0.3294, 0.4107, 0.384, 0.3902, 0.3536, 0.4337, 0.2944,
            0.4017, 0.4394, 0.3575, 0.3606, 0.4752, 0.4161, 0.3336, 0.406, 0.398, 0.424, 0.4614, 0.3546, 0.3683, 0.2976,
            0.4035, 0.4487, 0.3475, 0.3328};
        double[] b = {0.3406, 0.3867, 0.4658, 0.4909, 0.4553, 0.449, 0.4273, 0.5043, 0.4132, 0.3936, 0.3993, 0.4154,
            0.4814, 0.5052, 0.4129, 0.4559, 0.5394, 0.4403, 0.483, 0.4483, 0.4227, 0.4377, 0.454, 0.4676, 0.4968,
            0.4739, 0.4835, 0.3913, 0.4231, 0.3728};
        Comparison c = Comparison.of(a, b);
        assertP(3.774881963419926e-05, c, MannWhitneyMethod.EXACT);
        assertEquals(719.0 / 900, c.a12(), 1e-15);
    }

    /**
     * 60 against 55 distinct values: the normal approximation with continuity correction.
     * SciPy auto (asymptotic): 0.05955979509172843, U_b = 1987; R: 0.059559795091728443.
     */
    @Test
    void withoutTiesFromFiftyIsNormal() {
        double[] a = {-1.7761, -0.1232, -0.5222, -0.1607, 0.2503, 0.3089, 0.8437, 0.0777, 2.1463, -0.7372, 0.7344,
            0.7497, 0.621, 0.3407, 2.3728, 3.3774, 1.6853, 0.1788, -0.2368, 1.6935, 0.9579, 0.1819, -1.2551, 0.9192,
            -0.1147, -0.1548, -0.7483, 0.8799, 1.1369, -0.4964, 0.3814, 0.327, -0.3787, 0.5379, 0.4782, -1.1896,
            -1.1276, -0.162, 0.5805, 0.1314, 0.5984, -0.7344, -0.0989, -0.9412, -0.4943, -0.4366, 0.5784, 1.6343,
            -0.7189, -0.8193, 0.3613, -1.1499, 1.2341, 1.5673, 1.5834, 0.6066, 0.4638, -1.4871, -0.6973, 0.3081};
        double[] b = {1.4287, 0.853, -0.1306, 0.3457, 1.3707, 1.1274, 3.1629, 1.3083, -0.6643, -0.0096, -0.8883,
            2.5719, -0.6095, 0.8661, 1.3392, 0.7007, 1.4918, 1.2507, 1.9751, -0.833, -0.8909, 1.9749, -1.2324, -0.4758,
            -0.289, 0.7326, 1.991, -0.3264, 0.8246, 0.7031, -0.0572, 2.2645, -1.0484, -1.0264, 0.6247, -1.0489, -0.5687,
            0.9328, -0.2241, 1.1266, 0.4718, -0.0023, 1.0831, -0.114, -0.0139, -0.1289, 2.3403, 0.7221, 2.173, 0.3549,
            1.8897, 0.6959, 0.1362, 0.6115, 1.8058};
        Comparison c = Comparison.of(a, b);
        assertP(0.05955979509172843, c, MannWhitneyMethod.NORMAL);
        assertEquals(1987.0 / (60 * 55), c.a12(), 1e-15);
    }

    /**
     * n = 5 against 5 without ties: exact. By hand: the pooled order 0.7 1.3 2.2 2.5 2.9 3.8 4.1 4.9 5.6 6.4
     * gives b the ranks 4, 6, 8, 9, 10, sum 37, so U_b = 37 - 15 = 22 and U_a = 3. Of the C(10, 5) = 252 equally
     * likely rank sets, those with U &le; 3 number 1 + 1 + 2 + 3 = 7 (U = 0, 1, 2, 3: partitions of U into at
     * most 5 parts of at most 5), so the two-sided exact p = 2 x 7 / 252 = 1/18 = 0.0555556.
     * SciPy auto (exact): 0.05555555555555555; R: 0.055555555555555552.
     */
    @Test
    void smallSamplesWithoutTiesAreExact() {
        Comparison c = Comparison.of(new double[] {1.3, 2.9, 0.7, 4.1, 2.2}, new double[] {3.8, 5.6, 2.5, 6.4, 4.9});
        assertP(1.0 / 18, c, MannWhitneyMethod.EXACT);
        assertEquals(22.0 / 25, c.a12(), 1e-15);
        // Complete separation: only 1 of the 252 rank sets on each side, p = 2 / 252.
        Comparison apart = Comparison.of(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10});
        assertP(2.0 / 252, apart, MannWhitneyMethod.EXACT);
    }

    /**
     * n = 5 against 5 with ties: normal with tie correction. By hand: pooled 1 2 2 2 3 3 4 4 4 5, tie groups
     * 3, 2, 3 so sum(t^3 - t) = 24 + 6 + 24 = 54; sigma^2 = 25/12 (11 - 54/90) = 21.666667; U_b = 19.5,
     * z = (19.5 - 12.5 - 0.5) / 4.654747 = 1.396424, p = 0.1625869. SciPy auto (asymptotic): 0.16258685072635493;
     * R: 0.16258685072635493.
     */
    @Test
    void smallSamplesWithTiesAreNormal() {
        Comparison c = Comparison.of(new double[] {1, 2, 2, 3, 4}, new double[] {2, 3, 4, 4, 5});
        assertP(0.16258685072635493, c, MannWhitneyMethod.NORMAL);
    }

    /**
     * The exact limit sits where Commons Statistics' AUTO puts it (and R's default): 49 values per sample
     * are exact, 50 are not. a = 0..n-1, b = a + 10.5, no ties. SciPy 1.17.1 method='exact' for 49:
     * 0.0009595747152989115 (R 0.00095957471529891725); auto (asymptotic) for 50: 0.0012094231070333462
     * (R 0.0012094231070333456).
     */
    @Test
    void exactLimitIsTheLibrarysAuto() {
        Comparison at49 = Comparison.of(shifted(49, 0), shifted(49, 10.5));
        assertP(0.0009595747152989115, at49, MannWhitneyMethod.EXACT);
        Comparison at50 = Comparison.of(shifted(50, 0), shifted(50, 10.5));
        assertP(0.0012094231070333462, at50, MannWhitneyMethod.NORMAL);
        // The method we report is the one the library used: AUTO's p equals that of the named method.
        MannWhitneyUTest test = MannWhitneyUTest.withDefaults();
        assertEquals(test.with(PValueMethod.EXACT).test(shifted(49, 10.5), shifted(49, 0)).getPValue(),
                at49.pMannWhitney(), 0);
        assertEquals(test.with(PValueMethod.ASYMPTOTIC).test(shifted(50, 10.5), shifted(50, 0)).getPValue(),
                at50.pMannWhitney(), 0);
        assertEquals(50, Comparison.EXACT_LIMIT);
    }

    /** All values equal: U is its mean under every permutation, p = 1 exactly (SciPy auto: 1.0). */
    @Test
    void allValuesEqualGiveOne() {
        Comparison c = Comparison.of(new double[] {1, 1, 1}, new double[] {1, 1});
        assertP(1.0, c, MannWhitneyMethod.EXACT);
        assertEquals(0.5, c.a12());
        assertEquals(MannWhitneyMethod.NONE, Comparison.of(new double[0], new double[] {1}).mannWhitneyMethod());
    }

    private static double[] shifted(int n, double shift) {
        return IntStream.range(0, n).mapToDouble(i -> i + shift).toArray();
    }
}
