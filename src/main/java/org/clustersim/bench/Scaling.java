package org.clustersim.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.clustersim.experiment.Replication;
import org.clustersim.model.Actor;
import org.clustersim.model.ActorSpec;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.output.Palette;
import org.clustersim.output.ChartFiles;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.ScenarioException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The scaling curve of the performance issue: one scenario (scenarios/scale/large.yaml) run at
 * 1%, 3%, 10%, 30% and 100% of its own {@code scale} parameter (about 1k, 3k, 10k, 30k and 100k
 * actors), each run timed on the calling thread, and the exponent of time per step against actors
 * fitted by least squares on the logarithms. The largest point is the scenario at its own scale,
 * so that its run also gives the figure of the full-size population.
 */
public final class Scaling {
    /** The scales measured, in thousandths of the scenario's own scale (rounded half up). */
    static final int[] PER_MILLE = {10, 30, 100, 300, 1000};
    /** The quick bench stops here (about 10k actors). */
    static final int QUICK_LIMIT = 100;

    /** One measured scale: the median wall time of its runs, their number, its steps and size at the end. */
    public record Point(int scale, int actors, long tiesAtEnd, double seconds, int runs, int steps) {
        public double secondsPerStep() {
            return seconds / steps;
        }
    }

    private Scaling() {
    }

    /** The scales of a bench, as thousandths of {@code ownScale}: all five, or those up to 10% when quick. */
    public static List<Integer> scales(int ownScale, boolean quick) {
        List<Integer> scales = new ArrayList<>();
        for (int perMille : PER_MILLE) {
            if (!quick || perMille <= QUICK_LIMIT) {
                scales.add(Math.max(1, (int) ((ownScale * (long) perMille + 500) / 1000)));
            }
        }
        return scales;
    }

    /** The {@code scale} parameter of the file's first variant. */
    public static int ownScale(Path file) throws ScenarioException {
        return ScenarioLoader.load(file).variants().get(0).config().parameters().getInt(Param.SCALE);
    }

