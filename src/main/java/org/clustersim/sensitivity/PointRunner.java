package org.clustersim.sensitivity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.Replication;
import org.clustersim.experiment.RunOptions;
import org.clustersim.experiment.RunSink;
import org.clustersim.experiment.SeedDerivation;
import org.clustersim.format.RunKey;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.Variant;

/**
 * Runs a scenario's variants at many points of a design through {@link ExperimentRunner} (its
 * thread pool, bounded window and plan order). Run {@code v@p} is variant v at point p; every
 * point uses the scenario's own seeds ({@code SeedDerivation.seed(master, v, r)}): common random
 * numbers, so that differences between points and between variants are not drowned in
 * run-to-run noise (Law 2015, section 11.2). The plan is cut into blocks of points so that only
 * a block's configurations are held at a time. Only the last month is observed
 * ({@link Replication#lastMonth}).
 */
public final class PointRunner {
    private static final int BLOCK_RUNS = 512;

    /** The scenario's variants configured at point {@code point}, in the scenario's order. */
    @FunctionalInterface
    public interface Configure {
        List<Variant> at(int point);
    }

    private PointRunner() {
    }

    /** Every run of {@code points} points: point by point, variant by variant, replication by replication. */
    public static List<RunKey> plan(Scenario s, int points) {
        List<RunKey> keys = new ArrayList<>(points * s.variants().size() * s.replications());
        for (int p = 0; p < points; p++) {
            for (Variant v : s.variants()) {
                for (int r = 1; r <= s.replications(); r++) {
                    keys.add(new RunKey(name(v.name(), p), r, SeedDerivation.seed(s.seed(), v.name(), r)));
                }
            }
        }
        return keys;
    }

    /** The run name of variant {@code variant} at point {@code point}. */
    public static String name(String variant, int point) {
        return variant + "@" + point;
    }

    /** The point of a run name. */
    public static int point(String runName) {
        return Integer.parseInt(runName.substring(runName.lastIndexOf('@') + 1));
    }

    /** The variant of a run name. */
    public static String variant(String runName) {
        return runName.substring(0, runName.lastIndexOf('@'));
    }

    /**
     * Runs {@code plan} (a sub-list of {@link #plan}, in its order) but the keys in {@code done},
     * which {@code sink} replays, and returns the number of runs that failed.
     */
    public static int run(Scenario s, List<RunKey> plan, Set<RunKey> done, Configure configure, int threads,
                          RunSink sink, Progress progress) throws IOException {
        int failed = 0;
        for (int from = 0; from < plan.size(); from += BLOCK_RUNS) {
            List<RunKey> block = plan.subList(from, Math.min(plan.size(), from + BLOCK_RUNS));
            List<Variant> variants = new ArrayList<>();
            Set<Integer> points = new HashSet<>();
            for (RunKey k : block) {
                int p = point(k.variant());
                if (points.add(p)) {
                    for (Variant v : configure.at(p)) {
                        variants.add(new Variant(name(v.name(), p), v.config()));
                    }
                }
            }
            failed += ExperimentRunner.run(s.withVariants(variants), block, done, new RunOptions(threads, true), sink,
                    Progress.silent(), Replication::lastMonth);
            progress.advance(from + block.size(), plan.size());
        }
        progress.finish();
        return failed;
    }
}
