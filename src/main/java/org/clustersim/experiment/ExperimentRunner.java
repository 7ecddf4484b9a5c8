package org.clustersim.experiment;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clustersim.format.RunKey;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.Variant;

/**
 * Runs the replications of a scenario's variants on a pool of threads and hands them to a sink
 * in plan order. At most {@code 4 * threads} runs are in flight or waiting, so memory stays
 * bounded however many runs there are. A run that throws is reported to the sink and the others
 * go on. Runs already done (by an interrupted attempt) are replayed by the sink, not recomputed.
 */
public final class ExperimentRunner {
    private static final int WINDOW_PER_THREAD = 4;

    private ExperimentRunner() {
    }

    /** Every run of the scenario, in plan order, with its derived seed. */
    public static List<RunKey> plan(Scenario s) {
        return plan(s.variants().stream().map(Variant::name).toList(), s.replications(), s.seed());
    }

    /** Every run of variants {@code variants} (in this order), {@code replications} each, in plan order. */
    public static List<RunKey> plan(List<String> variants, int replications, long masterSeed) {
        List<RunKey> keys = new ArrayList<>();
        for (String v : variants) {
            for (int r = 1; r <= replications; r++) {
                keys.add(new RunKey(v, r, SeedDerivation.seed(masterSeed, v, r)));
            }
        }
        return keys;
    }

    /**
     * Runs {@code plan} (a subset of {@link #plan(Scenario)} in its order), skipping the keys in
     * {@code done}, and returns the number of runs that failed.
     */
    public static int run(Scenario s, List<RunKey> plan, Set<RunKey> done, RunOptions options, RunSink sink,
                          Progress progress) throws IOException {
        return run(s, plan, done, options, sink, progress, Replication::run);
    }

    /** What computes one run; tests substitute a failing one. */
    @FunctionalInterface
    public interface RunFunction {
        Replication apply(org.clustersim.model.ModelConfig config, long seed, int steps);
    }

    /** As {@link #run(Scenario, List, Set, RunOptions, RunSink, Progress)}, with the run computed by {@code f}. */
    public static int run(Scenario s, List<RunKey> plan, Set<RunKey> done, RunOptions options, RunSink sink,
                          Progress progress, RunFunction f) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "clustersim-run");
            t.setDaemon(true);
            return t;
        });
        int failures = 0;
        try {
            ArrayDeque<Future<Replication>> window = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < plan.size(); i++) {
                while (next < plan.size() && window.size() < WINDOW_PER_THREAD * options.threads()) {
                    RunKey key = plan.get(next++);
                    if (!done.contains(key)) {
                        Variant v = s.variant(key.variant());
                        window.add(pool.submit(() -> f.apply(v.config(), key.seed(), s.steps())));
                    }
                }
                RunKey key = plan.get(i);
                if (done.contains(key)) {
                    sink.replay(key);
                } else {
                    try {
                        Replication rep = window.poll().get();
                        sink.accept(key, rep.values(), rep.finalModel());
                    } catch (ExecutionException e) {
                        failures++;
                        sink.fail(key, e.getCause());
                    }
                }
                progress.advance(i + 1, plan.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return failures;
    }
}
