package org.clustersim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustersim.scenario.FactorialPlan;
import org.clustersim.stats.Band;
import org.clustersim.output.Charts;
import org.clustersim.report.Figures.Figure;

/**
 * The time-series charts, redrawn from {@code summary_by_step.csv} with {@link Charts}: the key
 * figure (cooperation and cohesion) and one chart per numeric metric, mean and 95% band per
 * variant, with plain titles ({@link Glossary}) and the formula in the caption. The stage, a
 * category, is drawn as shares of runs by {@link StageChart}, never as a mean of its codes.
 * Steps whose mean is NA are left out, as {@link org.clustersim.stats.SummaryTable#bands} does.
 */
public final class TimeSeriesCharts {

    /** File name of the key figure, as the results folder has always named it. */
    public static final String KEY_FIGURE = "key-figure";
    static final String SECTION = "Key figure";

    private TimeSeriesCharts() {
    }

    /**
     * Draws the key figure and a chart per numeric metric into {@code charts}, on the time axis and
     * marks of {@code timeline}; returns them in drawing order, each in the section of its question.
     */
    public static List<Figure> draw(Path summaryByStep, Path charts, Charts.Timeline timeline, String marks)
            throws IOException {
        Map<String, Map<String, List<double[]>>> points = read(summaryByStep);
        List<String> metrics = new ArrayList<>();
        points.values().forEach(byMetric -> byMetric.keySet().forEach(m -> {
            if (!metrics.contains(m) && Glossary.numeric(m)) {
                metrics.add(m);
            }
        }));
        List<Figure> figures = new ArrayList<>();
        if (metrics.contains("cooperation_rate") && metrics.contains("cohesion")) {
            Glossary.Entry top = Glossary.of("cooperation_rate");
            Glossary.Entry bottom = Glossary.of("cohesion");
            Charts.keyFigure(bands(points, List.of("cooperation_rate", "cohesion")), "Cooperation and cohesion over time",
                    new Charts.Panel("cooperation_rate", false, top.label()),
                    new Charts.Panel("cohesion", false, bottom.label()), timeline, charts.resolve(KEY_FIGURE));
            figures.add(new Figure(KEY_FIGURE, "Key figure: cooperation and cohesion over time",
                    "Top: " + top.meaning() + " (" + Figures.definition("cooperation_rate") + "). Bottom: "
                            + bottom.meaning() + " (" + Figures.definition("cohesion") + "). Lines are means across"
                            + " replications, bands their 95% confidence intervals; each axis is fitted to the data."
                            + marks, SECTION));
        }
        List<java.util.concurrent.Callable<Figure>> tasks = new ArrayList<>();
        for (String name : metrics) {
            tasks.add(() -> {
                Glossary.Entry g = Glossary.of(name);
                String title = ResponseCharts.capitalised(g.label()) + " over time";
                Charts.timeSeriesWithBands(bands(points, List.of(name)), title, g.label() + " (" + g.scale() + ")",
                        timeline, charts.resolve(name));
                return new Figure(name, title, meaning(g) + "Formula: " + Figures.definition(name) + ". Mean across"
                        + " replications with its 95% confidence band, per variant; the axis is fitted to the data."
                        + marks, g.question().title());
            });
        }
        figures.addAll(Parallel.run(tasks));
        return figures;
    }

    /** "Meaning, on a scale of 0 to 1. " or nothing for a metric the glossary does not know. */
    static String meaning(Glossary.Entry g) {
        return g.meaning().isEmpty() ? "" : ResponseCharts.capitalised(g.meaning()) + ", " + g.scale() + ". ";
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
