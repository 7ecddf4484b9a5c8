package org.clustersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.Palette;
import org.clustersim.report.Figures.Figure;
import org.clustersim.scenario.FactorialPlan;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.statistics.MultiValueCategoryDataset;

/**
 * Final-month distributions of one metric, a box per variant over its replications: JFreeChart's
 * {@link BoxAndWhiskerRenderer} draws the quartile box, the median line and whiskers to the most
 * extreme values within 1.5 IQR ({@link BoxAndWhiskerCalculator}); every replication's value is drawn
 * on top as a dot (spread sideways, {@link JitteredDots}) and the mean as a black diamond, so outliers stay visible at their value (the
 * renderer's own outlier and mean marks scale with the box width and are turned off). The CSV
 * holds every drawn number: {@code variant,metric,what,replication,value} with what one of point,
 * mean, median, q1, q3, whisker_low, whisker_high.
 */
public final class BoxPlots {

    private static final String[] STATISTICS = {"mean", "median", "q1", "q3", "whisker_low", "whisker_high"};

    private BoxPlots() {
    }

    /** Draws {@code charts/final-<metric>.*}; variants keep the order and colours of the other charts. */
    public static Figure draw(Timeseries ts, String metric, String definition, Path charts) throws IOException {
        int m = ts.metricIndex(metric);
        DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultMultiValueCategoryDataset points = new DefaultMultiValueCategoryDataset();
        String name = "final-" + metric;
        try (BufferedWriter out = Csv.open(charts.resolve(name + ".csv"))) {
            out.write("variant,metric,what,replication,value\n");
            for (String v : ts.variants().stream().filter(x -> !FactorialPlan.isRow(x)).toList()) {
                List<Double> values = new ArrayList<>();
                for (Timeseries.Run run : ts.runs(v)) {
                    double x = run.finals()[m];
                    if (!Double.isNaN(x)) {
                        values.add(x);
                        Csv.writeRow(out, List.of(v, metric, "point", Integer.toString(run.replication()), Num.format(x)));
                    }
                }
                BoxAndWhiskerItem s = BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(values);
                Number[] stats = {s.getMean(), s.getMedian(), s.getQ1(), s.getQ3(), s.getMinRegularValue(),
                    s.getMaxRegularValue()};
                for (int i = 0; i < stats.length; i++) {
                    Csv.writeRow(out, List.of(v, metric, STATISTICS[i], "", format(stats[i])));
                }
                // No outliers and far-out bounds at the whiskers: the dots show every value instead.
                boxes.add(new BoxAndWhiskerItem(s.getMean(), s.getMedian(), s.getQ1(), s.getQ3(),
                        s.getMinRegularValue(), s.getMaxRegularValue(), s.getMinRegularValue(),
                        s.getMaxRegularValue(), List.of()), metric, v);
                points.add(values, "replication", v);
                points.add(s.getMean() == null ? List.of() : List.of(s.getMean()), "mean", v);
            }
        }
        Glossary.Entry g = Glossary.of(metric);
        String title = ResponseCharts.capitalised(g.label()) + " in the final month, run by run";
        ChartFiles.write(chart(boxes, points, title, g.label() + " (" + g.scale() + ")"), charts.resolve(name));
        return new Figure(name, title, TimeSeriesCharts.meaning(g) + "Formula: " + definition + ". One dot per"
                + " replication, spread sideways so that equal values stay visible; black diamond: mean; box: first"
                + " to third quartile with the median; whiskers: the most extreme values within 1.5 interquartile"
                + " ranges of the box.", g.question().title());
    }

    /**
     * The replications' dots, spread sideways over a third of the category's width by a fixed
     * sequence (the fractional parts of i times the golden ratio, evenly spread for any count), so
     * that the picture is the same at every drawing; the mean (row 1) stays in the middle.
     */
    private static final class JitteredDots extends ScatterRenderer {
        private static final long serialVersionUID = 1L;
        private static final double GOLDEN = 0.6180339887498949;

        @Override
        public Paint getItemPaint(int row, int column) {
            return row == 0 ? translucent(Palette.variantColor(column), 140) : Color.BLACK;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                             int column, int pass) {
            if (!getItemVisible(row, column) || !(dataset instanceof MultiValueCategoryDataset d)) {
                return;
            }
            RectangleEdge xEdge = plot.getDomainAxisEdge();
            double middle = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, xEdge);
            double width = domainAxis.getCategoryEnd(column, dataset.getColumnCount(), dataArea, xEdge)
                    - domainAxis.getCategoryStart(column, dataset.getColumnCount(), dataArea, xEdge);
            List<?> values = d.getValues(row, column);
            g2.setPaint(getItemPaint(row, column));
            for (int i = 0; i < values.size(); i++) {
                double offset = row == 0 ? ((i * GOLDEN) % 1.0 - 0.5) * width / 3 : 0;
                double y = rangeAxis.valueToJava2D(((Number) values.get(i)).doubleValue(), dataArea,
                        plot.getRangeAxisEdge());
                g2.fill(ShapeUtils.createTranslatedShape(getItemShape(row, column), middle + offset, y));
            }
        }
    }

    private static JFreeChart chart(DefaultBoxAndWhiskerCategoryDataset boxes, DefaultMultiValueCategoryDataset points,
                                    String title, String yLabel) {
        BoxAndWhiskerRenderer boxRenderer = new BoxAndWhiskerRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return translucent(Palette.variantColor(column), 90);
            }
        };
        boxRenderer.setMaximumBarWidth(0.2);
        boxRenderer.setMeanVisible(false);
        boxRenderer.setUseOutlinePaintForWhiskers(true);
        boxRenderer.setDefaultOutlinePaint(Color.DARK_GRAY);
        boxRenderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        boxRenderer.setArtifactPaint(Color.BLACK);
        ScatterRenderer dots = new JitteredDots();
        dots.setUseSeriesOffset(false);
        dots.setDrawOutlines(false);
        dots.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        dots.setSeriesShape(1, diamond(7));
        CategoryAxis x = new CategoryAxis("variant");
        x.setTickLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        x.setLabelFont(ChartFiles.LABEL);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeStickyZero(false);
        y.setLabelFont(ChartFiles.LABEL);
        CategoryPlot plot = new CategoryPlot(boxes, x, y, boxRenderer);
        plot.setDataset(1, points);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, ChartFiles.TITLE, plot, false);
        chart.addSubtitle(new TextTitle("dots: replications; diamond: mean; box: quartiles and median;"
                + " whiskers: 1.5 IQR", ChartFiles.SUBTITLE));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static Path2D diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    private static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static String format(Number n) {
        return n == null ? "NA" : Num.format(n.doubleValue());
    }
}
