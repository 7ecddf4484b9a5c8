package org.clustersim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustersim.metrics.Metric;
import org.clustersim.metrics.Metrics;
import org.clustersim.scenario.FactorialPlan;
import org.clustersim.stats.Band;
import org.clustersim.output.Charts;
import org.clustersim.report.Figures.Figure;

/**
 * The time-series charts, redrawn from {@code summary_by_step.csv} with {@link Charts}: the key
 * figure (cooperation and cohesion) and one chart per metric, mean and 95% band per variant.
 * Steps whose mean is NA are left out, as {@link org.clustersim.stats.SummaryTable#bands} does.
 */
public final class TimeSeriesCharts {

    /** File name of the key figure, as the results folder has always named it. */
    public static final String KEY_FIGURE = "key-figure";
    static final String SECTION = "Metrics over time";

    private TimeSeriesCharts() {
    }

    /** Draws the key figure and a chart per metric into {@code charts}; returns them in drawing order. */
    public static List<Figure> draw(Path summaryByStep, Path charts) throws IOException {
        Map<String, Map<String, List<double[]>>> points = read(summaryByStep);
        List<String> metrics = new ArrayList<>();
        points.values().forEach(byMetric -> byMetric.keySet().forEach(m -> {
            if (!metrics.contains(m)) {
                metrics.add(m);
            }
        }));
        List<Figure> figures = new ArrayList<>();
        if (metrics.contains("cooperation_rate") && metrics.contains("cohesion")) {
            String title = "Cooperation and cohesion over time (mean and 95% CI across replications)";
            Charts.keyFigure(bands(points, List.of("cooperation_rate", "cohesion")), title,
                    new Charts.Panel("cooperation_rate", true), new Charts.Panel("cohesion", true),
                    charts.resolve(KEY_FIGURE));
            figures.add(new Figure(KEY_FIGURE, "Key figure: cooperation and cohesion",
                    "Top: share of cooperative decisions each month. Bottom: cohesion, the mean of the largest"
                            + " strong-tie component share, the clustering coefficient and mean trust. Lines are means"
                            + " across replications, bands their 95% confidence intervals.", SECTION));
        }
        List<java.util.concurrent.Callable<Figure>> tasks = new ArrayList<>();
        for (String name : metrics) {
            tasks.add(() -> {
                Metric m = Metrics.standard().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
                String definition = m == null ? name : name + ": " + m.definition();
                Charts.timeSeriesWithBands(bands(points, List.of(name)), definition, m != null && m.share(),
                        charts.resolve(name));
                return new Figure(name, name + " over time", (m == null ? name : m.definition())
                        + ". Mean across replications with its 95% confidence band, per variant.", SECTION);
            });
        }
        figures.addAll(Parallel.run(tasks));
        return figures;
    }

    /** variant -> metric -> points {step, mean, ci_low, ci_high}, in file order. */
    private static Map<String, Map<String, List<double[]>>> read(Path file) throws IOException {
        CsvTable t = CsvTable.read(file);
        int variant = t.column("variant");
        int metric = t.column("metric");
        int step = t.column("step");
        int mean = t.column("mean");
        int low = t.column("ci_low");
        int high = t.column("ci_high");
        Map<String, Map<String, List<double[]>>> points = new LinkedHashMap<>();
        for (List<String> row : t.rows()) {
            if (FactorialPlan.isRow(row.get(variant))) {
                continue; // a factorial's rows are read through their effects, not as lines
            }
            double m = CsvTable.number(row.get(mean));
            List<double[]> list = points.computeIfAbsent(row.get(variant), v -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get(metric), k -> new ArrayList<>());
            if (!Double.isNaN(m)) {
                list.add(new double[] {Integer.parseInt(row.get(step)), m,
                        CsvTable.number(row.get(low)), CsvTable.number(row.get(high))});
            }
        }
        return points;
    }

    /** Bands for each variant (file order) and each of {@code metrics} (given order). */
    private static List<Band> bands(Map<String, Map<String, List<double[]>>> points, List<String> metrics) {
        List<Band> bands = new ArrayList<>();
        points.forEach((variant, byMetric) -> {
            for (String metric : metrics) {
                List<double[]> p = byMetric.getOrDefault(metric, List.of());
                int[] steps = new int[p.size()];
                double[][] cols = new double[3][p.size()];
                for (int i = 0; i < p.size(); i++) {
                    steps[i] = (int) p.get(i)[0];
                    for (int c = 0; c < 3; c++) {
                        cols[c][i] = p.get(i)[c + 1];
                    }
                }
                bands.add(new Band(variant, metric, steps, cols[0], cols[1], cols[2]));
            }
        });
        return bands;
    }
}
