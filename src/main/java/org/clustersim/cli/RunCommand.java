package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.FolderLock;
import org.clustersim.format.Json;
import org.clustersim.output.Manifest;
import org.clustersim.output.OutputExistsException;
import org.clustersim.output.ResultsWriter;
import org.clustersim.format.RunKey;
import org.clustersim.scenario.InertLevers;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.shard.Shard;
import org.clustersim.shard.ShardManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clustersim run FILE}: runs a scenario or experiment and writes its results folder.
 * Results go into {@code <out>.partial/}, renamed to {@code <out>/} only once complete, so a
 * crash or a kill never leaves a folder that looks complete; {@code --resume} finishes an
 * interrupted run without recomputing the runs it had finished. {@code --shard I/N} runs one block
 * of the runs into a shard folder, for {@code merge} (see {@link Shard}). The folder is locked
 * ({@link FolderLock}) before anything in it is read, written or deleted.
 */
@Command(name = "run", description = "Run a scenario or experiment and write its results folder.")
final class RunCommand implements Callable<Integer> {
    /** Written at the start of a run; a resumed run must match it. */
    static final String FINGERPRINT = "run-fingerprint.json";

    @Parameters(index = "0", paramLabel = "FILE",
            description = "scenario or experiment (YAML), or a results folder's manifest.json")
    Path file;

    @Option(names = "--seed", description = "master seed (overrides the file)")
    Long seed;

