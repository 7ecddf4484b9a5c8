package org.clustersim.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clustersim.format.Num;

/**
 * The findings table of the report: for each pair of variants in {@code comparison.csv} and each
 * key metric, one sentence in plain words. comparison.csv orients every difference as
 * {@code mean_b - mean_a}, so the sentence is about b relative to a, e.g. "impose ends with 0.46 less
 * appropriation than propose, 95% CI 0.43 to 0.49, p &lt; 0.001, A12 = 0.00". p is the Welch p-value,
 * Holm-adjusted across the metrics of the pair; A12 is the probability that a run of b ends higher
 * than a run of a. Numbers are rounded to two significant digits.
 */
public final class Findings {

    /** The metrics the table reports, in this order, when comparison.csv has them. */
    public static final List<String> KEY_METRICS = List.of("cooperation_rate", "cohesion", "appropriation",
            "mean_trust", "innovation", "information_access", "strong_tie_density", "members");

    /** One row: the pair, the metric, both final means, and the sentence. */
    public record Finding(String variantA, String variantB, String metric, double meanA, double meanB, String sentence) {
    }

    private Findings() {
    }

    /** The key-metric rows of {@code comparison.csv}, by pair in file order, then in {@link #KEY_METRICS} order. */
    public static List<Finding> read(Path comparisonCsv) throws IOException {
        CsvTable t = CsvTable.read(comparisonCsv);
        int[] c = {t.column("variant_a"), t.column("variant_b"), t.column("metric"), t.column("mean_a"),
            t.column("mean_b"), t.column("difference"), t.column("ci_low"), t.column("ci_high"),
            t.column("p_holm"), t.column("a12")};
        List<String> pairs = new ArrayList<>();
        t.rows().forEach(r -> {
            String pair = r.get(c[0]) + '\n' + r.get(c[1]);
            if (!pairs.contains(pair)) {
                pairs.add(pair);
            }
        });
        List<Finding> out = new ArrayList<>();
        for (String pair : pairs) {
            for (String metric : KEY_METRICS) {
                for (List<String> r : t.rows()) {
                    if ((r.get(c[0]) + '\n' + r.get(c[1])).equals(pair) && r.get(c[2]).equals(metric)) {
                        double[] v = new double[7];
                        for (int i = 0; i < v.length; i++) {
                            v[i] = CsvTable.number(r.get(c[i + 3]));
                        }
                        out.add(new Finding(r.get(c[0]), r.get(c[1]), metric, v[0], v[1],
                                sentence(r.get(c[0]), r.get(c[1]), metric, v[2], v[3], v[4], v[5], v[6])));
                    }
                }
            }
        }
        return out;
    }

    /** The sentence for b versus a; {@code difference}, {@code ciLow} and {@code ciHigh} are b - a. */
    public static String sentence(String a, String b, String metric, double difference, double ciLow, double ciHigh,
                                  double p, double a12) {
        String what = metric.replace('_', ' ');
        if (Double.isNaN(difference)) {
            return b + " and " + a + " cannot be compared on " + what + " (no values)";
        }
        StringBuilder s = new StringBuilder();
        if (difference == 0) {
            s.append(b).append(" ends with the same mean ").append(what).append(" as ").append(a);
        } else {
            boolean less = difference < 0;
            s.append(b).append(" ends with ").append(number(Math.abs(difference))).append(less ? " less " : " more ")
                    .append(what).append(" than ").append(a);
            if (!Double.isNaN(ciLow)) {
                s.append(", 95% CI ").append(number(less ? -ciHigh : ciLow)).append(" to ")
                        .append(number(less ? -ciLow : ciHigh));
            }
        }
        if (!Double.isNaN(p)) {
            s.append(", ").append(pValue(p));
        }
        if (!Double.isNaN(a12)) {
            s.append(", A12 = ").append(String.format(Locale.ROOT, "%.2f", a12));
        }
        return s.toString();
    }

    /** "p &lt; 0.001" below 0.001, else "p = " and two significant digits. */
    public static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : "p = " + number(p);
    }

    /** Two significant digits in plain notation: 0.4627 is 0.46, 0.01802 is 0.018, 44 is 44; NaN is NA. */
    public static String number(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return Num.format(x);
        }
        return BigDecimal.valueOf(x).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
