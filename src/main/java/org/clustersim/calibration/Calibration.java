package org.clustersim.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clustersim.patterns.CheckResult;
import org.clustersim.patterns.Pattern;
import org.clustersim.patterns.PatternRunner;
import org.clustersim.scenario.yaml.ScenarioException;

/**
 * Runs the prior draws of a rejection ABC one by one, skipping those already done (a resumed or
 * sharded calibration), and hands each finished draw to a sink that appends it to disk at once.
 */
public final class Calibration {
    private Calibration() {
    }

    /** The model seen by the calibration: a parameter set in, its distance to the observations out. */
    @FunctionalInterface
    public interface Model {
        Rejection.Sample at(int index, double[] values) throws IOException, ScenarioException;
    }

    /** Receives each finished draw. */
    @FunctionalInterface
    public interface Sink {
        void accept(Rejection.Sample s) throws IOException;
    }

    /**
     * Draws {@code from} (inclusive) to {@code to} (exclusive) of the design, those not in
     * {@code done} run through the model; returns the done and new draws, sorted by index.
     */
    public static List<Rejection.Sample> run(double[][] design, int from, int to, List<Rejection.Sample> done,
                                             Model model, Sink sink) throws IOException, ScenarioException {
        List<Rejection.Sample> out = new ArrayList<>(done);
        Set<Integer> have = new HashSet<>();
        done.forEach(s -> have.add(s.index()));
        for (int i = from; i < to; i++) {
            if (have.contains(i)) {
                continue;
            }
            Rejection.Sample s = model.at(i, design[i]);
            sink.accept(s);
            out.add(s);
        }
        out.sort(Comparator.comparingInt(Rejection.Sample::index));
        return out;
    }

    /**
     * The model as the patterns see it: every observed pattern's experiment run at the parameter
     * set, with {@code replications} per variant and master seed {@code seed}, scored by
     * {@link Distance}.
     */
    public static Model ofPatterns(List<Pattern> observed, Path scenarios, ParameterBox box, int replications,
                                   long seed, int threads) {
        return (index, values) -> {
            List<String> sets = new ArrayList<>(box.overrides(values));
            sets.add("seed=" + seed);
            List<CheckResult> results = new ArrayList<>();
            for (Pattern p : observed) {
                results.addAll(PatternRunner.run(p, scenarios, replications, threads, sets).results());
            }
            return new Rejection.Sample(index, values, Distance.failed(results), Distance.of(results));
        };
    }
}
