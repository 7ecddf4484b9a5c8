package org.clustersim.sensitivity;

import java.awt.Color;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.output.Palette;
import org.clustersim.output.ChartFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A Morris screening for one output and metric (Morris 1991; Campolongo et al. 2007) as
 * horizontal bars, one row per parameter, most influential first: mu* (the mean absolute
 * elementary effect: how much the parameter moves the output) and sigma (their standard
 * deviation: how much that depends on the other parameters, a sign of non-linearity or
 * interaction). Bars keep every parameter's name readable, where the labels of a mu*-sigma scatter
 * overlap near the origin. Written as PNG, SVG and the CSV it plots.
 */
final class MorrisChart {
    private MorrisChart() {
    }

    static void write(List<MorrisAnalysis.Row> rows, String title, Path base) throws IOException {
        List<MorrisAnalysis.Row> sorted = rows.stream()
                .sorted((a, b) -> Double.compare(b.stats().muStar(), a.stats().muStar())).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MorrisAnalysis.Row r : sorted) {
            data.addValue(r.stats().muStar(), "mu* (influence)", r.parameter().key());
            data.addValue(r.stats().sigma(), "sigma (non-linearity, interactions)", r.parameter().key());
        }
        CategoryAxis y = new CategoryAxis(null);
        y.setTickLabelFont(ChartFiles.LABEL);
        y.setCategoryMargin(0.25);
        NumberAxis x = new NumberAxis("elementary effect (change of the output per unit range of the parameter)");
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.variantColor(0));
        renderer.setSeriesPaint(1, new Color(0xBBBBBB));
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, y, x, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, ChartFiles.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        ChartFiles.write(chart, base);
        try (BufferedWriter out = Csv.open(base.resolveSibling(base.getFileName() + ".csv"))) {
            Csv.writeRow(out, List.of("parameter", "mu_star", "sigma"));
            for (MorrisAnalysis.Row r : sorted) {
                Csv.writeRow(out, List.of(r.parameter().key(), Num.format(r.stats().muStar()),
                        Num.format(r.stats().sigma())));
            }
        }
    }
}
