package org.clustersim.experiment;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clustersim.output.RunKey;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.Variant;

/**
 * Runs every replication of every variant of a scenario on a pool of threads and hands the
 * finished runs to a sink in a fixed order. At most {@code 4 * threads} runs are in flight or
 * waiting, so memory stays bounded however many runs there are; each run is independent and
 * seeded by {@link SeedDerivation}.
 */
public final class ExperimentRunner {
    private static final int WINDOW_PER_THREAD = 4;

    private ExperimentRunner() {
    }

    /** Every run of the scenario, in the order the sink receives them. */
    public static List<RunKey> plan(Scenario s) {
        List<RunKey> keys = new ArrayList<>();
        for (Variant v : s.variants()) {
            for (int r = 1; r <= s.replications(); r++) {
                keys.add(new RunKey(v.name(), r, SeedDerivation.seed(s.seed(), v.name(), r)));
            }
        }
        return keys;
    }

    public static void run(Scenario s, RunOptions options, RunSink sink, Progress progress)
            throws IOException, RunFailure {
        List<RunKey> plan = plan(s);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "clustersim-run");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Replication>> window = new ArrayDeque<>();
            int next = 0;
            for (int done = 0; done < plan.size(); done++) {
                while (next < plan.size() && window.size() < WINDOW_PER_THREAD * options.threads()) {
                    RunKey key = plan.get(next++);
                    Variant v = variant(s, key.variant());
                    window.add(pool.submit(() -> Replication.run(v.config(), key.seed(), s.steps())));
                }
                RunKey key = plan.get(done);
                Replication rep = await(window.poll(), key);
                sink.accept(key, rep.values(), rep.finalModel());
                progress.advance(done + 1, plan.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Replication await(Future<Replication> f, RunKey key) throws RunFailure {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new RunFailure(key, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailure(key, e);
        }
    }

    private static Variant variant(Scenario s, String name) {
        for (Variant v : s.variants()) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no variant " + name);
    }
}
