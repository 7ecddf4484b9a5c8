package org.clustersim.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --shard}, {@code --merge} and {@code --resume} of the commands that run a design point
 * by point ({@code discover}, {@code regret}, {@code sensitivity --method sobol}), a picocli mixin
 * (see {@link DesignRun}).
 */
final class ScaleOptions {
    @Option(names = "--shard", paramLabel = "I/N",
            description = "run only the I-th of N equal blocks of the runs, into a shard folder; join with --merge")
    String shard;

    @Option(names = "--merge", paramLabel = "SHARD_DIR", arity = "1..*",
            description = "analyse the runs of these shard folders (every shard of the same design) instead of running")
    List<Path> merge;

    @Option(names = "--resume", description = "finish an interrupted attempt of the same command")
    boolean resume;

    /** Whether any of them was given. */
    boolean any() {
        return shard != null || merge != null || resume;
    }
}
