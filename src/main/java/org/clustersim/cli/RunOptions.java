package org.clustersim.cli;

import picocli.CommandLine.Option;

/**
 * {@code --replications} and {@code --threads}, shared by the commands that run replications (a
 * picocli mixin), so that they read and are checked the same everywhere.
 */
final class RunOptions {
    /** More threads than this is a typing mistake rather than a machine. */
    static final int MAX_THREADS = 1024;

    @Option(names = "--replications", description = "replications per variant (default: the file's)")
    Integer replications;

    @Option(names = "--threads", description = "worker threads (default: all cores); results do not depend on it")
    Integer threads;

    /** The replications given, or {@code fallback}. */
    int replicationsOr(int fallback) {
        return replications != null ? replications : fallback;
    }

    /** The threads given, or one per core. */
    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Why {@code --threads} is refused, or null when it is absent or in range. */
    String threadsProblem() {
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            return "--threads must be between 1 and " + MAX_THREADS + ", got " + threads;
        }
        return null;
    }
}
