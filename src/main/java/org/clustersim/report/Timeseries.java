package org.clustersim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code timeseries.csv} read back: the runs of each variant (first-seen order), each with its
 * replication number and its metric values by step. Rows of a run may come in any order; a run's
 * final value is the value at its highest step.
 */
public final class Timeseries {

    /** One run: {@code values[step][metric]}, NaN where a step is missing. */
    public record Run(String variant, int replication, double[][] values) {
    }

    private final List<String> metrics;
    private final Map<String, List<Run>> runs;

    private Timeseries(List<String> metrics, Map<String, List<Run>> runs) {
        this.metrics = metrics;
        this.runs = runs;
    }

    /** Reads {@code file}; the columns after {@code step} are the metrics. */
    public static Timeseries read(Path file) throws IOException {
        CsvTable t = CsvTable.read(file);
        int variant = t.column("variant");
        int replication = t.column("replication");
        int step = t.column("step");
        List<String> metrics = t.header().subList(step + 1, t.header().size());
        Map<String, Map<Integer, List<List<String>>>> rowsByRun = new LinkedHashMap<>();
        for (List<String> row : t.rows()) {
            rowsByRun.computeIfAbsent(row.get(variant), v -> new LinkedHashMap<>())
                    .computeIfAbsent(Integer.parseInt(row.get(replication)), r -> new ArrayList<>()).add(row);
        }
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        rowsByRun.forEach((v, byReplication) -> byReplication.forEach((r, rows) -> {
            int last = rows.stream().mapToInt(row -> Integer.parseInt(row.get(step))).max().orElse(0);
            double[][] values = new double[last + 1][metrics.size()];
            for (double[] line : values) {
                Arrays.fill(line, Double.NaN);
            }
            for (List<String> row : rows) {
                double[] line = values[Integer.parseInt(row.get(step))];
                for (int m = 0; m < line.length; m++) {
                    line[m] = CsvTable.number(row.get(step + 1 + m));
                }
            }
            runs.computeIfAbsent(v, k -> new ArrayList<>()).add(new Run(v, r, values));
        }));
        return new Timeseries(List.copyOf(metrics), runs);
    }

    /** Variants in first-seen order. */
    public List<String> variants() {
        return List.copyOf(runs.keySet());
    }

    /** Metric columns in file order. */
    public List<String> metrics() {
        return metrics;
    }

    /** The runs of {@code variant} in file order. */
    public List<Run> runs(String variant) {
        return runs.getOrDefault(variant, List.of());
    }

    /** Column index of {@code metric}. */
    public int metricIndex(String metric) {
        int m = metrics.indexOf(metric);
        if (m < 0) {
            throw new IllegalArgumentException("timeseries.csv has no metric " + metric);
        }
        return m;
    }
}
