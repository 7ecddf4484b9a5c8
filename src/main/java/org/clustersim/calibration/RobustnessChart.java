package org.clustersim.calibration;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.Palette;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The robustness chart: for each check, the share of master seeds and the share of the
 * parameter box in which it holds, as two horizontal bars; checks are labelled by pattern and
 * number ({@code O3.2}), their wording being in robustness.csv.
 */
public final class RobustnessChart {
    private RobustnessChart() {
    }

    public static void write(List<Robustness.Row> rows, String subtitle, Path base) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String last = null;
        int n = 0;
        for (Robustness.Row r : rows) {
            n = r.pattern().equals(last) ? n + 1 : 1;
            last = r.pattern();
            String label = r.pattern() + "." + n;
            data.addValue((double) r.seedsPassed() / Math.max(1, r.seedsTotal()), "share of seeds", label);
            data.addValue(r.shareOfBox(), "share of the parameter box", label);
        }
        JFreeChart chart = ChartFactory.createBarChart("Where each check holds", null, "share (0 to 1)", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        chart.getTitle().setFont(ChartFiles.TITLE);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle, ChartFiles.SUBTITLE));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRangeAxis().setRange(0, 1);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setTickLabelFont(ChartFiles.SMALL);
        axis.setCategoryMargin(0.15);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, Palette.variantColor(0));
        renderer.setSeriesPaint(1, Palette.variantColor(1));
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setItemMargin(0);
        ChartFiles.write(chart, base);
    }
}
