package org.clustersim.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clustersim.format.Num;

/**
 * The comparisons of {@code comparison.csv} in a planner's words. comparison.csv orients every
 * difference as {@code mean_b - mean_a}, so a finding is about b relative to a. A difference is
 * called "more" or "less" only when three things hold (otherwise "no clear difference"): its
 * Welch 95% confidence interval excludes zero, its size reaches the smallest effect of interest
 * of the metric ({@link Glossary}, or the scenario's {@code smallest_effects}), and its
 * Holm-adjusted p across the metrics of the pair is below 0.05, so that comparing twenty metrics
 * does not turn one chance difference into a finding (Holm 1979; Lakens, Scheel and Isager 2018 on
 * smallest effects of interest). Numbers have two significant digits.
 */
public final class Findings {

    /** The level below which a Holm-adjusted p counts. */
    public static final double ALPHA = 0.05;

    /** What a comparison says. */
    public enum Verdict {
        MORE, LESS, NO_CLEAR_DIFFERENCE, NOT_COMPARABLE;

        /** The verdict in words: "more", "less", "no clear difference", "not comparable". */
        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        /** Whether the difference is clear (more or less). */
        public boolean clear() {
            return this == MORE || this == LESS;
        }
    }

    /** One row of comparison.csv with its verdict; {@code smallest} is the smallest effect of interest used. */
    public record Finding(String variantA, String variantB, String metric, double meanA, double meanB,
                          double difference, double ciLow, double ciHigh, double pHolm, double a12, double smallest,
                          Verdict verdict) {

        /** The sentence of the findings table, e.g. "more: 0.51 against 0.33 (+0.17, 95% CI 0.16 to 0.19)". */
        public String sentence() {
            if (verdict == Verdict.NOT_COMPARABLE) {
                return "not comparable (no values)";
            }
            String s = verdict.words() + ": " + number(meanB) + " against " + number(meanA);
            if (difference == 0 || Double.isNaN(ciLow)) {
                return s + (difference == 0 ? " (the same)" : "");
            }
            s += " (" + signed(difference) + ", 95% CI " + number(ciLow) + " to " + number(ciHigh) + ")";
            return verdict.clear() ? s : s + "; " + reason();
        }

        /** Why a difference is not clear. */
        String reason() {
            if (ciLow <= 0 && ciHigh >= 0) {
                return "the interval includes zero";
            }
            if (Math.abs(difference) < smallest) {
                return "smaller than the smallest effect of interest, " + number(smallest);
            }
            return "could be chance among the metrics compared";
        }
    }

    private Findings() {
    }

    /**
     * Every row of {@code comparison.csv} but the stage's (a category), in file order, with
     * {@code smallestEffects} (metric to value) replacing the glossary's defaults where given.
     */
    public static List<Finding> read(Path comparisonCsv, Map<String, Double> smallestEffects) throws IOException {
        CsvTable t = CsvTable.read(comparisonCsv);
        int[] c = {t.column("variant_a"), t.column("variant_b"), t.column("metric"), t.column("mean_a"),
            t.column("mean_b"), t.column("difference"), t.column("ci_low"), t.column("ci_high"),
            t.column("p_holm"), t.column("a12")};
        List<Finding> out = new ArrayList<>();
        for (List<String> r : t.rows()) {
            String metric = r.get(c[2]);
            if (!Glossary.numeric(metric)) {
                continue;
            }
            double[] v = new double[7];
            for (int i = 0; i < v.length; i++) {
                v[i] = CsvTable.number(r.get(c[i + 3]));
            }
            double smallest = smallestEffects.getOrDefault(metric, Glossary.of(metric).smallestEffect());
            out.add(new Finding(r.get(c[0]), r.get(c[1]), metric, v[0], v[1], v[2], v[3], v[4], v[5], v[6], smallest,
                    verdict(v[2], v[3], v[4], v[5], smallest)));
        }
        return out;
    }

    /** The verdict on a difference b - a with its 95% CI, Holm-adjusted p and smallest effect of interest. */
    public static Verdict verdict(double difference, double ciLow, double ciHigh, double pHolm, double smallest) {
        if (Double.isNaN(difference)) {
            return Verdict.NOT_COMPARABLE;
        }
        boolean excludesZero = ciLow > 0 || ciHigh < 0;
        boolean large = Math.abs(difference) >= smallest;
        if (excludesZero && large && pHolm < ALPHA) {
            return difference > 0 ? Verdict.MORE : Verdict.LESS;
        }
        return Verdict.NO_CLEAR_DIFFERENCE;
    }

    /** A difference with its sign: +0.17, -0.0074. */
    static String signed(double x) {
        return (x > 0 ? "+" : "") + number(x);
    }

    /** Two significant digits in plain notation: 0.4627 is 0.46, 0.01802 is 0.018, 44 is 44; NaN is NA. */
    public static String number(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return Num.format(x);
        }
        return BigDecimal.valueOf(x).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
