package org.clustersim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clustersim.format.Csv;
import org.clustersim.model.Stage;

/**
 * What the charts need from {@code timeseries.csv}, read in one streaming pass so that memory
 * does not grow with the number of rows: each run's values at its last step (box plots), and,
 * per variant and step, how many runs were in each cluster stage (stage chart). Variants and
 * runs keep first-seen order.
 */
public final class Timeseries {

    /** One run: its metric values at its highest step. */
    public record Run(String variant, int replication, double[] finals) {
    }

    private final List<String> metrics;
    private final Map<String, List<Run>> runs = new LinkedHashMap<>();
    private final Map<String, List<int[]>> stageCounts = new LinkedHashMap<>();

    private Timeseries(List<String> metrics) {
        this.metrics = metrics;
    }

    /** Reads {@code file}; the columns after {@code step} are the metrics. */
    public static Timeseries read(Path file) throws IOException {
        try (CSVParser in = Csv.read(file, false)) {
            Iterator<CSVRecord> records = in.iterator();
            List<String> header = records.hasNext() ? records.next().toList() : List.of();
            int step = header.indexOf("step");
            if (header.indexOf("variant") != 0 || header.indexOf("replication") != 1 || step < 0) {
                throw new IOException(file + ": expected columns variant,replication,seed,step,<metrics>");
            }
            Timeseries ts = new Timeseries(List.copyOf(header.subList(step + 1, header.size())));
            int stage = ts.metrics.indexOf("stage");
            Map<String, Run> current = new LinkedHashMap<>();
            Map<String, Integer> lastStep = new LinkedHashMap<>();
            while (records.hasNext()) {
                CSVRecord f = records.next();
                String variant = f.get(0);
                String key = variant + "\u0000" + f.get(1);
                int s = Integer.parseInt(f.get(step));
                double[] values = new double[ts.metrics.size()];
                for (int m = 0; m < values.length; m++) {
                    values[m] = CsvTable.number(f.get(step + 1 + m));
                }
                Run run = current.get(key);
                if (run == null) {
                    run = new Run(variant, Integer.parseInt(f.get(1)), values);
                    current.put(key, run);
                    ts.runs.computeIfAbsent(variant, v -> new ArrayList<>()).add(run);
                    lastStep.put(key, s);
                } else if (s >= lastStep.get(key)) {
                    System.arraycopy(values, 0, run.finals(), 0, values.length);
                    lastStep.put(key, s);
                }
                if (stage >= 0 && !Double.isNaN(values[stage])) {
                    List<int[]> counts = ts.stageCounts.computeIfAbsent(variant, v -> new ArrayList<>());
                    while (counts.size() <= s) {
                        counts.add(new int[Stage.values().length]);
                    }
                    counts.get(s)[(int) values[stage]]++;
                }
            }
            return ts;
        }
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

    /** For each step, the number of the variant's runs in each stage (empty without a stage column). */
    public List<int[]> stageCounts(String variant) {
        return stageCounts.getOrDefault(variant, List.of());
    }

    /** Column index of {@code metric}. */
    public int metricIndex(String metric) {
        int m = metrics.indexOf(metric);
        if (m < 0) {
            throw new IllegalArgumentException("timeseries.csv has no column " + metric);
        }
        return m;
    }
}