    @Option(names = "--steps", description = "months per run (overrides the file)")
    Integer steps;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "override any value of the file, e.g. --set parameters.trust_gain=0.1 (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--variant", description = "run only this variant")
    String variant;

    @Option(names = "--replication", description = "run only this replication (1-based); with its recorded seed")
    Integer replication;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "run only the I-th of N equal blocks of the runs, into a shard folder; combine them with merge")
    String shard;

    @Option(names = "--over", paramLabel = "ACCEPTED_CSV",
            description = "run the file at each parameter set of a calibration's accepted.csv; report the share of"
                    + " sets in which each hypothesis or headline difference holds")
    Path over;

    @Option(names = "--resume", description = "finish an interrupted run of the same command")
    boolean resume;

    @Mixin
    OutOption out = new OutOption();

    @Mixin
    RunOptions runs = new RunOptions();

    @Mixin
    FolderOptions folder = new FolderOptions();

    @Mixin
    LockOptions lock = new LockOptions();

    @Override
    public Integer call() throws IOException, ScenarioException {
        if (over != null) {
            if (seed != null || steps != null || !sets.isEmpty() || variant != null || replication != null
                    || shard != null || resume) {
                System.err.println("clustersim run: --over takes only --replications, --threads, --out, --force,"
                        + " --quiet (each accepted set is its own run of the whole file)");
                return Main.BAD_INPUT;
            }
            return new RunOver(file, over, runs, out, folder, lock).call();
        }
        // A results folder's manifest.json stands for the scenario it records (see rerun).
        Scenario s = fromManifest() ? RerunCommand.load(file, sets)
                : ScenarioLoader.load(file, sets);
        String bad = checkOptions(s);
        if (bad != null) {
            System.err.println("clustersim run: " + bad);
            return Main.BAD_INPUT;
        }
        s = s.withRunSettings(steps != null ? steps : s.steps(), seed != null ? seed : s.seed(),
                runs.replicationsOr(s.replications()));
        if (!folder.quiet) {
            // The report lists them too, so --quiet loses nothing.
            InertLevers.find(s).forEach(w -> System.err.println("clustersim run: warning: " + w));
        }
        List<RunKey> plan = ExperimentRunner.plan(s).stream()
                .filter(k -> variant == null || k.variant().equals(variant))
                .filter(k -> replication == null || k.replication() == replication).toList();
        Shard part = null;
        if (shard != null) {
            try {
                part = Shard.parse(shard, plan.size());
            } catch (IllegalArgumentException e) {
                System.err.println("clustersim run: " + e.getMessage());
                return Main.BAD_INPUT;
            }
            plan = part.select(plan);
        }
        int nThreads = runs.threads();
        Path target = out.or(Path.of("results", defaultFolder(s, part)));
        FolderLock held = lock.take(target);
        if (held == null) {
            return Main.BAD_INPUT;
        }
        try (held) {
            return write(held, target, s, plan, part, nThreads);
        }
    }

    /** Opens the folder, already locked, and runs the plan into it. */
    private int write(FolderLock held, Path target, Scenario s, List<RunKey> plan, Shard part, int nThreads)
            throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        // A copied scenario keeps its original's name, hence its default folder: never overwrite it.
        String clash = out.out == null && !fromManifest() ? FolderOwner.collision(target, file, s.name()) : null;
        if (clash != null) {
            System.err.println("clustersim run: " + clash);
            return Main.BAD_INPUT;
        }
        if (!folder.force && resume && !Files.exists(partial) && AtomicOutputDir.RESULT_MARKERS.stream()
                .anyMatch(m -> Files.isRegularFile(target.resolve(m)))) {
            System.err.println("clustersim run: --resume: " + target + " is complete; nothing to resume");
            return Main.OK;
        }
        if (!folder.force && !resume && Files.isDirectory(partial)) {
            // Starting afresh would delete the finished runs: hours of work, so only when asked.
            System.err.println("clustersim run: " + partial + " holds an interrupted run ("
                    + ResultsWriter.resumable(partial, s.steps()) + " run(s) finished); finish it with --resume,"
                    + " or discard it and start afresh with --force");
            return Main.BAD_INPUT;
        }
        AtomicOutputDir dir;
        try {
            dir = resume ? AtomicOutputDir.resume(target, folder.force)
                    : AtomicOutputDir.open(target, folder.force);
        } catch (OutputExistsException e) {
            System.err.println("clustersim run: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (NoSuchFileException e) {
            System.err.println("clustersim run: --resume: no interrupted run at " + e.getFile());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            System.err.println("clustersim run: cannot create the results folder " + target + ": " + reason(e));
            return Main.BAD_INPUT;
        }
        try {
            Map<String, Object> fingerprint = Manifest.fingerprint(s, plan, sets);
            if (part != null) {
                fingerprint = ShardManifest.resumeFingerprint(part, fingerprint);
            }
            if (!matchesFingerprint(dir.resolve(FINGERPRINT), fingerprint)) {
                return Main.BAD_INPUT;
            }
            // Ctrl-C or SIGTERM: the JVM runs its shutdown hooks and exits with 130 or 143.
            held.onShutdown(() -> interrupted(dir, s.steps(), plan.size()));
            try {
                return new RunSession(s, plan, sets, nThreads, folder.quiet, part).execute(dir, resume);
            } finally {
                held.onShutdown(null);
            }
        } catch (IOException e) {
            return cannotWrite(dir, s.steps(), plan.size(), e);
        }
    }

    private boolean fromManifest() {
        return file.getFileName().toString().equals("manifest.json");
    }

    /** Says in one line, once the JVM is told to end mid-run, what is kept and how to finish. */
    private void interrupted(AtomicOutputDir dir, int steps, int runs) {
        if (Files.isDirectory(dir.dir())) {
            // A progress bar (drawn on a terminal) ends without a line break.
            boolean bar = !folder.quiet && System.console() != null;
            // Other workers may finish a run while this line is written: the count is a lower bound.
            System.err.println((bar ? "\n" : "") + "clustersim run: interrupted; at least "
                    + kept(dir, steps, runs) + "; finish with: ./" + resumeCommand());
        }
    }

    /**
     * Reports an I/O error while writing (a full disk, a folder removed) in one line: what a
     * {@code --resume} will keep of the partial folder, and that command.
     */
    private int cannotWrite(AtomicOutputDir dir, int steps, int runs, IOException e) {
        System.err.println("clustersim run: cannot write the results: " + reason(e) + "; " + kept(dir, steps, runs)
                + "; once the cause is fixed, finish with: ./" + resumeCommand());
        return Main.FAILURE;
    }

    /** What a {@code --resume} will keep of the partial folder. */
    private static String kept(AtomicOutputDir dir, int steps, int runs) {
        try {
            return ResultsWriter.resumable(dir.dir(), steps) + " of " + runs + " run(s) finished are kept in "
                    + dir.dir();
        } catch (IOException unreadable) {
            return "what was written is left in " + dir.dir();
        }
    }

    private String resumeCommand() {
        return lock.commandLine() + (resume ? "" : " --resume");
    }

    private boolean matchesFingerprint(Path file, Map<String, Object> fingerprint) throws IOException {
        String expected = Json.toJson(fingerprint);
        if (resume && Files.exists(file) && !Files.readString(file).equals(expected)) {
            System.err.println("clustersim run: --resume: " + file.getParent() + " holds an interrupted run of another"
                    + " experiment (other file, seed, options or version); rerun without --resume, or with --force");
            return false;
        }
        Files.writeString(file, expected);
        return true;
    }

    /** What went wrong, without the exception's class name. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getFile() + ": " + fse.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private String defaultFolder(Scenario s, Shard part) {
        String name = s.name();
        if (variant != null) {
            name += "-" + variant.replaceAll("[^A-Za-z0-9._-]", "_");
        }
        if (part != null) {
            name += "-shard-" + part.index() + "-of-" + part.count();
        }
        return replication != null ? name + "-r" + replication : name;
    }

    private String checkOptions(Scenario s) {
        if (steps != null && (steps < 1 || steps > ScenarioLoader.MAX_STEPS)) {
            return "--steps must be between 1 and " + ScenarioLoader.MAX_STEPS + ", got " + steps;
        }
        Integer replications = runs.replications;
        if (replications != null && (replications < 1 || replications > ScenarioLoader.MAX_REPLICATIONS)) {
            return "--replications must be between 1 and " + ScenarioLoader.MAX_REPLICATIONS + ", got " + replications;
        }
        if (runs.threadsProblem() != null) {
            return runs.threadsProblem();
        }
        if (variant != null && s.variants().stream().noneMatch(v -> v.name().equals(variant))) {
            return "--variant: no variant '" + variant + "'; the file has "
                    + String.join(", ", s.variants().stream().map(v -> v.name()).toList());
        }
        if (shard != null && (variant != null || replication != null)) {
            return "--shard cannot be combined with --variant or --replication";
        }
        int reps = runs.replicationsOr(s.replications());
        if (replication != null && (replication < 1 || replication > reps)) {
            return "--replication must be between 1 and " + reps + ", got " + replication;
        }
        return null;
    }
}
