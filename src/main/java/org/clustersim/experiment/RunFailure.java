package org.clustersim.experiment;

import org.clustersim.output.RunKey;

/**
 * A run that threw: names the variant, replication and seed so that it can be reproduced alone.
 */
public final class RunFailure extends Exception {
    private final RunKey key;

    public RunFailure(RunKey key, Throwable cause) {
        super("run failed: variant " + key.variant() + ", replication " + key.replication() + ", seed "
                + key.seed() + ": " + cause, cause);
        this.key = key;
    }

    public RunKey key() { return key; }
}
