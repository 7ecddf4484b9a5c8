package org.clustersim.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.clustersim.metrics.Metrics;
import org.clustersim.model.ActorKind;
import org.junit.jupiter.api.Test;

/**
 * Known answers for the statistic, interval and p of every kind of pattern check, on small data
 * written out here, against SciPy 1.17.1 ({@code scipy.stats}) and R 4.2.2 (base {@code stats}).
 * The data were drawn once with numpy's {@code default_rng} (seeds 20261204 to 20261206) and
 * rounded to 4 decimals. Both references agree to at least 14 significant digits.
 */
class PatternChecksKnownAnswerTest {

    private static final List<String> METRICS = Metrics.names();

    /** One run's series: {@code values[step]} of {@code metric}, every other metric 0. */
    private static double[][] run(String metric, double... values) {
        double[][] rows = new double[values.length][METRICS.size()];
        for (int step = 0; step < values.length; step++) {
            rows[step][METRICS.indexOf(metric)] = values[step];
        }
        return rows;
    }

    /** Adds one single-month run per value. */
    private static void finals(PatternData data, String variant, String metric, double[] values) {
        for (double v : values) {
            data.add(variant, run(metric, v), null);
        }
    }

    /**
     * Welch at the last month and on relative volatility from month 2. Volatility recomputed in numpy
     * ((sum |diff| / (months - 1)) / mean level), then scipy.stats.ttest_ind(b, a, equal_var=False) and its
     * confidence_interval(0.95); A12 = mannwhitneyu(b, a).statistic / 25. R's t.test(b, a) agrees.
     */
    @Test
    void differenceIsWelch() {
        double[][] a = {{0.4679, 0.4723, 0.4814, 0.4773, 0.4818, 0.5074},
            {0.5084, 0.478, 0.4726, 0.4405, 0.3974, 0.3707}, {0.5047, 0.5135, 0.5621, 0.6133, 0.6297, 0.6608},
            {0.4879, 0.4665, 0.4679, 0.4689, 0.4895, 0.5215}, {0.4997, 0.5084, 0.5119, 0.5451, 0.5051, 0.5252}};
        double[][] b = {{0.5201, 0.4359, 0.437, 0.4464, 0.3729, 0.3974},
            {0.5132, 0.4821, 0.5408, 0.5778, 0.5994, 0.5234}, {0.4973, 0.5191, 0.548, 0.5718, 0.5626, 0.4893},
            {0.4881, 0.4991, 0.4535, 0.4728, 0.4568, 0.4307}, {0.4969, 0.5877, 0.5787, 0.6489, 0.6722, 0.6598}};
        PatternData data = new PatternData();
        Arrays.stream(a).forEach(s -> data.add("a", run("cohesion", s), null));
        Arrays.stream(b).forEach(s -> data.add("b", run("cohesion", s), null));
        CheckResult volatility = Difference.moreVolatile("cohesion", "b", "a", 2, 0).evaluate("P", data);
        assertEquals(0.015668848121075017, volatility.estimate(), 1e-12);
        assertEquals(-0.013381930392159, volatility.ciLow(), 1e-9);
        assertEquals(0.044719626634309034, volatility.ciHigh(), 1e-9);
        assertEquals(0.2463094604460355, volatility.p(), 1e-9);
        assertEquals(0.72, volatility.a12(), 1e-12);
        assertFalse(volatility.pass());
        CheckResult last = Difference.greater("cohesion", "b", "a", 0).evaluate("P", data);
        assertEquals(-0.017000000000000015, last.estimate(), 1e-12);
        assertEquals(-0.16626030799272432, last.ciLow(), 1e-9);
        assertEquals(0.13226030799272429, last.ciHigh(), 1e-9);
        assertEquals(0.7994611922151292, last.p(), 1e-9);
    }

