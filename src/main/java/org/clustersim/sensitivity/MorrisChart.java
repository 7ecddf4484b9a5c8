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
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The mu*-sigma plane of a Morris screening for one output and metric (Morris 1991;
 * Campolongo et al. 2007): far right means influential, high up means non-linear or
 * interacting. Each parameter is a labelled point. Written as PNG, SVG and the CSV it plots.
 */
final class MorrisChart {
    private MorrisChart() {
    }

    static void write(List<MorrisAnalysis.Row> rows, String title, Path base) throws IOException {
        XYSeries series = new XYSeries("parameters", false);
        for (MorrisAnalysis.Row r : rows) {
            series.add(r.stats().muStar(), r.stats().sigma());
        }
        JFreeChart chart = ChartFactory.createScatterPlot(title, "mu* (mean absolute elementary effect)",
                "sigma (standard deviation of elementary effects)", new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
        chart.getTitle().setFont(ChartFiles.TITLE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, Palette.variantColor(0));
        for (MorrisAnalysis.Row r : rows) {
            XYTextAnnotation label = new XYTextAnnotation("  " + r.parameter().key(), r.stats().muStar(),
                    r.stats().sigma());
            label.setFont(ChartFiles.SMALL);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(label);
        }
        ChartFiles.write(chart, base);
        try (BufferedWriter out = Csv.open(base.resolveSibling(base.getFileName() + ".csv"))) {
            Csv.writeRow(out, List.of("parameter", "mu_star", "sigma"));
            for (MorrisAnalysis.Row r : rows) {
                Csv.writeRow(out, List.of(r.parameter().key(), Num.format(r.stats().muStar()),
                        Num.format(r.stats().sigma())));
            }
        }
    }
}
