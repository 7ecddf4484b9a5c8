package org.clustersim.experiment;

import org.clustersim.metrics.Metrics;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;

/**
 * One run of the model: builds it from a configuration and a seed, records the standard
 * metrics for the initial state (step 0) and after each month (the network metrics every
 * {@code observe_every} months and at the last, holding in between), and keeps the final model for
 * the outputs that need it (trust matrix, network). Runs share nothing, so they may run in
 * parallel.
 */
public final class Replication {
    private final double[][] values;
    private final ClusterModel finalModel;

    private Replication(double[][] values, ClusterModel finalModel) {
        this.values = values;
        this.finalModel = finalModel;
    }

    /** Runs {@code steps} months. */
    public static Replication run(ModelConfig config, long seed, int steps) {
        ClusterModel m = new ClusterModel(seed, config);
        m.start();
        int every = m.params().getInt(Param.OBSERVE_EVERY);
        double[][] values = new double[steps + 1][];
        values[0] = Metrics.observe(m);
        for (int s = 1; s <= steps; s++) {
            m.schedule.step(m);
            values[s] = Metrics.observe(m, Metrics.observesNetwork(s, steps, every) ? null : values[s - 1]);
        }
        m.finish();
        return new Replication(values, m);
    }

    /**
     * Runs {@code steps} months and observes the metrics once, at the end: {@code values()} has
     * that single row. For analyses that read only the last month (Sobol', discovery, regret):
     * observing does not touch the model, so the run and its last row are those of {@link #run}.
     */
    public static Replication lastMonth(ModelConfig config, long seed, int steps) {
        ClusterModel m = new ClusterModel(seed, config);
        m.start();
        for (int s = 1; s <= steps; s++) {
            m.schedule.step(m);
        }
        double[][] values = {Metrics.observe(m)};
        m.finish();
        return new Replication(values, m);
    }

    /** {@code values()[step][metric]}, metrics in the order of {@link Metrics#names()}. */
    public double[][] values() { return values; }

    public ClusterModel finalModel() { return finalModel; }
}
