package org.clustersim.experiment;

/**
 * How to run an experiment, from the command line.
 *
 * @param threads worker threads (results do not depend on it)
 * @param quiet   no progress on stderr
 */
public record RunOptions(int threads, boolean quiet) {
    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
