package org.clustersim.stats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clustersim.format.Csv;
import org.clustersim.format.Num;

/**
 * Pairwise comparisons of variants at their final step, written as {@code comparison.csv}.
 *
 * <p>For every pair (a, b) of variants with a before b in first-seen order, and every metric, the
 * final-step samples are compared by {@link Comparison#of(double[], double[])} (so differences are b - a).
 * The Holm adjustment is applied to the Welch p-values across the metrics of one pair: each pair
 * is treated as its own family of tests, answering "on which metrics do these two variants differ".
 * Adjusting across all pairs as well would be stricter; users can redo it from the p_welch column.
 * The column p_mann_whitney_method says which computation gave p_mann_whitney: {@code exact} or
 * {@code normal} (see {@link Comparison}).
 */
public final class ComparisonTable {

    /** One line of comparison.csv. */
    public record Row(String variantA, String variantB, String metric, Comparison comparison, double pHolm) {
    }

    private static final String HEADER = "variant_a,variant_b,metric,n_a,n_b,mean_a,mean_b,difference,"
            + "ci_low,ci_high,t,df,p_welch,p_mann_whitney,p_mann_whitney_method,cohens_d,a12,p_holm\n";

    private ComparisonTable() {
    }

    /** Computes all rows, ordered by pair then metric. */
    public static List<Row> compute(SummaryTable table) {
        return compute(table, (a, b) -> true);
    }

    /**
     * Computes the rows of the pairs {@code compared} accepts (a sweep compares variants only
     * within one design point), ordered by pair then metric.
     */
    public static List<Row> compute(SummaryTable table, java.util.function.BiPredicate<String, String> compared) {
        List<String> variants = table.variants();
        List<String> metrics = table.metrics();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                String a = variants.get(i);
                String b = variants.get(j);
                if (!compared.test(a, b)) {
                    continue;
                }
                Comparison[] results = new Comparison[metrics.size()];
                double[] p = new double[metrics.size()];
                for (int m = 0; m < results.length; m++) {
                    results[m] = Comparison.of(table.finalValues(a, metrics.get(m)),
                            table.finalValues(b, metrics.get(m)));
                    p[m] = results[m].pWelch();
                }
                double[] holm = Comparison.holm(p);
                for (int m = 0; m < results.length; m++) {
                    rows.add(new Row(a, b, metrics.get(m), results[m], holm[m]));
                }
            }
        }
        return rows;
    }

    /** Writes {@code rows} as comparison.csv. */
    public static void write(List<Row> rows, Path file) throws IOException {
        try (BufferedWriter out = Csv.open(file)) {
            out.write(HEADER);
            for (Row row : rows) {
                Comparison c = row.comparison();
                List<String> fields = new ArrayList<>(List.of(row.variantA(), row.variantB(), row.metric(),
                        Integer.toString(c.nA()), Integer.toString(c.nB())));
                for (double v : new double[] {c.meanA(), c.meanB(), c.difference(), c.ciLow(), c.ciHigh(),
                        c.t(), c.df(), c.pWelch(), c.pMannWhitney()}) {
                    fields.add(Num.format(v));
                }
                fields.add(c.mannWhitneyMethod().label());
                for (double v : new double[] {c.cohensD(), c.a12(), row.pHolm()}) {
                    fields.add(Num.format(v));
                }
                Csv.writeRow(out, fields);
            }
        }
    }

    /** Computes and writes comparison.csv for {@code table}. */
    public static void write(SummaryTable table, Path file) throws IOException {
        write(compute(table), file);
    }
}
