package org.clustersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.output.ChartFiles;
import org.clustersim.output.Palette;
import org.clustersim.report.Figures.Figure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The response of a sweep: for one metric and one swept parameter, the final-month mean and its
 * 95% confidence interval (summary.csv) against the parameter's value, one line per arm and level
 * of the other swept parameters. Written as PNG, SVG and the CSV it plots
 * ({@code line,parameter,value,mean,ci_low,ci_high}).
 */
final class ResponseCharts {
    /** The section of the report the response charts belong to. */
    static final String SECTION = "Sweep";

    /** Final-month statistics of one variant and metric. */
    record Final(double mean, double low, double high) {
    }

    private ResponseCharts() {
    }

    /** Reads summary.csv: variant to metric to its final statistics. */
    static Map<String, Map<String, Final>> read(Path summaryCsv) throws IOException {
        CsvTable t = CsvTable.read(summaryCsv);
        int v = t.column("variant");
        int m = t.column("metric");
        int mean = t.column("mean");
        int low = t.column("ci_low");
        int high = t.column("ci_high");
        Map<String, Map<String, Final>> out = new LinkedHashMap<>();
        for (List<String> r : t.rows()) {
            out.computeIfAbsent(r.get(v), k -> new LinkedHashMap<>()).put(r.get(m), new Final(
                    CsvTable.number(r.get(mean)), CsvTable.number(r.get(low)), CsvTable.number(r.get(high))));
        }
        return out;
    }

    /** Draws {@code charts/response-<metric>-<parameter>.*}. */
    static Figure draw(Map<String, Map<String, Final>> finals, String metric, String parameter, Path charts)
            throws IOException {
        Map<String, YIntervalSeries> lines = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Final>> e : finals.entrySet()) {
            Map<String, Double> point = Sweep.point(e.getKey());
            Final f = e.getValue().get(metric);
            if (!point.containsKey(parameter) || f == null || Double.isNaN(f.mean())) {
                continue;
            }
            List<String> others = new ArrayList<>();
            point.forEach((k, x) -> {
                if (!k.equals(parameter)) {
                    others.add(k + "=" + Num.format(x));
                }
            });
            String line = Sweep.arm(e.getKey()) + (others.isEmpty() ? "" : " (" + String.join(", ", others) + ")");
            lines.computeIfAbsent(line, k -> new YIntervalSeries(k, true, false)).add(point.get(parameter), f.mean(),
                    Double.isNaN(f.low()) ? f.mean() : f.low(), Double.isNaN(f.high()) ? f.mean() : f.high());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(true);
        renderer.setDrawXError(false);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        int s = 0;
        for (YIntervalSeries series : lines.values()) {
            data.addSeries(series);
            renderer.setSeriesPaint(s, Palette.variantColor(s));
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            s++;
        }
        Glossary.Entry g = Glossary.of(metric);
        NumberAxis x = new NumberAxis(parameter);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(g.label() + " (" + g.scale() + ")");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        String title = capitalised(g.label()) + " in the final month against " + parameter;
        JFreeChart chart = new JFreeChart(title, ChartFiles.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        String name = "response-" + metric + "-" + parameter;
        ChartFiles.write(chart, charts.resolve(name));
        try (BufferedWriter out = Csv.open(charts.resolve(name + ".csv"))) {
            out.write("line,parameter,value,mean,ci_low,ci_high\n");
            for (YIntervalSeries series : lines.values()) {
                for (int i = 0; i < series.getItemCount(); i++) {
                    Csv.writeRow(out, List.of(String.valueOf(series.getKey()), parameter,
                            Num.format(series.getX(i).doubleValue()), Num.format(series.getYValue(i)),
                            Num.format(series.getYLowValue(i)), Num.format(series.getYHighValue(i))));
                }
            }
        }
        return new Figure(name, title, g.meaning() + ", in the final month: mean across replications at each value of "
                + parameter + ", with its 95% confidence interval (Student t), one line per arm"
                + (lines.size() > 1 ? " and level of the other swept parameters." : "."), SECTION);
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
