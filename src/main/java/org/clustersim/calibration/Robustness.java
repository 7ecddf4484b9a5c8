package org.clustersim.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.patterns.CheckResult;
import org.clustersim.patterns.Pattern;
import org.clustersim.patterns.PatternRunner;
import org.clustersim.scenario.yaml.ScenarioException;

/**
 * Robustness of every check of every pattern (observed and hypotheses) to what was never used
 * in development: master seeds given by the user, and a Latin hypercube of parameter sets
 * within a box around the calibrated values (pattern-oriented modelling, Grimm et al. 2005; McKay et al.
 * 1979). Each seed runs every pattern's file with that master seed; each point of the box runs
 * it with the file's own seed at the point's parameter values. A check holds at a seed or a
 * point when it passes (observed) or is supported (hypothesis) there.
 */
public final class Robustness {
    private Robustness() {
    }

    /** One check's tally. */
    public record Row(Pattern.Kind kind, String pattern, String check, int seedsPassed, int seedsTotal,
                      int pointsPassed, int pointsTotal) {
        public double shareOfBox() {
            return pointsTotal == 0 ? Double.NaN : (double) pointsPassed / pointsTotal;
        }
    }

    /** The box's points, from a Latin hypercube drawn with {@code designSeed}. */
    public static double[][] points(ParameterBox box, int n, long designSeed) {
        return Rejection.design(box, n, Rejection.Sampling.LHS, designSeed);
    }

    /** Runs every check at every seed and every point; {@code progress} hears one line per run of the catalogue. */
    public static List<Row> run(List<Pattern> patterns, Path scenarios, Integer replications, int threads,
                                List<Long> seeds, ParameterBox box, double[][] points, Consumer<String> progress)
            throws IOException, ScenarioException {
        Map<String, int[]> tally = new LinkedHashMap<>();
        Map<String, Row> names = new LinkedHashMap<>();
        for (Long seed : seeds) {
            progress.accept("seed " + seed);
            count(patterns, scenarios, replications, threads, List.of("seed=" + seed), tally, names, 0);
        }
        for (int i = 0; i < points.length; i++) {
            progress.accept("point " + (i + 1) + " of " + points.length);
            count(patterns, scenarios, replications, threads, box.overrides(points[i]), tally, names, 2);
        }
        List<Row> rows = new ArrayList<>();
        names.forEach((key, r) -> {
            int[] t = tally.get(key);
            rows.add(new Row(r.kind(), r.pattern(), r.check(), t[0], t[1], t[2], t[3]));
        });
        return rows;
    }

    private static void count(List<Pattern> patterns, Path scenarios, Integer replications, int threads,
                              List<String> sets, Map<String, int[]> tally, Map<String, Row> names, int column)
            throws IOException, ScenarioException {
        for (Pattern p : patterns) {
            List<CheckResult> results = PatternRunner.run(p, scenarios, replications, threads, sets).results();
            for (int c = 0; c < results.size(); c++) {
                CheckResult r = results.get(c);
                String key = p.file() + "#" + c;
                names.putIfAbsent(key, new Row(p.kind(), p.id(), r.check(), 0, 0, 0, 0));
                int[] t = tally.computeIfAbsent(key, k -> new int[4]);
                t[column] += r.pass() ? 1 : 0;
                t[column + 1]++;
            }
        }
    }

    /** {@code robustness.csv}: kind, pattern, check, seeds_passed, seeds_total, share_of_box. */
    public static void write(List<Row> rows, Path file) throws IOException {
        try (BufferedWriter w = Csv.open(file)) {
            Csv.writeRow(w, List.of("kind", "pattern", "check", "seeds_passed", "seeds_total", "share_of_box"));
            for (Row r : rows) {
                Csv.writeRow(w, List.of(r.kind().name().toLowerCase(java.util.Locale.ROOT), r.pattern(), r.check(),
                        Integer.toString(r.seedsPassed()), Integer.toString(r.seedsTotal()),
                        Num.format(r.shareOfBox())));
            }
        }
    }
}
