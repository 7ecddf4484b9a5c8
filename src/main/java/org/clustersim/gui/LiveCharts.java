package org.clustersim.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.clustersim.metrics.Metric;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Stage;
import org.clustersim.output.Palette;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
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
 */
final class LiveCharts {
    /** The metrics of the upper chart, in legend order. */
    static final List<String> TRENDS = List.of("cooperation_rate", "cohesion", "mean_trust", "appropriation");
    static final String FIRST_FOCUS = "innovation";

    private final List<String> names = Metrics.names();
    private final XYSeriesCollection trends = new XYSeriesCollection();
    private final XYSeries focus = new XYSeries("focus");
    private final XYSeries stage = new XYSeries("stage");
    private final NumberAxis monthAxis = new NumberAxis("month");
    private final NumberAxis focusAxis = new NumberAxis(FIRST_FOCUS);
    private final JComboBox<String> focusMenu = new JComboBox<>(names.toArray(new String[0]));
    private final List<Row> rows = new ArrayList<>();
    private final JFrame frame = new JFrame("clustersim: live charts");

    LiveCharts() {
        for (String t : TRENDS) {
            trends.addSeries(new XYSeries(t.replace('_', ' ')));
        }
        focusMenu.setSelectedItem(FIRST_FOCUS);
        focusMenu.addActionListener(e -> redrawFocus());
        JPanel menu = new JPanel();
        menu.add(new JLabel("Middle chart:"));
        menu.add(focusMenu);
        ChartPanel panel = new ChartPanel(chart(), false);
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

    /** Empties the charts for a new run of {@code months} months (the axis grows if it goes on). */
    void restart(int months) {
        SwingUtilities.invokeLater(() -> {
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
        focus.clear();
        for (int k = 0; k < rows.size(); k++) {
            focus.add(rows.get(k).month(), rows.get(k).values()[column], k == rows.size() - 1);
        }
    }

    /** The metric row of one month, kept to redraw the focus chart. */
    private record Row(int month, double[] values) {
    }

    private JFreeChart chart() {
        NumberAxis share = new NumberAxis("share / index");
        share.setRange(0, 1);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int k = 0; k < TRENDS.size(); k++) {
            lines.setSeriesPaint(k, Palette.variantColor(k));
            lines.setSeriesStroke(k, new BasicStroke(2f));
        }
        focusAxis.setRange(0, 1);
        XYLineAndShapeRenderer focusLine = new XYLineAndShapeRenderer(true, false);
        focusLine.setSeriesPaint(0, Palette.variantColor(4));
        focusLine.setSeriesStroke(0, new BasicStroke(2f));
        focusLine.setDefaultSeriesVisibleInLegend(false);
        String[] stages = new String[Stage.values().length];
        for (Stage s : Stage.values()) {
            stages[s.code()] = s.name().toLowerCase(Locale.ROOT);
        }
        SymbolAxis stageAxis = new SymbolAxis("stage", stages);
        stageAxis.setRange(-0.4, stages.length - 0.6);
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, Color.DARK_GRAY);
        step.setSeriesStroke(0, new BasicStroke(2.5f));
        step.setDefaultSeriesVisibleInLegend(false);
        monthAxis.setAutoRangeIncludesZero(true);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(monthAxis);
        plot.setGap(8);
        plot.add(new XYPlot(trends, null, share, lines), 3);
        plot.add(new XYPlot(new XYSeriesCollection(focus), null, focusAxis, focusLine), 2);
        plot.add(new XYPlot(new XYSeriesCollection(stage), null, stageAxis, step), 1);
        return new JFreeChart("Cooperation, cohesion, trust and appropriation", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }
}
