package org.clustersim.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.clustersim.metrics.Metric;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.ClusterModel;
import org.clustersim.output.Palette;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live charts of the console, drawn with JFreeChart 1.5 directly (MASON 18's own chart
 * classes need JFreeChart 1.0), sharing one month axis: cooperation rate, cohesion, mean trust
 * and appropriation; a focus metric chosen from a menu of every standard metric (innovation
 * first, for the pipelines); the cluster's stage as a step line. {@link #record} runs in the
 * model's thread, between two months: it reads the row of {@link Metrics#observe} and hands a
 * copy to the Swing thread, which alone touches the series, the axes and the rows kept for
 * redrawing the focus when another metric is chosen.
 *
 * <p>When a run starts, the one before stays on every chart as a faint dashed line, named in a
 * subtitle by its label (the scenario and the levers changed), so that two policies can be
 * compared in one picture.
 */
final class LiveCharts {
    /** The metrics of the upper chart, in legend order. */
    static final List<String> TRENDS = List.of("cooperation_rate", "cohesion", "mean_trust", "appropriation");
    static final String FIRST_FOCUS = "innovation";
    private static final Font GHOST_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 12);
    private static final BasicStroke GHOST_STROKE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f);

    private final List<String> names = Metrics.names();
    private final XYSeriesCollection trends = new XYSeriesCollection();
    private final XYSeries focus = new XYSeries("focus");
    private final XYSeries stage = new XYSeries("stage");
    private final NumberAxis monthAxis = new NumberAxis("month");
    private final NumberAxis focusAxis = new NumberAxis(FIRST_FOCUS);
    private final JComboBox<String> focusMenu = new JComboBox<>(names.toArray(new String[0]));
    private final List<Row> rows = new ArrayList<>();
    private final XYSeriesCollection ghostTrends = new XYSeriesCollection();
    private final XYSeries ghostFocus = new XYSeries("previous focus");
    private final XYSeries ghostStage = new XYSeries("previous stage");
    private final TextTitle ghostTitle = new TextTitle("");
    private final JFreeChart chart;
    private List<Row> ghostRows = List.of();
    private String label = "";
    private final JFrame frame = new JFrame("clustersim: live charts");

    LiveCharts() {
        for (String t : TRENDS) {
            trends.addSeries(new XYSeries(t.replace('_', ' ')));
            ghostTrends.addSeries(new XYSeries("previous " + t));
        }
        focusMenu.setSelectedItem(FIRST_FOCUS);
        focusMenu.addActionListener(e -> redrawFocus());
        JPanel menu = new JPanel();
        menu.add(new JLabel("Middle chart:"));
        menu.add(focusMenu);
        chart = build();
        ghostTitle.setFont(GHOST_FONT);
        chart.addSubtitle(ghostTitle);
        ChartPanel panel = new ChartPanel(chart, false);
        panel.setPreferredSize(new Dimension(570, 520));
        JPanel content = new JPanel(new BorderLayout());
        content.add(panel, BorderLayout.CENTER);
        content.add(menu, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.pack();
    }

    JFrame frame() { return frame; }

    XYSeriesCollection trends() { return trends; }

    XYSeries focus() { return focus; }

    XYSeries stage() { return stage; }

    XYSeriesCollection ghostTrends() { return ghostTrends; }

    JFreeChart chart() { return chart; }

    /** The label of the previous run, shown under the title, or "" before a second run. */
    String ghostLabel() { return ghostTitle.getText(); }

    /** The run shown, one row a month from month 0, each the metrics in the order of {@link Metrics#names()}. */
    List<double[]> rows() {
        List<double[]> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(r.values().clone());
        }
        return out;
    }

    /**
     * Starts the charts over for a new run of {@code months} months, named {@code newLabel}; the
     * run shown so far, if any, becomes the faint line. The month axis grows if the run goes on.
     */
    void restart(int months, String newLabel) {
        SwingUtilities.invokeLater(() -> {
            if (!rows.isEmpty()) {
                keepAsGhost();
            }
            label = newLabel;
            rows.clear();
            for (int k = 0; k < trends.getSeriesCount(); k++) {
                trends.getSeries(k).clear();
            }
            focus.clear();
            stage.clear();
            monthAxis.setRange(0, Math.max(1, months));
        });
    }

    /** Adds the model's current month to the charts. Reads the model only. */
    void record(ClusterModel m) {
        double[] row = Metrics.observe(m);
        int month = m.month();
        SwingUtilities.invokeLater(() -> add(month, row));
    }

    private void add(int month, double[] row) {
        rows.add(new Row(month, row));
        for (int k = 0; k < TRENDS.size(); k++) {
            trends.getSeries(k).addOrUpdate(month, row[names.indexOf(TRENDS.get(k))]);
        }
        focus.addOrUpdate(month, row[focusColumn()]);
        stage.addOrUpdate(month, row[names.indexOf("stage")]);
        if (month > monthAxis.getUpperBound()) {
            monthAxis.setAutoRange(true);
        }
    }

    private void keepAsGhost() {
        ghostRows = new ArrayList<>(rows);
        for (int k = 0; k < TRENDS.size(); k++) {
            copy(trends.getSeries(k), ghostTrends.getSeries(k));
        }
        copy(stage, ghostStage);
        ghostTitle.setText("faint dashed lines: previous run, " + label);
        redrawFocus();
    }

    private static void copy(XYSeries from, XYSeries to) {
        to.clear();
        for (int i = 0; i < from.getItemCount(); i++) {
            to.add(from.getX(i), from.getY(i), i == from.getItemCount() - 1);
        }
    }

    private int focusColumn() {
        return names.indexOf((String) focusMenu.getSelectedItem());
    }

    private void redrawFocus() {
        int column = focusColumn();
        Metric metric = Metrics.standard().get(column);
        focusAxis.setLabel(metric.name());
        if (metric.share()) {
            focusAxis.setRange(0, 1);
        } else {
            focusAxis.setAutoRange(true);
        }
        fill(focus, rows, column);
        fill(ghostFocus, ghostRows, column);
    }

    private static void fill(XYSeries series, List<Row> from, int column) {
        series.clear();
        for (int k = 0; k < from.size(); k++) {
            series.add(from.get(k).month(), from.get(k).values()[column], k == from.size() - 1);
        }
    }

    /** The plot with the previous run drawn behind the live lines (the default, reverse, order). */
    private static XYPlot withGhost(XYPlot plot, XYSeriesCollection ghost, XYLineAndShapeRenderer renderer) {
        plot.setDataset(1, ghost);
        plot.setRenderer(1, renderer);
        return plot;
    }

    /** The metric row of one month, kept to redraw the focus chart. */
    private record Row(int month, double[] values) {
    }

    /** {@code faint}, set to draw faint dashed lines in the colours of {@code live}'s first series. */
    private static XYLineAndShapeRenderer faint(XYLineAndShapeRenderer faint, XYLineAndShapeRenderer live, int series) {
        for (int k = 0; k < series; k++) {
            Color c = (Color) live.getSeriesPaint(k);
            faint.setSeriesPaint(k, new Color(c.getRed(), c.getGreen(), c.getBlue(), 100));
            faint.setSeriesStroke(k, GHOST_STROKE);
        }
        faint.setDefaultSeriesVisibleInLegend(false);
        return faint;
    }

    private JFreeChart build() {
        XYLineAndShapeRenderer lines = ChartParts.trendLines();
        focusAxis.setRange(0, 1);
        XYLineAndShapeRenderer focusLine = new XYLineAndShapeRenderer(true, false);
        focusLine.setSeriesPaint(0, Palette.variantColor(4));
        focusLine.setSeriesStroke(0, new BasicStroke(2f));
        focusLine.setDefaultSeriesVisibleInLegend(false);
        XYStepRenderer step = ChartParts.stageStep();
        monthAxis.setAutoRangeIncludesZero(true);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(monthAxis);
        plot.setGap(8);
        plot.add(withGhost(new XYPlot(trends, null, ChartParts.shareAxis(), lines), ghostTrends,
                faint(new XYLineAndShapeRenderer(true, false), lines, TRENDS.size())), 3);
        plot.add(withGhost(new XYPlot(new XYSeriesCollection(focus), null, focusAxis, focusLine),
                new XYSeriesCollection(ghostFocus), faint(new XYLineAndShapeRenderer(true, false), focusLine, 1)), 2);
        plot.add(withGhost(new XYPlot(new XYSeriesCollection(stage), null, ChartParts.stageAxis(), step),
                new XYSeriesCollection(ghostStage), faint(new XYStepRenderer(), step, 1)), 1);
        return new JFreeChart("Cooperation, cohesion, trust and appropriation", JFreeChart.DEFAULT_TITLE_FONT, plot,
                true);
    }
}
