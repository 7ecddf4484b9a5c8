package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.FolderLock;
import org.clustersim.output.OutputExistsException;
import org.clustersim.output.ResultsWriter;
import org.clustersim.format.RunKey;
import org.clustersim.scenario.FactorialPlan;
import org.clustersim.shard.ShardException;
import org.clustersim.shard.ShardSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code clustersim merge SHARD_DIR... --out DIR}: joins the shard folders written by
 * {@code run --shard I/N} into the results folder that {@code run} writes on one machine, with
 * the same bytes except the manifest's timings (which list each shard's host and time) and the
 * report that embeds it. The shards are checked first (see {@link ShardSet}); if they do not make
 * one whole experiment, nothing is written and the exit code is 2.
 */
@Command(name = "merge", description = "Merge the shard folders of 'run --shard I/N' into one results folder.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "the shard folders, in any order")
    List<Path> shards;

    @Mixin
    OutOption out = new OutOption();

    @Mixin
    FolderOptions folder = new FolderOptions();

    @Mixin
    LockOptions lock = new LockOptions();

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        ShardSet set;
        try {
            set = ShardSet.read(shards);
        } catch (ShardException e) {
            System.err.println("clustersim merge: " + e.getMessage() + "; nothing written");
            return Main.BAD_INPUT;
        }
        Path target = out.or(Path.of("results", set.name()));
        FolderLock held = lock.take(target);
        if (held == null) {
            return Main.BAD_INPUT;
        }
        try (held) {
            return merge(set, target, start);
        }
    }

    private int merge(ShardSet set, Path target, long start) throws IOException {
        AtomicOutputDir dir = OutputFolders.open("merge", target, folder.force);
        if (dir == null) {
            return Main.BAD_INPUT;
        }
        if (!folder.quiet) {
            System.err.printf("clustersim: merging %d shard(s) of %s, %d run(s)%n", shards.size(), set.name(),
                    set.plan().size());
        }
        try (ResultsWriter results = ResultsWriter.fromShards(dir.dir(), set.folders(), set.steps())) {
            for (RunKey key : set.plan()) {
                results.replay(key);
            }
            set.copyNetworks(dir.dir());
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> manifest = set.manifest(seconds);
            return RunSession.publish(dir, results, manifest, factorial(manifest), set.steps(), seconds);
        } catch (OutputExistsException e) {
            System.err.println("clustersim merge: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    /** The factorial design the shards' manifest records, so that the merged folder has its effects too. */
    private static FactorialPlan factorial(Map<String, Object> manifest) {
        if (!(manifest.get("factorial") instanceof Map<?, ?> f)) {
            return FactorialPlan.NONE;
        }
        List<String> factors = ((List<?>) f.get("factors")).stream().map(String::valueOf).toList();
        return FactorialPlan.of(factors, String.valueOf(f.get("generators")));
    }
}
