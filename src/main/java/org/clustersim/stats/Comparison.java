package org.clustersim.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * Comparison of two independent samples, a ("first") and b ("second"). Every directional
 * quantity is oriented as <b>b minus a</b>: a positive difference, t or Cohen's d, and an A12
 * above 0.5, all mean that b tends to be larger.
 *
 * <ul>
 *   <li>Welch's unequal-variance t test (Welch 1947, <i>Biometrika</i> 34:28-35):
 *       t = (mean_b - mean_a) / se, se&sup2; = s_a&sup2;/n_a + s_b&sup2;/n_b, with Welch-Satterthwaite
 *       df = se&#8308; / ((s_a&sup2;/n_a)&sup2;/(n_a-1) + (s_b&sup2;/n_b)&sup2;/(n_b-1)) (Satterthwaite 1946),
 *       two-sided p = 2 P(T_df &le; -|t|), and the 95% interval difference &plusmn; t(0.975, df) se.
 *       Agrees with commons-math {@code TTest.tTest(double[], double[])} (checked in tests).</li>
 *   <li>Mann-Whitney U test, two-sided, from Apache Commons Statistics 1.1
 *       {@link MannWhitneyUTest} with {@link PValueMethod#AUTO}: the exact p when both samples have
 *       fewer than {@value #EXACT_LIMIT} values and no value is tied; otherwise the normal
 *       approximation with the tie-corrected variance
 *       &sigma;&sup2; = n_a n_b / 12 ((n + 1) - &Sigma;(t&sup3; - t) / (n (n - 1))) and a continuity correction of
 *       0.5 towards the mean. Integer and share metrics tie heavily, and without the tie correction
 *       their p would be far too large. {@link #mannWhitneyMethod()} records which gave the p. The
 *       same choice as SciPy's {@code mannwhitneyu}, except that SciPy's {@code method='auto'} takes the
 *       normal approximation as soon as both samples have more than 8 values. When every value of
 *       both samples is the same, p = 1 (exact: every permutation gives the same U).</li>
 *   <li>Cohen's d with pooled sd, (mean_b - mean_a) / s_p, s_p&sup2; = ((n_a-1)s_a&sup2; + (n_b-1)s_b&sup2;)/(n_a+n_b-2)
 *       (Cohen 1988, <i>Statistical Power Analysis</i>, eq. 2.5.2).</li>
 *   <li>Vargha-Delaney A12 = P(B &gt; A) + 0.5 P(B = A) = U_b / (n_a n_b), U_b the Mann-Whitney statistic of
 *       b from mid-ranks in the pooled sample, (R_b - n_b(n_b+1)/2) (Vargha &amp; Delaney 2000,
 *       <i>J. Educ. Behav. Stat.</i> 25:101-132, eq. 14).</li>
 * </ul>
 *
 * <p>NaN values are left out of both samples. Quantities that are undefined are NaN (printed NA),
 * never exceptions: Welch statistics, the interval and d need n &ge; 2 on both sides and a
 * non-zero variance (se or pooled sd); Mann-Whitney and A12 need n &ge; 1 on both sides.
 */
public record Comparison(int nA, int nB, double meanA, double meanB, double difference,
                         double ciLow, double ciHigh, double t, double df, double pWelch,
                         double pMannWhitney, MannWhitneyMethod mannWhitneyMethod, double cohensD, double a12) {

    /**
     * Below this many values in the larger sample, and without ties, the Mann-Whitney p is exact:
     * the limit of {@link PValueMethod#AUTO} in Commons Statistics 1.1 (a test pins it there).
     */
    public static final int EXACT_LIMIT = 50;

    // Every option spelled out, though they are the library's defaults: the p-values must not
    // change with a later version's defaults.
    private static final MannWhitneyUTest MANN_WHITNEY = MannWhitneyUTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED).with(PValueMethod.AUTO).with(ContinuityCorrection.ENABLED);

    /** Which computation gave a Mann-Whitney p-value. */
    public enum MannWhitneyMethod {
        /** The exact null distribution of U (no ties, both samples smaller than {@link Comparison#EXACT_LIMIT}). */
        EXACT("exact"),
        /** The normal approximation with tie-corrected variance and continuity correction 0.5. */
        NORMAL("normal"),
        /** No p: a sample is empty. */
        NONE("NA");

        private final String label;

        MannWhitneyMethod(String label) {
            this.label = label;
        }

        /** The word written in comparison.csv: {@code exact}, {@code normal} or {@code NA}. */
        public String label() {
            return label;
        }
    }

    /** Compares {@code first} (a) with {@code second} (b); the arrays are not modified. */
    public static Comparison of(double[] first, double[] second) {
        double[] a = Samples.withoutNaN(first);
        double[] b = Samples.withoutNaN(second);
        int na = a.length;
        int nb = b.length;
        double meanA = na > 0 ? Samples.mean(a) : Double.NaN;
        double meanB = nb > 0 ? Samples.mean(b) : Double.NaN;
        double diff = meanB - meanA;
        double ciLow = Double.NaN;
        double ciHigh = Double.NaN;
        double t = Double.NaN;
        double df = Double.NaN;
        double pWelch = Double.NaN;
        double d = Double.NaN;
        if (na >= 2 && nb >= 2) {
            double va = Samples.variance(a, meanA);
            double vb = Samples.variance(b, meanB);
            double qa = va / na;
            double qb = vb / nb;
            double se = Math.sqrt(qa + qb);
            if (se > 0) {
                t = diff / se;
                df = (qa + qb) * (qa + qb) / (qa * qa / (na - 1) + qb * qb / (nb - 1));
                pWelch = Samples.tTwoSidedP(t, df);
                double half = Samples.tQuantile(1 - (1 - Summary.LEVEL) / 2, df) * se;
                ciLow = diff - half;
                ciHigh = diff + half;
                double pooledSd = Math.sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2));
                d = diff / pooledSd;
            }
        }
        double pMw = Double.NaN;
        MannWhitneyMethod method = MannWhitneyMethod.NONE;
        double a12 = Double.NaN;
        if (na >= 1 && nb >= 1) {
            // b first, so that the statistic is U_b, which gives A12 (the two-sided p is symmetric).
            MannWhitneyUTest.Result mw = MANN_WHITNEY.test(b, a);
            if (allEqual(a, b)) {
                // Every permutation gives U its mean, so the exact p is 1; the normal approximation
                // would divide 0 by a variance of 0 (SciPy also gives 1).
                pMw = 1;
                method = MannWhitneyMethod.EXACT;
            } else {
                pMw = mw.getPValue();
                method = !mw.hasTiedValues() && Math.max(na, nb) < EXACT_LIMIT
                        ? MannWhitneyMethod.EXACT : MannWhitneyMethod.NORMAL;
            }
            a12 = mw.getStatistic() / ((double) na * nb);
        }
        return new Comparison(na, nb, meanA, meanB, diff, ciLow, ciHigh, t, df, pWelch, pMw, method, d, a12);
    }

    private static boolean allEqual(double[] a, double[] b) {
        double first = a[0];
        return Arrays.stream(a).allMatch(v -> v == first) && Arrays.stream(b).allMatch(v -> v == first);
    }

    /**
     * Holm's step-down adjustment (Holm 1979, <i>Scand. J. Statist.</i> 6:65-70), as R's
     * {@code p.adjust(p, "holm")}: with the m p-values sorted ascending, the i-th (1-based) becomes
     * max over j &le; i of min(1, (m - j + 1) p_(j)). NaN entries are not counted in m and stay NaN.
     * Results are returned in the input order.
     */
    public static double[] holm(double[] p) {
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i]))
                .boxed().toArray(Integer[]::new);
        // Stable sort: equal p-values keep input order, so the result does not depend on sort internals.
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int j = 0; j < m; j++) {
            running = Math.max(running, Math.min(1.0, (m - j) * p[order[j]]));
            adjusted[order[j]] = running;
        }
        return adjusted;
    }
}