    /**
     * Paired t test of late - early. scipy.stats.ttest_rel(after, before): p = 0.03294622633961397, 95% CI
     * -0.053675577948736 .. -0.0027410887179306342 (R t.test(after, before, paired = TRUE): 0.032946226339613929,
     * -0.053675577948736002 .. -0.002741088717930639); A12 = mannwhitneyu(after, before).statistic / 144.
     */
    @Test
    void changeIsPairedT() {
        double[] before = {0.5861, 0.5607, 0.5831, 0.5394, 0.4765, 0.5027, 0.5763, 0.5231, 0.6116, 0.5097, 0.5958,
            0.5597};
        double[] after = {0.5469, 0.566, 0.5492, 0.5343, 0.361, 0.4222, 0.5623, 0.5601, 0.5973, 0.4804, 0.5917, 0.5148};
        PatternData data = new PatternData();
        for (int i = 0; i < before.length; i++) {
            data.add("v", run("know_how", before[i], after[i]), null);
        }
        CheckResult r = new Change("know_how", "v", 0, -1, false, 0).evaluate("P", data);
        assertEquals(-0.028208333333333318, r.estimate(), 1e-12);
        assertEquals(-0.053675577948736, r.ciLow(), 1e-9);
        assertEquals(-0.0027410887179306342, r.ciHigh(), 1e-9);
        assertEquals(0.03294622633961397, r.p(), 1e-9);
        assertEquals(0.4097222222222222, r.a12(), 1e-12);
        assertFalse(r.pass());
    }

    /**
     * 21 ones in 30 runs. scipy.stats.binomtest(21, 30, 0.5, alternative='greater').pvalue = 0.021386972628533847
     * (R binom.test: 0.02138697262853383); Wilson interval binomtest(21, 30).proportion_ci(method='wilson') =
     * 0.5212421254128505 .. 0.833352517317562 (R prop.test(21, 30, correct = FALSE)). The check's z is
     * 1.959964, 4e-8 from the exact quantile, hence the 1e-7 tolerance on the interval.
     */
    @Test
    void shareIsExactBinomialWithWilsonInterval() {
        double[] indicator = new double[30];
        Arrays.fill(indicator, 0, 21, 1);
        PatternData data = new PatternData();
        finals(data, "v", "coordinator_top_broker", indicator);
        CheckResult r = Share.most("coordinator_top_broker", "v", -1, Share.Cond.AT_LEAST, 1, "top").evaluate("P", data);
        assertEquals(0.7, r.estimate(), 1e-15);
        assertEquals(0.021386972628533847, r.p(), 1e-12);
        assertEquals(0.5212421254128505, r.ciLow(), 1e-7);
        assertEquals(0.833352517317562, r.ciHigh(), 1e-7);
    }

    /**
     * Stage 2 in 14 of 30 runs of "high" and 7 of 30 of "low" (the stage codes of ComparisonMannWhitneyTest).
     * scipy.stats.fisher_exact([[14, 16], [7, 23]], alternative='greater').pvalue = 0.051667558586036354
     * (R fisher.test(.., alternative = "greater"): 0.051667558586036381). The Wald interval has no reference
     * implementation at hand: by hand, 7/30 +- 1.959964 sqrt(14/30 16/30 / 30 + 7/30 23/30 / 30) =
     * -0.0007101610390714275 .. 0.4673768277057381 (numpy, with scipy.stats.norm.ppf(0.975)).
     */
    @Test
    void stageShareIsFisherExact() {
        double[] low = {1, 0, 0, 1, 2, 1, 2, 1, 1, 2, 2, 0, 1, 2, 1, 1, 3, 2, 0, 1, 0, 1, 1, 3, 1, 1, 0, 1, 1, 2};
        double[] high = {3, 3, 1, 2, 2, 1, 1, 3, 1, 2, 2, 1, 1, 3, 2, 3, 3, 3, 2, 2, 2, 2, 1, 2, 2, 1, 2, 2, 3, 2};
        PatternData data = new PatternData();
        finals(data, "high", "stage", high);
        finals(data, "low", "stage", low);
        CheckResult r = new StageShare(2, "high", "low", 0).evaluate("P", data);
        assertEquals(7.0 / 30, r.estimate(), 1e-15);
        assertEquals(0.051667558586036354, r.p(), 1e-12);
        assertEquals(-0.0007101610390714275, r.ciLow(), 1e-7);
        assertEquals(0.4673768277057381, r.ciHigh(), 1e-7);
    }

