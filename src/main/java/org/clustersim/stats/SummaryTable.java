package org.clustersim.stats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustersim.format.Csv;
import org.clustersim.format.Num;

/**
 * Collects run values per (variant, metric, step) as runs finish, and writes the across-replication
 * summaries {@code summary.csv} (final step) and {@code summary_by_step.csv} (every step).
 *
 * <p>Every step keeps only streaming moments ({@link Moments}), so memory does not grow with the
 * number of runs; the final step also keeps its raw values, because the comparison tests need whole
 * samples (8 bytes per run and metric). Variants are reported in the order first added, metrics in
 * the order given to the constructor. All runs of one variant must have the same number of rows;
 * the "final step" of a variant is its last row.
 */
public final class SummaryTable {

    private final List<String> metrics;
    /** variant -> moments[step][metric]; a LinkedHashMap keeps first-seen variant order. */
    private final Map<String, Moments[][]> cells = new LinkedHashMap<>();
    /** variant -> final-step values[metric]. */
    private final Map<String, DoubleList[]> finals = new LinkedHashMap<>();

    /** @param metrics the metrics to summarise, in output order */
    public SummaryTable(List<String> metrics) {
        this.metrics = List.copyOf(metrics);
    }

    /** Adds every row of {@code series}; the series must contain all of this table's metrics. */
    public void add(RunSeries series) {
        int[] column = new int[metrics.size()];
        for (int m = 0; m < column.length; m++) {
            column[m] = series.metrics().indexOf(metrics.get(m));
            if (column[m] < 0) {
                throw new IllegalArgumentException("series lacks metric " + metrics.get(m));
            }
        }
        String variant = series.key().variant();
        Moments[][] table = cells.computeIfAbsent(variant, v -> newCells(series.rows()));
        if (table.length != series.rows()) {
            throw new IllegalArgumentException("variant " + variant + " has runs with " + table.length
                    + " rows; this one has " + series.rows());
        }
        for (int step = 0; step < table.length; step++) {
            for (int m = 0; m < column.length; m++) {
                table[step][m].add(series.values()[step][column[m]]);
            }
        }
        DoubleList[] last = finals.computeIfAbsent(variant, v -> newFinals());
        for (int m = 0; m < column.length; m++) {
            last[m].add(series.values()[table.length - 1][column[m]]);
        }
    }

    private Moments[][] newCells(int rows) {
        Moments[][] table = new Moments[rows][metrics.size()];
        for (Moments[] row : table) {
            for (int m = 0; m < row.length; m++) {
                row[m] = new Moments();
            }
        }
        return table;
    }

    private DoubleList[] newFinals() {
        DoubleList[] row = new DoubleList[metrics.size()];
        for (int m = 0; m < row.length; m++) {
            row[m] = new DoubleList();
        }
        return row;
    }

    /** Variants in first-seen order. */
    public List<String> variants() {
        return List.copyOf(cells.keySet());
    }

    /** Metrics in output order. */
    public List<String> metrics() {
        return metrics;
    }

    /** Number of rows (steps + 1) recorded for {@code variant}. */
    public int rows(String variant) {
        return table(variant).length;
    }

    /** A copy of the values at the variant's last row, one per run in the order added. */
    public double[] finalValues(String variant, String metric) {
        table(variant);
        return finals.get(variant)[metricIndex(metric)].toArray();
    }

    /** Summary of {@code metric} at {@code step} across the runs of {@code variant}. */
    public Summary summary(String variant, String metric, int step) {
        return table(variant)[step][metricIndex(metric)].summary();
    }

    /**
     * Chart input: for each variant (first-seen order) and each of {@code chartMetrics} (given order),
     * the per-step mean and 95% interval. Steps whose mean is undefined (no values) are left out.
     */
    public List<Band> bands(List<String> chartMetrics) {
        List<Band> bands = new ArrayList<>();
        for (String variant : cells.keySet()) {
            for (String metric : chartMetrics) {
                List<Integer> steps = new ArrayList<>();
                List<Summary> summaries = new ArrayList<>();
                for (int step = 0; step < rows(variant); step++) {
                    Summary s = summary(variant, metric, step);
                    if (!Double.isNaN(s.mean())) {
                        steps.add(step);
                        summaries.add(s);
                    }
                }
                bands.add(new Band(variant, metric, steps.stream().mapToInt(Integer::intValue).toArray(),
                        summaries.stream().mapToDouble(Summary::mean).toArray(),
                        summaries.stream().mapToDouble(Summary::ciLow).toArray(),
                        summaries.stream().mapToDouble(Summary::ciHigh).toArray()));
            }
        }
        return bands;
    }

    /** Writes {@code variant,metric,n,mean,sd,ci_low,ci_high} for the final step of each variant. */
    public void writeSummary(Path file) throws IOException {
        try (BufferedWriter out = Csv.open(file)) {
            out.write("variant,metric,n,mean,sd,ci_low,ci_high\n");
            for (String variant : cells.keySet()) {
                for (String metric : metrics) {
                    writeLine(out, variant, metric, -1, summary(variant, metric, rows(variant) - 1));
                }
            }
        }
    }

    /** Writes {@code variant,metric,step,n,mean,sd,ci_low,ci_high} for every step. */
    public void writeSummaryByStep(Path file) throws IOException {
        try (BufferedWriter out = Csv.open(file)) {
            out.write("variant,metric,step,n,mean,sd,ci_low,ci_high\n");
            for (String variant : cells.keySet()) {
                for (String metric : metrics) {
                    for (int step = 0; step < rows(variant); step++) {
                        writeLine(out, variant, metric, step, summary(variant, metric, step));
                    }
                }
            }
        }
    }

    /** Writes one summary line; {@code step < 0} omits the step column. */
    private static void writeLine(BufferedWriter out, String variant, String metric, int step, Summary s)
            throws IOException {
        List<String> fields = new ArrayList<>(8);
        fields.add(variant);
        fields.add(metric);
        if (step >= 0) {
            fields.add(Integer.toString(step));
        }
        fields.add(Integer.toString(s.n()));
        fields.add(Num.format(s.mean()));
        fields.add(Num.format(s.sd()));
        fields.add(Num.format(s.ciLow()));
        fields.add(Num.format(s.ciHigh()));
        Csv.writeRow(out, fields);
    }

    private Moments[][] table(String variant) {
        Moments[][] table = cells.get(variant);
        if (table == null) {
            throw new IllegalArgumentException("unknown variant " + variant);
        }
        return table;
    }

    private int metricIndex(String metric) {
        int m = metrics.indexOf(metric);
        if (m < 0) {
            throw new IllegalArgumentException("unknown metric " + metric);
        }
        return m;
    }
}
