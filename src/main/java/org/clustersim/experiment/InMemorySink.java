package org.clustersim.experiment;

import org.clustersim.format.RunKey;

/**
 * A sink for analyses that keep what they need in memory (patterns, sensitivity, benchmarks):
 * they never resume an interrupted attempt, and a failed run invalidates the whole analysis.
 */
public abstract class InMemorySink implements RunSink {
    @Override
    public void replay(RunKey key) {
        throw new IllegalStateException("in-memory analyses never resume: " + key);
    }

    @Override
    public void fail(RunKey key, Throwable cause) {
        throw new IllegalStateException("run failed: variant " + key.variant() + ", replication "
                + key.replication() + ", seed " + key.seed(), cause);
    }
}