    /**
     * One-sided one-sample t test of strong - weak &gt; 0. scipy.stats.ttest_1samp(d, 0, alternative='greater'):
     * p = 0.035026727179293386, and 0.9649732728207067 for the reversed pairs (R t.test(d, alternative =
     * "greater"): 0.035026727179293407, 0.96497327282070655); the two-sided 95% interval -0.004069302404558196 ..
     * 0.0910293024045582; A12 = mannwhitneyu(strong, weak).statistic / 225.
     */
    @Test
    void pairContrastIsOneSidedT() {
        double[] strong = {0.5681, 0.3324, 0.5266, 0.3921, 0.5656, 0.5227, 0.5581, 0.4204, 0.5217, 0.3735, 0.4618,
            0.5034, 0.5199, 0.515, 0.5703};
        double[] weak = {0.6186, 0.4382, 0.4221, 0.4799, 0.3873, 0.3777, 0.513, 0.3279, 0.4164, 0.3735, 0.3562,
            0.4181, 0.5653, 0.4525, 0.5527};
        PatternData data = new PatternData();
        int kinds = ActorKind.values().length;
        for (int i = 0; i < strong.length; i++) {
            double[][] trust = new double[kinds][kinds];
            Arrays.stream(trust).forEach(row -> Arrays.fill(row, Double.NaN));
            trust[ActorKind.SME.ordinal()][ActorKind.SME.ordinal()] = strong[i];
            trust[ActorKind.SME.ordinal()][ActorKind.MINISTRY.ordinal()] = weak[i];
            data.add("v", run("mean_trust", 0), trust);
        }
        List<ActorKind[]> smeSme = List.<ActorKind[]>of(new ActorKind[] {ActorKind.SME, ActorKind.SME});
        List<ActorKind[]> smeMinistry = List.<ActorKind[]>of(new ActorKind[] {ActorKind.SME, ActorKind.MINISTRY});
        CheckResult r = new PairContrast("v", smeSme, smeMinistry, 0).evaluate("P", data);
        assertEquals(0.043480000000000005, r.estimate(), 1e-12);
        assertEquals(-0.004069302404558196, r.ciLow(), 1e-9);
        assertEquals(0.0910293024045582, r.ciHigh(), 1e-9);
        assertEquals(0.035026727179293386, r.p(), 1e-9);
        assertEquals(0.6733333333333333, r.a12(), 1e-12);
        CheckResult reversed = new PairContrast("v", smeMinistry, smeSme, 0).evaluate("P", data);
        assertEquals(0.9649732728207067, reversed.p(), 1e-9);
        assertFalse(reversed.pass());
    }