    /**
     * Runs {@code file} at each scale on the calling thread and keeps, for each, the median wall
     * time of {@code passes} runs. Before that, the smallest scale runs for {@code warmupSeconds} so
     * that the JIT has compiled the model (about 25 runs of 1,000 actors on the development machine;
     * fewer left the first point up to 75% slow, and the slope with it). The passes alternate
     * ascending and descending order, so that a drift of the machine's speed during the minutes
     * of the measurement falls on every scale alike instead of on the largest. Every run uses the
     * scenario's seed, so repeats do the same work, and a full collection precedes each one so that
     * it does not pay for the previous run's garbage. Progress goes to {@code log}, a line a run.
     */
    public static List<Point> measure(Path file, List<Integer> scales, double warmupSeconds, int passes,
                                      PrintStream log) throws ScenarioException {
        List<Scenario> scenarios = new ArrayList<>();
        for (int scale : scales) {
            scenarios.add(load(file, scale));
        }
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warmups = 0;
        while (!scenarios.isEmpty() && (System.nanoTime() < warmupEnd || warmups < 2)) {
            timed(scenarios.get(0));
            warmups++;
        }
        log.printf("  warm-up: %d runs of the smallest scale%n", warmups);
        double[][] seconds = new double[scales.size()][passes];
        Run[] last = new Run[scales.size()];
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < scales.size(); k++) {
                int i = pass % 2 == 0 ? k : scales.size() - 1 - k;
                Scenario s = scenarios.get(i);
                log.printf("  pass %d, scale %d: %,d actors, %d months ...", pass + 1, scales.get(i),
                        declared(s.variants().get(0).config()) * scales.get(i), s.steps());
                log.flush();
                System.gc();
                last[i] = timed(s);
                seconds[i][pass] = last[i].seconds();
                log.printf(" %.2f s%n", seconds[i][pass]);
            }
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            points.add(new Point(scales.get(i), last[i].actors(), last[i].ties(), Bench.median(seconds[i]), passes,
                    scenarios.get(i).steps()));
        }
        return points;
    }

    private record Run(double seconds, int actors, long ties) {
    }

    /** One timed run; the model is dropped on return, before the next run starts. */
    private static Run timed(Scenario s) {
        long t0 = System.nanoTime();
        Replication run = Replication.run(s.variants().get(0).config(), s.seed(), s.steps());
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Run(seconds, run.finalModel().actors().size(), ties(run.finalModel().actors()));
    }

    private static Scenario load(Path file, int scale) throws ScenarioException {
        return ScenarioLoader.load(file, List.of("parameters.scale=" + scale));
    }

    private static int declared(ModelConfig config) {
        return config.actors().stream().mapToInt(ActorSpec::count).sum();
    }

    /** Undirected ties: every tie is held by both its ends. */
    private static long ties(List<Actor> actors) {
        long ends = 0;
        for (Actor a : actors) {
            ends += a.ties().size();
        }
        return ends / 2;
    }

    /** Least-squares slope of log(time per step) on log(actors); NaN with fewer than two points. */
    public static double exponent(List<Point> points) {
        return fit(points).getSlope();
    }

    /** The least-squares line of log(ms per step) on log(actors). */
    private static SimpleRegression fit(List<Point> points) {
        SimpleRegression fit = new SimpleRegression();
        points.forEach(p -> fit.addData(Math.log(p.actors()), Math.log(p.secondsPerStep() * 1000)));
        return fit;
    }

    /** Writes {@code scaling.csv}, {@code scaling.png} and {@code scaling.svg} into {@code dir}, creating it. */
    public static void write(List<Point> points, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter out = Csv.open(dir.resolve("scaling.csv"))) {
            out.write("scale,actors,ties_at_end,runs,seconds,seconds_per_step\n");
            for (Point p : points) {
                out.write(p.scale() + "," + p.actors() + "," + p.tiesAtEnd() + "," + p.runs() + ","
                        + Num.format(p.seconds()) + "," + Num.format(p.secondsPerStep()) + "\n");
            }
        }
        ChartFiles.write(chart(points), dir.resolve("scaling"));
    }

    /**
     * Log-log chart of time per step (ms) against actors: the measured points, the fitted line over
     * their range and a dotted line of slope 1 through the smallest point.
     */
    static JFreeChart chart(List<Point> points) {
        SimpleRegression fit = fit(points);
        XYSeries measured = new XYSeries("measured (median wall time of a run / months)", false, true);
        for (Point p : points) {
            measured.add(p.actors(), p.secondsPerStep() * 1000);
        }
        double exponent = fit.getSlope();
        XYSeries fitted = new XYSeries(String.format(Locale.ROOT, "least-squares fit: time ~ actors^%.2f", exponent),
                false, true);
        XYSeries linear = new XYSeries("slope 1 (linear) through the smallest point", false, true);
        if (points.size() >= 2) {
            Point first = points.stream().min((a, b) -> Integer.compare(a.actors(), b.actors())).orElseThrow();
            double n0 = first.actors();
            double n1 = points.stream().mapToInt(Point::actors).max().orElseThrow();
            for (double n : new double[] {n0, n1}) {
                fitted.add(n, Math.exp(fit.getIntercept() + exponent * Math.log(n)));
                linear.add(n, first.secondsPerStep() * 1000 * n / n0);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(measured);
        data.addSeries(fitted);
        data.addSeries(linear);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(0, Palette.variantColor(0));
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, Palette.variantColor(1));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        renderer.setSeriesShapesVisible(2, false);
        renderer.setSeriesPaint(2, new Color(0x555555));
        renderer.setSeriesStroke(2, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {1.5f, 4f}, 0f));

        XYPlot plot = new XYPlot(data, axis("Actors (log scale)"), axis("Time per step, ms (log scale)"), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        String title = String.format(Locale.ROOT, "Cost of a step against population size: fitted exponent %.2f",
                exponent);
        JFreeChart chart = new JFreeChart(title, ChartFiles.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(ChartFiles.LABEL);
        return chart;
    }

    private static LogAxis axis(String label) {
        LogAxis axis = new OneTwoFiveAxis(label);
        axis.setLabelFont(ChartFiles.LABEL_BOLD);
        axis.setTickLabelFont(ChartFiles.SMALL);
        axis.setSmallestValue(1e-6);
        return axis;
    }

    /** A log axis with ticks at 1, 2 and 5 times the powers of ten, rather than at fractional values. */
    private static final class OneTwoFiveAxis extends LogAxis {
        private static final long serialVersionUID = 1L;
        private final DecimalFormat format =
                new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));

        OneTwoFiveAxis(String label) {
            super(label);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            TextAnchor anchor = edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER
                    : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
                    : edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
            Range range = getRange();
            List<NumberTick> ticks = new ArrayList<>();
            int lowest = (int) Math.floor(Math.log10(range.getLowerBound()));
            for (int e = lowest; Math.pow(10, e) <= range.getUpperBound(); e++) {
                for (int m : new int[] {1, 2, 5}) {
                    double v = m * Math.pow(10, e);
                    if (range.contains(v)) {
                        ticks.add(new NumberTick(TickType.MAJOR, v, format.format(v), anchor, anchor, 0));
                    }
                }
            }
            return ticks;
        }
    }
}
