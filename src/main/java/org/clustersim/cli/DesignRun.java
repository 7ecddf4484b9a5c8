package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.RunSink;
import org.clustersim.format.Json;
import org.clustersim.format.RunKey;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.FolderLock;
import org.clustersim.output.OutputExistsException;
import org.clustersim.sensitivity.Outcomes;
import org.clustersim.sensitivity.RunsFile;
import org.clustersim.shard.Shard;

/**
 * Runs a design point by point into a results folder, as {@code run} runs an experiment: the
 * folder is locked and written as {@code .partial}; every run's metrics stream to
 * {@code runs.csv}, so {@code --resume} finishes a killed attempt, {@code --shard I/N} runs one
 * block of the runs into a shard folder, and {@code --merge} joins the shards into the results of
 * one machine, byte for byte ({@link ShardFolders}). Shared by {@code discover}, {@code regret}
 * and {@code sensitivity --method sobol}, which say what the design is and how it is analysed.
 */
final class DesignRun {
    /** Written at the start; a resumed attempt must match it. */
    static final String FINGERPRINT = "design-fingerprint.json";

    /** What the command runs and how it analyses it. */
    interface Design {
        /** Every run, in plan order. */
        List<RunKey> plan();

        /** What identifies the design (file, seed, samples, version...), without timings. */
        Map<String, Object> fingerprint() throws IOException;

        /** Where the runs' metrics are gathered. */
        Outcomes outcomes();

        /** Runs {@code plan} but {@code done}, which the sink replays. */
        void run(List<RunKey> plan, Set<RunKey> done, RunSink sink, int threads, Progress progress) throws IOException;

        /** Analyses the gathered outcomes into {@code dir}, manifest and report included, and prints the answer. */
        void analyse(Outcomes outcomes, Path dir, Map<String, Object> fingerprint, int threads, double seconds)
                throws IOException;
    }

    private final String command;
    private final ScaleOptions scale;
    private final FolderOptions folder;
    private final LockOptions lock;

    DesignRun(String command, ScaleOptions scale, FolderOptions folder, LockOptions lock) {
        this.command = command;
        this.scale = scale;
        this.folder = folder;
        this.lock = lock;
    }

    /** Runs (or merges) the design into {@code out}, default {@code results/<name>}, and returns the exit code. */
    int execute(Design design, Path out, String name, int threads) throws IOException {
        if (scale.merge != null && (scale.shard != null || scale.resume)) {
            return bad("--merge cannot be combined with --shard or --resume");
        }
        List<RunKey> plan = design.plan();
        Shard part = null;
        if (scale.shard != null) {
            try {
                part = Shard.parse(scale.shard, plan.size());
            } catch (IllegalArgumentException e) {
                return bad(e.getMessage());
            }
        }
        Path target = out != null ? out
                : Path.of("results", name + (part == null ? "" : "-shard-" + part.index() + "-of-" + part.count()));
        FolderLock held = lock.take(target);
        if (held == null) {
            return Main.BAD_INPUT;
        }
        try (held) {
            Map<String, Object> fingerprint = design.fingerprint();
            AtomicOutputDir dir = open(target);
            if (dir == null) {
                return scale.resume && !Files.isDirectory(partial(target)) && Files.isDirectory(target) ? Main.OK
                        : Main.BAD_INPUT;
            }
            held.onShutdown(() -> System.err.println("\nclustersim " + command + ": interrupted; the runs finished "
                    + "are kept in " + dir.dir() + "; finish with: ./" + lock.commandLine()
                    + (scale.resume ? "" : " --resume")));
            try {
                return write(design, plan, part, fingerprint, dir, threads);
            } finally {
                held.onShutdown(null);
            }
        }
    }

    private int write(Design design, List<RunKey> plan, Shard part, Map<String, Object> fingerprint,
                      AtomicOutputDir dir, int threads) throws IOException {
        String expected = Json.toJson(fingerprint);
        Path saved = dir.resolve(FINGERPRINT);
        if (scale.resume && Files.exists(saved) && !Files.readString(saved).equals(expected)) {
            return bad("--resume: " + dir.dir() + " holds an attempt of another design (other file, samples, seed "
                    + "or version); rerun without --resume, or with --force");
        }
        Files.writeString(saved, expected);
        long start = System.nanoTime();
        Outcomes outcomes = design.outcomes();
        if (scale.merge != null) {
            if (!ShardFolders.replay(command, scale.merge, fingerprint, plan, dir.dir(), outcomes)) {
                return Main.BAD_INPUT;
            }
        } else {
            List<RunKey> mine = part == null ? plan : part.select(plan);
            try (RunsFile stream = RunsFile.open(dir.dir(), scale.resume, outcomes)) {
                if (!folder.quiet) {
                    System.err.printf("clustersim %s: %d runs%s (%d already done), %d thread(s)%n", command,
                            mine.size(), part == null ? "" : " in shard " + part, stream.done().size(), threads);
                }
                design.run(mine, stream.done(), stream, threads,
                        folder.quiet ? Progress.silent() : Progress.to(System.err));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (part != null) {
            ShardFolders.writeShardJson(dir.dir(), fingerprint, part, threads, seconds);
            return commit(dir, "wrote shard " + part + " of " + command + " to " + dir.target());
        }
        design.analyse(outcomes, dir.dir(), fingerprint, threads, (System.nanoTime() - start) / 1e9);
        return commit(dir, String.format("wrote %s in %.1f s", dir.target(), (System.nanoTime() - start) / 1e9));
    }

    private int commit(AtomicOutputDir dir, String done) throws IOException {
        Files.deleteIfExists(dir.resolve(FINGERPRINT));
        if (!OutputFolders.commit(command, dir)) {
            return Main.BAD_INPUT;
        }
        System.out.println(done);
        return Main.OK;
    }

    /** The partial folder to write, or null after saying why not (a complete folder on --resume: exit 0). */
    private AtomicOutputDir open(Path target) throws IOException {
        if (!folder.force && scale.resume && !Files.isDirectory(partial(target)) && Files.isDirectory(target)) {
            System.err.println("clustersim " + command + ": --resume: " + target + " is complete; nothing to resume");
            return null;
        }
        if (!folder.force && !scale.resume && Files.isDirectory(partial(target))) {
            bad(partial(target) + " holds an interrupted attempt; finish it with --resume, or start afresh with "
                    + "--force");
            return null;
        }
        try {
            return scale.resume ? AtomicOutputDir.resume(target, folder.force)
                    : AtomicOutputDir.open(target, folder.force);
        } catch (OutputExistsException e) {
            bad(e.getMessage());
        } catch (NoSuchFileException e) {
            bad("--resume: no interrupted attempt at " + e.getFile());
        } catch (IOException e) {
            bad("cannot create the results folder " + target + ": " + RunCommand.reason(e));
        }
        return null;
    }

    private static Path partial(Path target) {
        return target.resolveSibling(target.getFileName() + ".partial");
    }

    private int bad(String message) {
        System.err.println("clustersim " + command + ": " + message);
        return Main.BAD_INPUT;
    }
}