    /**
     * drop(x) - drop(y) with a percentile bootstrap resampling runs within each variant (a run's x and y
     * together). Reference: scipy.stats.bootstrap over the run indices of each variant, method='percentile',
     * 400,000 resamples: interval -0.00801545188148758 .. 0.17294789980996708, share of replicates &le; 0
     * 0.037105. The check draws 4000 resamples with its own generator, so it matches up to Monte Carlo error:
     * over 300 SciPy runs of 4000 resamples the standard deviations were 0.0021 (lower end), 0.0019 (upper)
     * and 0.0031 (share); the tolerances are 4 of them. The estimate is exact: 0.08289544606950863.
     */
    @Test
    void relativeDropIsPercentileBootstrap() {
        double[] xa = {0.7904, 0.6274, 0.6685, 0.7866, 0.707, 0.6589, 0.7072, 0.6287, 0.5593, 0.575, 0.6278, 0.803,
            0.5731, 0.792, 0.69, 0.623, 0.7188, 0.7917, 0.5329, 0.764};
        double[] ya = {0.4254, 0.4762, 0.3927, 0.4348, 0.4106, 0.4142, 0.4631, 0.4309, 0.5229, 0.425, 0.4141, 0.4178,
            0.4681, 0.4497, 0.4836, 0.4798, 0.504, 0.3503, 0.3866, 0.3873};
        double[] xb = {0.6631, 0.546, 0.6571, 0.6406, 0.5673, 0.5116, 0.5775, 0.6573, 0.7198, 0.6971, 0.5489, 0.6183,
            0.6445, 0.6062, 0.5735, 0.4933, 0.7058, 0.6279, 0.6418, 0.5144};
        double[] yb = {0.4081, 0.3829, 0.4128, 0.4749, 0.4025, 0.3923, 0.534, 0.3622, 0.4677, 0.4419, 0.409, 0.4646,
            0.416, 0.431, 0.4176, 0.3888, 0.4011, 0.4518, 0.4279, 0.468};
        PatternData data = new PatternData();
        int innovation = METRICS.indexOf("innovation");
        int cohesion = METRICS.indexOf("cohesion");
        for (int i = 0; i < xa.length; i++) {
            double[][] ra = new double[1][METRICS.size()];
            ra[0][innovation] = xa[i];
            ra[0][cohesion] = ya[i];
            data.add("ref", ra, null);
        }
        for (int i = 0; i < xb.length; i++) {
            double[][] rb = new double[1][METRICS.size()];
            rb[0][innovation] = xb[i];
            rb[0][cohesion] = yb[i];
            data.add("alt", rb, null);
        }
        CheckResult r = new RelativeDrop("innovation", "cohesion", "ref", "alt", 0).evaluate("P", data);
        assertEquals(0.08289544606950863, r.estimate(), 1e-12);
        assertEquals(-0.00801545188148758, r.ciLow(), 4 * 0.0021);
        assertEquals(0.17294789980996708, r.ciHigh(), 4 * 0.0019);
        assertEquals(0.037105, r.p(), 4 * 0.0031);
        assertTrue(r.p() >= 1.0 / RelativeDrop.REPLICATES);
    }

    /**
     * A difference far beyond noise but smaller than the smallest effect of interest is no pattern:
     * 40 runs at 0.500 against 40 at 0.505 (sd 0) give p = 0 and fail a check asking for 0.02, pass one
     * asking for 0.005.
     */
    @Test
    void smallestEffectDecidesBeyondSignificance() {
        PatternData data = new PatternData();
        double[] low = new double[40];
        double[] high = new double[40];
        for (int i = 0; i < 40; i++) {
            low[i] = 0.5 + (i % 2 == 0 ? 0.001 : -0.001);
            high[i] = 0.505 + (i % 2 == 0 ? 0.001 : -0.001);
        }
        finals(data, "low", "cohesion", low);
        finals(data, "high", "cohesion", high);
        CheckResult tiny = Difference.greater("cohesion", "high", "low", 0.02).evaluate("P", data);
        assertTrue(tiny.p() < 1e-10);
        assertFalse(tiny.pass());
        assertTrue(Difference.greater("cohesion", "high", "low", 0.005).evaluate("P", data).pass());
    }

    /** Stage other than 2 (not governed) in 28 of 30 runs: share 28/30, exact binomial against one half. */
    @Test
    void shareOtherThanCountsEveryOtherCode() {
        double[] stages = new double[30];
        Arrays.fill(stages, 1);
        stages[0] = 2;
        stages[1] = 2;
        stages[2] = 3;
        PatternData data = new PatternData();
        finals(data, "v", "stage", stages);
        CheckResult r = Share.most("stage", "v", -1, Share.Cond.OTHER_THAN, 2, "not governed").evaluate("P", data);
        assertEquals(28.0 / 30, r.estimate(), 1e-15);
        // exact: (C(30,28) + C(30,29) + C(30,30)) / 2^30 = 466 / 1073741824 = 4.33996319770813e-07
        assertEquals(466.0 / 1073741824, r.p(), 1e-18);
        assertTrue(r.pass());
    }
}
