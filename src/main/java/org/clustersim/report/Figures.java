package org.clustersim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clustersim.metrics.Metric;
import org.clustersim.metrics.Metrics;
import org.clustersim.output.FactorialOutput;
import org.clustersim.output.GraphmlWriter;
import org.clustersim.scenario.FactorialPlan;

/**
 * Draws every chart of a results folder and its report from the files in the folder alone, so
 * that charts can be redrawn without rerunning: time series with bands and the key figure
 * (summary_by_step.csv), final-value box plots and stage shares (timeseries.csv), for a sweep the
 * response of each headline metric to each swept parameter (summary.csv), trust heatmaps
 * (trust_matrix.csv), networks ({@code network-<variant>.graphml}, drawn for each variant that has
 * one), then {@code report.html} with the findings of comparison.csv when there is one.
 */
public final class Figures {

    /**
     * One chart written to {@code charts/}: its file name without extension (PNG, SVG and CSV share
     * it), the heading and caption the report shows, and the report section it belongs to.
     */
    public record Figure(String file, String title, String caption, String section) {
    }

    /** Files a results folder must hold for {@link #drawAll}. */
    public static final List<String> REQUIRED = List.of("summary_by_step.csv", "timeseries.csv",
            "trust_matrix.csv", "manifest.json");

    private Figures() {
    }

    /** The {@link #REQUIRED} files absent from {@code dir}, empty when it can be drawn. */
    public static List<String> missing(Path dir) {
        return REQUIRED.stream().filter(f -> !Files.isRegularFile(dir.resolve(f))).toList();
    }

    /** Largest GraphML file drawn as a network picture: about 5,000 actors. */
    static final long MAX_PICTURED_GRAPHML_BYTES = 20_000_000;

    /** (Re)draws every chart into {@code dir/charts} and writes {@code dir/report.html}; returns the charts. */
    public static List<Figure> drawAll(Path dir) throws IOException {
        List<String> missing = missing(dir);
        if (!missing.isEmpty()) {
            throw new IOException(dir + " is not a complete results folder: missing " + String.join(", ", missing));
        }
        RunInfo info = RunInfo.read(dir);
        Marks marks = Marks.of(info);
        Path charts = Files.createDirectories(dir.resolve("charts"));
        List<Figure> figures = new ArrayList<>(TimeSeriesCharts.draw(dir.resolve("summary_by_step.csv"), charts,
                marks.timeline(), marks.caption()));
        Timeseries ts = Timeseries.read(dir.resolve("timeseries.csv"));
        List<java.util.concurrent.Callable<Figure>> boxes = new ArrayList<>();
        for (String metric : ts.metrics().stream().filter(Glossary::numeric).toList()) {
            boxes.add(() -> BoxPlots.draw(ts, metric, definition(metric), charts));
        }
        if (Sweep.isSweep(ts.variants()) && Files.isRegularFile(dir.resolve("summary.csv"))) {
            Map<String, Map<String, ResponseCharts.Final>> finals = ResponseCharts.read(dir.resolve("summary.csv"));
            for (String metric : Glossary.HEADLINE.stream().filter(ts.metrics()::contains).toList()) {
                for (String parameter : Sweep.parameters(ts.variants())) {
                    boxes.add(() -> ResponseCharts.draw(finals, metric, parameter, charts));
                }
            }
        }
        figures.addAll(Parallel.run(boxes));
        Path effects = dir.resolve(FactorialOutput.EFFECTS);
        if (Files.isRegularFile(effects)) {
            figures.addAll(EffectsChart.drawAll(effects, charts));
        }
        // The rows of a factorial design are read through their effects: one picture per arm only.
        List<String> arms = ts.variants().stream().filter(v -> !FactorialPlan.isRow(v)).toList();
        if (ts.metrics().contains("stage")) {
            for (String variant : arms) {
                figures.add(StageChart.draw(ts, variant, GraphmlWriter.safe(variant), marks.timeline(), charts));
            }
        }
        for (String variant : arms) {
            Path graphml = dir.resolve(GraphmlWriter.fileName(variant));
            // A picture of thousands of actors is unreadable, and parsing a file of hundreds of
            // megabytes (a generated population) would take gigabytes of heap: such networks are
            // left to the GraphML file and tools such as Gephi.
            if (Files.isRegularFile(graphml) && Files.size(graphml) <= MAX_PICTURED_GRAPHML_BYTES) {
                figures.add(NetworkPicture.draw(Network.read(graphml), variant, GraphmlWriter.safe(variant), charts));
            }
        }
        CsvTable trust = CsvTable.read(dir.resolve("trust_matrix.csv"));
        List<TrustHeatmap.Matrix> matrices = new ArrayList<>();
        for (String variant : arms) {
            TrustHeatmap.Matrix m = TrustHeatmap.read(trust, variant);
            matrices.add(m);
            figures.add(TrustHeatmap.draw(m, GraphmlWriter.safe(variant), charts));
        }
        Path comparison = dir.resolve("comparison.csv");
        List<Findings.Finding> findings = Files.isRegularFile(comparison)
                ? Findings.read(comparison, info.smallestEffects()) : List.of();
        Report.write(dir, info, figures, matrices, findings);
        return figures;
    }

    /** The one-line definition of a standard metric, or its name for any other column. */
    static String definition(String metric) {
        return Metrics.standard().stream().filter(m -> m.name().equals(metric)).map(Metric::definition)
                .findFirst().orElse(metric);
    }
}
