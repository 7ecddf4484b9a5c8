package org.clustersim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.experiment.RunSink;
import org.clustersim.metrics.Metric;
import org.clustersim.metrics.Metrics;
import org.clustersim.metrics.TrustMatrix;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.stats.ComparisonTable;
import org.clustersim.stats.SummaryTable;

/**
 * Writes a results folder as runs arrive: {@code timeseries.csv} is streamed row by row; the
 * summaries, comparisons, trust matrix and charts are written by {@link #finish()}. Everything
 * here is a deterministic function of the runs, so the same seed gives the same bytes.
 */
public final class ResultsWriter implements RunSink, AutoCloseable {
    /** The key figure: cooperation and cohesion over time, all variants. */
    public static final String KEY_FIGURE = "key-figure";

    private final Path dir;
    private final List<String> metrics = Metrics.names();
    private final TimeseriesWriter timeseries;
    private final SummaryTable summary = new SummaryTable(metrics);
    private final Map<String, TrustMatrix> trust = new LinkedHashMap<>();

    public ResultsWriter(Path dir) throws IOException {
        this.dir = dir;
        this.timeseries = new TimeseriesWriter(dir.resolve("timeseries.csv"), metrics);
    }

    @Override
    public void accept(RunKey key, double[][] values, ClusterModel finalModel) throws IOException {
        RunSeries series = new RunSeries(key, metrics, values);
        timeseries.write(series);
        summary.add(series);
        trust.computeIfAbsent(key.variant(), v -> new TrustMatrix()).add(finalModel);
    }

    /** The summaries of the runs received so far. */
    public SummaryTable summary() { return summary; }

    /** Writes everything that needs all runs. */
    public void finish() throws IOException {
        timeseries.close();
        summary.writeSummary(dir.resolve("summary.csv"));
        summary.writeSummaryByStep(dir.resolve("summary_by_step.csv"));
        if (summary.variants().size() > 1) {
            ComparisonTable.write(summary, dir.resolve("comparison.csv"));
        }
        writeTrustMatrix(dir.resolve("trust_matrix.csv"));
        writeCharts(dir.resolve("charts"));
    }

    private void writeTrustMatrix(Path file) throws IOException {
        try (BufferedWriter out = Csv.open(file)) {
            Csv.writeRow(out, List.of("variant", "from_kind", "to_kind", "runs", "mean_trust"));
            for (Map.Entry<String, TrustMatrix> e : trust.entrySet()) {
                for (ActorKind from : ActorKind.values()) {
                    for (ActorKind to : ActorKind.values()) {
                        int runs = e.getValue().runs(from, to);
                        if (runs > 0) {
                            Csv.writeRow(out, List.of(e.getKey(), from.key(), to.key(), Integer.toString(runs),
                                    Num.format(e.getValue().mean(from, to))));
                        }
                    }
                }
            }
        }
    }

    private void writeCharts(Path charts) throws IOException {
        Files.createDirectories(charts);
        Charts.keyFigure(summary.bands(List.of("cooperation_rate", "cohesion")),
                "Cooperation and cohesion over time (mean and 95% CI across replications)",
                new Charts.Panel("cooperation_rate", true), new Charts.Panel("cohesion", true),
                charts.resolve(KEY_FIGURE));
        for (Metric m : Metrics.standard()) {
            Charts.timeSeriesWithBands(summary.bands(List.of(m.name())), m.name() + ": " + m.definition(),
                    m.share(), charts.resolve(m.name()));
        }
    }

    /** Seeds of the runs received so far are in timeseries.csv; this closes the stream on failure. */
    @Override
    public void close() throws IOException {
        timeseries.close();
    }
}
