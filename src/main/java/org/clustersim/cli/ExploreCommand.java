package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clustersim.experiment.Progress;
import org.clustersim.explore.Ensemble;
import org.clustersim.explore.ExplorationFile;
import org.clustersim.explore.ExplorationManifest;
import org.clustersim.format.Json;
import org.clustersim.format.RunKey;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.FolderLock;
import org.clustersim.output.OutputExistsException;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.sensitivity.Outcomes;
import org.clustersim.sensitivity.RunsFile;
import org.clustersim.shard.Shard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code discover} and {@code regret} share: the exploration file, the folder's lock and
 * {@code .partial} commit, the ensemble of runs streamed to {@code runs.csv} (so {@code --resume}
 * finishes a killed attempt, {@code --shard I/N} runs one block of the runs, and {@code --merge}
 * joins the shards into the results of one machine, byte for byte), and the manifest. Each
 * command says what it needs from the file and writes its analysis.
 */
abstract class ExploreCommand implements Callable<Integer> {
    /** Written at the start; a resumed attempt must match it. */
    static final String FINGERPRINT = "explore-fingerprint.json";
    static final String SHARD = "shard.json";

    @Parameters(index = "0", paramLabel = "FILE", description = "exploration file (see docs/exploration.md)")
    Path file;

    @Option(names = "--samples", description = "states of the world (default: the file's)")
    Integer samples;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "run only the I-th of N equal blocks of the runs, into a shard folder; join with --merge")
    String shard;

    @Option(names = "--merge", paramLabel = "SHARD_DIR", arity = "1..*",
            description = "analyse the runs of these shard folders (every shard of the same file) instead of running")
    List<Path> merge;

    @Option(names = "--resume", description = "finish an interrupted attempt of the same command")
    boolean resume;

    @Mixin
    OutOption out = new OutOption();

    @Mixin
    RunOptions runs = new RunOptions();

    @Mixin
    FolderOptions folder = new FolderOptions();

    @Mixin
    LockOptions lock = new LockOptions();

    /** The command's name. */
    abstract String name();

    /** Why the file does not suit this command, or null. */
    abstract String unsuitable(ExplorationFile f);

    /** Writes the analysis of the ensemble into {@code dir} (before the manifest) and returns its report's writer. */
    abstract Report analyse(ExplorationFile f, Ensemble e, Path dir) throws IOException;

    /** Writes the report once the manifest exists, and prints the answer. */
    @FunctionalInterface
    interface Report {
        void write(int runs) throws IOException;
    }

    @Override
    public Integer call() throws IOException, ScenarioException {
        ExplorationFile f = ExplorationFile.load(file);
        if (samples != null && (samples < 2 || samples > 1_000_000)) {
            return bad("--samples must be between 2 and 1000000, got " + samples);
        }
        f = samples != null ? f.withSamples(samples) : f;
        String problem = unsuitable(f);
        if (problem == null) {
            problem = runs.threadsProblem();
        }
        if (problem == null && merge != null && (shard != null || resume)) {
            problem = "--merge cannot be combined with --shard or --resume";
        }
        if (problem != null) {
            return bad(file + ": " + problem);
        }
        List<RunKey> plan = Ensemble.plan(f);
        Shard part = null;
        if (shard != null) {
            try {
                part = Shard.parse(shard, plan.size());
            } catch (IllegalArgumentException e) {
                return bad(e.getMessage());
            }
        }
        String folderName = f.name() + (part == null ? "" : "-shard-" + part.index() + "-of-" + part.count());
        Path target = out.or(Path.of("results", folderName));
        FolderLock held = lock.take(target);
        if (held == null) {
            return Main.BAD_INPUT;
        }
        try (held) {
            Map<String, Object> fingerprint = ExplorationManifest.fingerprint(name(), Ensemble.scenario(f),
                    List.of(file), f.design(), plan.size());
            AtomicOutputDir dir = open(target);
            if (dir == null) {
                return resume && !Files.isDirectory(partial(target)) && Files.isDirectory(target) ? Main.OK
                        : Main.BAD_INPUT;
            }
            held.onShutdown(() -> System.err.println("\nclustersim " + name() + ": interrupted; the runs finished "
                    + "are kept in " + dir.dir() + "; finish with: ./" + lock.commandLine()
                    + (resume ? "" : " --resume")));
            try {
                return execute(f, plan, part, fingerprint, dir);
            } finally {
                held.onShutdown(null);
            }
        }
    }

    private int execute(ExplorationFile f, List<RunKey> plan, Shard part, Map<String, Object> fingerprint,
                        AtomicOutputDir dir) throws IOException {
        String expected = Json.toJson(fingerprint);
        Path saved = dir.resolve(FINGERPRINT);
        if (resume && Files.exists(saved) && !Files.readString(saved).equals(expected)) {
            return bad("--resume: " + dir.dir() + " holds an attempt of another exploration (other file, samples, "
                    + "seed or version); rerun without --resume, or with --force");
        }
        Files.writeString(saved, expected);
        long start = System.nanoTime();
        double[][] states = Ensemble.states(f);
        Outcomes outcomes = Ensemble.outcomes(f);
        int threads = runs.threads();
        if (merge != null) {
            if (!ShardFolders.replay(name(), merge, fingerprint, plan, dir.dir(), outcomes)) {
                return Main.BAD_INPUT;
            }
        } else {
            List<RunKey> mine = part == null ? plan : part.select(plan);
            try (RunsFile stream = RunsFile.open(dir.dir(), resume, outcomes)) {
                if (!folder.quiet) {
                    System.err.printf("clustersim %s: %d states x %d mix(es) x %d replication(s): %d runs of %d months"
                            + "%s (%d already done), %d thread(s)%n", name(), f.samples(),
                            f.experiment().variants().size(), f.experiment().replications(), mine.size(), f.month(),
                            part == null ? "" : " in shard " + part, stream.done().size(), threads);
                }
                Ensemble.run(f, states, mine, stream.done(), stream, threads,
                        folder.quiet ? Progress.silent() : Progress.to(System.err));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (part != null) {
            ShardFolders.writeShardJson(dir.dir(), fingerprint, part, threads, seconds);
            return commit(dir, "wrote shard " + part + " of " + name() + " to " + dir.target());
        }
        Report report = analyse(f, new Ensemble(states, outcomes), dir.dir());
        Json.write(dir.resolve("manifest.json"), ExplorationManifest.complete(fingerprint, threads, seconds));
        report.write(plan.size());
        return commit(dir, String.format("wrote %s in %.1f s", dir.target(), seconds));
    }

    private int commit(AtomicOutputDir dir, String done) throws IOException {
        Files.deleteIfExists(dir.resolve(FINGERPRINT));
        if (!OutputFolders.commit(name(), dir)) {
            return Main.BAD_INPUT;
        }
        System.out.println(done);
        return Main.OK;
    }

    /** The partial folder to write, or null after saying why not (a complete folder on --resume: exit 0). */
    private AtomicOutputDir open(Path target) throws IOException {
        if (!folder.force && resume && !Files.isDirectory(partial(target)) && Files.isDirectory(target)) {
            System.err.println("clustersim " + name() + ": --resume: " + target + " is complete; nothing to resume");
            return null;
        }
        if (!folder.force && !resume && Files.isDirectory(partial(target))) {
            bad(partial(target) + " holds an interrupted attempt; finish it with --resume, or start afresh with --force");
            return null;
        }
        try {
            return resume ? AtomicOutputDir.resume(target, folder.force) : AtomicOutputDir.open(target, folder.force);
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
        System.err.println("clustersim " + name() + ": " + message);
        return Main.BAD_INPUT;
    }
}
