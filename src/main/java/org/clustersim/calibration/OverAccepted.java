package org.clustersim.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.Param;
import org.clustersim.patterns.Check;
import org.clustersim.patterns.CheckResult;
import org.clustersim.patterns.Difference;
import org.clustersim.patterns.Pattern;
import org.clustersim.patterns.PatternRunner;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.Variant;
import org.clustersim.scenario.yaml.ScenarioException;

/**
 * An experiment run at every accepted parameter set of a calibration ({@code run FILE --over
 * accepted.csv}), and the share of the sets in which each statement holds. For a pattern's file,
 * the statements are its checks (a hypothesis's, above all); for any other experiment, they are
 * its headline differences: for the first variant against each other one and each metric at the
 * end, "more" and "less", each holding where the difference has that sign and Welch's test gives
 * p below alpha (0.01). The share is over the parameter sets that reproduce what was observed,
 * so it says how far a conclusion depends on the parameters the data leave open
 * (van der Vaart et al. 2015).
 */
public final class OverAccepted {
    private OverAccepted() {
    }

    /** One statement and in how many of the accepted sets it holds. */
    public record Holding(String pattern, String statement, int holds, int total) {
        public double share() {
            return total == 0 ? Double.NaN : (double) holds / total;
        }
    }

    /** The accepted sets of a calibration's accepted.csv, as {@code --set} overrides. */
    public static List<List<String>> read(Path accepted) throws IOException {
        if (!Files.isRegularFile(accepted)) {
            throw new IOException(accepted + ": no such file (expected a calibration's accepted.csv)");
        }
        String first = Files.readAllLines(accepted).stream().findFirst().orElse("");
        List<String> header = Csv.parseLine(first);
        if (header.size() < 4 || !header.get(0).equals("sample")
                || !header.subList(header.size() - 2, header.size()).equals(List.of("failed", "distance"))) {
            throw new IOException(accepted + ":1: expected the columns sample, PARAMETER..., failed, distance");
        }
        List<String> keys = header.subList(1, header.size() - 2);
        List<String> known = Arrays.stream(Param.values()).map(Param::key).toList();
        for (String k : keys) {
            if (!known.contains(k)) {
                throw new IOException(accepted + ":1: unknown parameter '" + k + "'");
            }
        }
        ParameterBox box = new ParameterBox(keys.stream().map(k -> Param.valueOf(k.toUpperCase(Locale.ROOT)))
                .toList(), new double[keys.size()], new double[keys.size()]);
        List<List<String>> out = new ArrayList<>();
        for (Rejection.Sample s : SamplesFile.read(accepted, keys)) {
            out.add(box.overrides(s.values()));
        }
        return out;
    }

    /** The patterns whose file is {@code file} (an experiment of the catalogue), possibly none. */
    public static List<Pattern> patternsOf(Path file, List<Pattern> catalogue, Path scenarios) throws IOException {
        List<Pattern> out = new ArrayList<>();
        Path real = file.toRealPath();
        for (Pattern p : catalogue) {
            Path f = scenarios.resolve(p.file());
            if (Files.exists(f) && f.toRealPath().equals(real)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The headline differences of an experiment that is not a pattern, as a pattern of checks. */
    public static Pattern headline(Path file) throws ScenarioException {
        Scenario s = ScenarioLoader.load(file);
        List<Check> checks = new ArrayList<>();
        List<Variant> v = s.variants();
        for (int i = 1; i < v.size(); i++) {
            for (String m : Metrics.names()) {
                checks.add(Difference.greater(m, v.get(0).name(), v.get(i).name(), 0));
                checks.add(Difference.greater(m, v.get(i).name(), v.get(0).name(), 0));
            }
        }
        return Pattern.hypothesis(s.name(), s.description(), file.toAbsolutePath().toString(), checks);
    }

    /** Runs each pattern at each accepted set and counts, per check, the sets where it holds. */
    public static List<Holding> run(List<Pattern> patterns, Path scenarios, List<List<String>> sets,
                                    Integer replications, int threads, Consumer<String> progress)
            throws IOException, ScenarioException {
        List<Holding> out = new ArrayList<>();
        for (Pattern p : patterns) {
            int[] holds = null;
            List<CheckResult> first = null;
            for (int i = 0; i < sets.size(); i++) {
                progress.accept(p.id() + ": parameter set " + (i + 1) + " of " + sets.size());
                List<CheckResult> r = PatternRunner.run(p, scenarios, replications, threads, sets.get(i)).results();
                if (holds == null) {
                    holds = new int[r.size()];
                    first = r;
                }
                for (int c = 0; c < r.size(); c++) {
                    holds[c] += r.get(c).pass() ? 1 : 0;
                }
            }
            for (int c = 0; first != null && c < first.size(); c++) {
                out.add(new Holding(p.id(), statement(p.checks().get(c), first.get(c)), holds[c], sets.size()));
            }
        }
        return out;
    }

    /** A check in words: a headline difference as "propose ends with more cohesion than impose". */
    private static String statement(Check c, CheckResult r) {
        if (c instanceof Difference d && d.smallest() == 0 && d.step() < 0 && !d.volatility()) {
            return (d.bGreater() ? d.b() : d.a()) + " ends with more " + d.metric() + " than "
                    + (d.bGreater() ? d.a() : d.b());
        }
        return r.check();
    }

    /** {@code over.csv}: pattern, statement, sets_holding, sets_total, share. */
    public static void write(List<Holding> rows, Path file) throws IOException {
        try (BufferedWriter w = Csv.open(file)) {
            Csv.writeRow(w, List.of("pattern", "statement", "sets_holding", "sets_total", "share"));
            for (Holding h : rows) {
                Csv.writeRow(w, List.of(h.pattern(), h.statement(), Integer.toString(h.holds()),
                        Integer.toString(h.total()), Num.format(h.share())));
            }
        }
    }

    /** The sentence for the report, e.g. "... in 84% of the 25 parameter sets that reproduce what was observed". */
    public static String sentence(Holding h) {
        return h.pattern() + ": " + h.statement() + " in " + Math.round(100 * h.share()) + "% of the " + h.total()
                + " parameter sets that reproduce what was observed";
    }
}
