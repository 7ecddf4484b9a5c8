package org.clustersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clustersim.format.Csv;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.EffectsCsv;
import org.clustersim.output.GraphmlWriter;
import org.clustersim.format.Num;
import org.clustersim.output.Palette;
import org.clustersim.report.Figures.Figure;
import org.clustersim.stats.Effect;
import org.clustersim.stats.FactorialEffects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The effects of a two-level factorial experiment on one metric, from {@code effects.csv}
 * ({@link EffectsCsv}): a horizontal bar per main effect, then the largest two-factor interactions,
 * each with its 95% confidence interval as an error bar (the intervals are estimate &plusmn; t se,
 * symmetric), and a line at zero, so an effect whose bar crosses the line is not distinguishable
 * from none. A bar is labelled with its term and the terms aliased with it ("control:voice =
 * decree:promise"), and an interaction aliased with a bar already drawn is not drawn again. Main
 * effects are blue, interactions vermillion ({@link Palette#variantColor}). The CSV next to the
 * chart holds the plotted rows: {@code metric,term,label,kind,estimate,ci_low,ci_high}.
 */
public final class EffectsChart {

    static final String SECTION = "Factorial effects";
    /** Interactions drawn by default: the largest five, next to the main effects. */
    public static final int INTERACTIONS = 5;
    private static final Color MAIN = Palette.variantColor(0);
    private static final Color INTERACTION = Palette.variantColor(1);

    /** A plotted bar: its label on the axis and the effect it shows. */
    record Bar(String label, Effect effect) {
    }

    private EffectsChart() {
    }

    /** Draws one chart per metric of {@code effectsCsv} into {@code charts}, in file order. */
    public static List<Figure> drawAll(Path effectsCsv, Path charts) throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, List<Effect>> metric : read(effectsCsv).entrySet()) {
            figures.add(draw(metric.getKey(), metric.getValue(), INTERACTIONS, charts));
        }
        return figures;
    }

    /** Reads a file written by {@link EffectsCsv#write}: metric to its effects, in file order. */
    public static Map<String, List<Effect>> read(Path effectsCsv) throws IOException {
        CsvTable t = CsvTable.read(effectsCsv);
        String[] columns = EffectsCsv.HEADER.split(",");
        int[] c = new int[columns.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = t.column(columns[i]);
        }
        Map<String, List<Effect>> effects = new LinkedHashMap<>();
        for (List<String> r : t.rows()) {
            double[] v = new double[6];
            for (int i = 0; i < v.length; i++) {
                v[i] = CsvTable.number(r.get(c[i + 3]));
            }
            String aliases = r.get(c[10]);
            effects.computeIfAbsent(r.get(c[0]), m -> new ArrayList<>()).add(new Effect(r.get(c[1]),
                    Effect.Kind.valueOf(r.get(c[2]).toUpperCase(Locale.ROOT)), v[0], v[1], v[2], v[3], v[4], v[5],
                    Effect.Method.valueOf(r.get(c[9]).toUpperCase(Locale.ROOT)),
                    aliases.isEmpty() ? List.of() : List.of(aliases.split(EffectsCsv.ALIAS_SEPARATOR))));
        }
        return effects;
    }

    /**
     * Draws {@code charts/effects-<metric>.png}, {@code .svg} and {@code .csv}: every main effect of
     * {@code effects} and its {@code interactions} largest two-factor interactions.
     */
    public static Figure draw(String metric, List<Effect> effects, int interactions, Path charts) throws IOException {
        List<Bar> bars = bars(effects, interactions);
        String name = "effects-" + GraphmlWriter.safe(metric);
        ChartFiles.write(chart(metric, bars, errorSource(effects)), charts.resolve(name));
        try (BufferedWriter out = Csv.open(charts.resolve(name + ".csv"))) {
            Csv.writeRow(out, List.of("metric", "term", "label", "kind", "estimate", "ci_low", "ci_high"));
            for (Bar bar : bars) {
                Effect e = bar.effect();
                Csv.writeRow(out, List.of(metric, e.term(), bar.label(), e.kind().label(), Num.format(e.estimate()),
                        Num.format(e.ciLow()), Num.format(e.ciHigh())));
            }
        }
        return new Figure(name, "Factorial effects on " + metric,
                "Effect on " + metric + " of moving each factor from its low to its high level (main effects, blue),"
                        + " and the largest two-factor interactions (vermillion), with 95% confidence intervals ("
                        + errorSource(effects) + "). A bar whose interval crosses zero is not distinguishable from"
                        + " no effect; aliased interactions are one bar named by all their terms.", SECTION);
    }

    /** The main effects then the {@code interactions} largest interactions, one bar per alias set. */
    static List<Bar> bars(List<Effect> effects, int interactions) {
        if (interactions < 0) {
            throw new IllegalArgumentException("number of interactions must be >= 0, got " + interactions);
        }
        List<Bar> bars = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        int drawn = 0;
        for (Effect e : FactorialEffects.ranked(effects)) {
            boolean main = e.kind() == Effect.Kind.MAIN;
            // Main effects come first, so an interaction aliased with one (resolution III) is already shown.
            if (main || drawn < interactions && e.aliases().stream().noneMatch(shown::contains)) {
                List<String> names = new ArrayList<>(List.of(e.term()));
                names.addAll(e.aliases());
                shown.add(e.term());
                drawn += main ? 0 : 1;
                bars.add(new Bar(String.join(EffectsCsv.ALIAS_SEPARATOR, names), e));
            }
        }
        return bars;
    }

    private static JFreeChart chart(String metric, List<Bar> bars, String errorSource) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Bar bar : bars) {
            Effect e = bar.effect();
            // No error bar when there is no interval (a standard error of zero).
            Double halfWidth = Double.isNaN(e.ciLow()) ? null : (e.ciHigh() - e.ciLow()) / 2;
            data.add(Double.valueOf(e.estimate()), halfWidth, "effect", bar.label());
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return bars.get(column).effect().kind() == Effect.Kind.MAIN ? MAIN : INTERACTION;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
        renderer.setMaximumBarWidth(0.06);
        CategoryAxis terms = new CategoryAxis(null);
        terms.setTickLabelFont(ChartFiles.LABEL);
        // Aliased interactions have long labels ("a:b = c:d = e:f"): wrap them rather than cut them.
        terms.setMaximumCategoryLabelWidthRatio(0.4f);
        terms.setMaximumCategoryLabelLines(3);
        NumberAxis value = new NumberAxis("effect on " + metric + " (high \u2212 low)");
        value.setLabelFont(ChartFiles.LABEL);
        value.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, terms, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.2f)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("main effect", MAIN));
        legend.add(new LegendItem("two-factor interaction", INTERACTION));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("Factorial effects on " + metric, ChartFiles.TITLE, plot, true);
        chart.addSubtitle(new TextTitle("bars: effect from low to high; whiskers: 95% confidence interval ("
                + errorSource + ")", ChartFiles.SUBTITLE));
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(ChartFiles.LABEL);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Where the intervals come from, e.g. "pooled within-run variance, 80 df". */
    private static String errorSource(List<Effect> effects) {
        if (effects.isEmpty()) {
            return "no effects";
        }
        Effect e = effects.get(0);
        String source = e.method() == Effect.Method.POOLED ? "pooled within-run variance"
                : "Lenth's pseudo standard error";
        return source + ", " + Num.format(e.df()) + " df";
    }
}
