package org.clustersim.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.explore.Ensemble;
import org.clustersim.explore.ExplorationFile;
import org.clustersim.output.FolderLock;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.sensitivity.SobolAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clustersim slurm FILE --shards N}: runs an experiment on a Slurm cluster (or, with
 * {@code --command discover|regret}, an exploration file). Writes a job-array script (task I
 * runs {@code run FILE --shard I/N}) and a merge script (see
 * {@link SlurmScripts}), submits the array with {@code sbatch --parsable}, then the merge with
 * {@code --dependency=afterok:<array job id>}, and prints the job ids and where results will
 * appear. With {@code --dry-run} it only writes the scripts and prints how to submit them; the
 * same command without it then submits (a folder that already holds shards or results is refused).
 * The folder is locked while the scripts are written and submitted; each shard task and the merge
 * then lock the folder they write.
 */
@Command(name = "slurm", description = "Run an experiment (or a discover or regret file) on a Slurm cluster: "
        + "a job array of shards, then a merge job.")
final class SlurmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "experiment (YAML), relative to the current folder")
    Path file;

    @Option(names = "--shards", required = true, paramLabel = "N", description = "number of shards, one array task each")
    int shards;

    @Option(names = "--partition", paramLabel = "P", description = "Slurm partition (default: the cluster's)")
    String partition;

    @Option(names = "--time", paramLabel = "T", defaultValue = "01:00:00",
            description = "time limit of each task and of the merge (default: ${DEFAULT-VALUE})")
    String time;

    @Option(names = "--mem", paramLabel = "M", defaultValue = "3G",
            description = "memory of each task and of the merge (default: ${DEFAULT-VALUE}; the heap is 2 GB)")
    String mem;

    @Option(names = "--cpus", paramLabel = "C", defaultValue = "2",
            description = "CPUs per task, used as its threads (default: ${DEFAULT-VALUE})")
    int cpus;

    /** The folder for scripts, logs, shards and results (default: results/NAME-slurm). */
    @Mixin
    OutOption out = new OutOption();

    @Option(names = "--command", paramLabel = "CMD", defaultValue = "run",
            description = "what each task runs: run (an experiment), discover or regret (an exploration file),"
                    + " sobol (sensitivity --method sobol, one replication per point); default: ${DEFAULT-VALUE}")
    String command;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "1024",
            description = "with --command sobol: the base samples N (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--dry-run", description = "only write the scripts and print how to submit them")
    boolean dryRun;

    @Option(names = "--sbatch", paramLabel = "CMD", defaultValue = "sbatch",
            description = "the sbatch program (default: sbatch on PATH)")
    String sbatch;

    @Mixin
    LockOptions lock = new LockOptions();

    @Override
    public Integer call() throws IOException, InterruptedException, ScenarioException {
        if (!List.of("run", "discover", "regret", "sobol").contains(command) || samples < 2) {
            System.err.println("clustersim slurm: --command is run, discover, regret or sobol (with --samples >= 2),"
                    + " got '" + command + "'");
            return Main.BAD_INPUT;
        }
        String name;
        int runs;
        if (command.equals("run")) {
            Scenario s = ScenarioLoader.load(file);
            name = s.name();
            runs = ExperimentRunner.plan(s).size();
        } else if (command.equals("sobol")) {
            Scenario s = ScenarioLoader.load(file);
            s = s.withRunSettings(s.steps(), s.seed(), 1);
            name = s.name() + "-sobol";
            runs = SobolAnalysis.plan(s, SobolAnalysis.design(s, samples)).size();
        } else {
            ExplorationFile f = ExplorationFile.load(file);
            name = f.name();
            runs = Ensemble.plan(f).size();
        }
        Path dir = out.or(Path.of("results", name + "-slurm")).toAbsolutePath().normalize();
        FolderLock held = lock.take(dir);
        if (held == null) {
            return Main.BAD_INPUT;
        }
        try (held) {
            return writeAndSubmit(name, runs, dir);
        }
    }

    /** Writes the scripts into {@code dir}, already locked, and submits them unless it is a dry run. */
    private int writeAndSubmit(String name, int runs, Path dir) throws IOException, InterruptedException {
        String bad = check(runs, dir);
        if (bad != null) {
            System.err.println("clustersim slurm: " + bad);
            return Main.BAD_INPUT;
        }
        Path home = Path.of(System.getProperty("clustersim.home", ".")).toAbsolutePath().normalize();
        SlurmScripts scripts = new SlurmScripts(name, file, shards, cpus, sbatchOptions(), dir,
                Path.of("").toAbsolutePath(), home.resolve("clustersim"),
                command.equals("sobol") ? "sensitivity --method sobol --samples " + samples : command);
        scripts.write(home.resolve("slurm"));
        Path array = dir.resolve(SlurmScripts.ARRAY);
        Path merge = dir.resolve(SlurmScripts.MERGE);
        if (dryRun) {
            System.out.println("wrote " + array + " and " + merge + " (not submitted); submit them with:");
            System.out.println("  jid=$(sbatch --parsable " + array + ") && sbatch --dependency=afterok:$jid"
                    + " --kill-on-invalid-dep=yes " + merge);
            System.out.println("results will appear in " + scripts.results());
            return Main.OK;
        }
        String arrayId = submit(List.of(sbatch, "--parsable", array.toString()));
        if (arrayId == null) {
            return Main.FAILURE;
        }
        String mergeId = submit(List.of(sbatch, "--parsable", "--dependency=afterok:" + arrayId,
                "--kill-on-invalid-dep=yes", merge.toString()));
        if (mergeId == null) {
            System.err.println("clustersim slurm: array job " + arrayId + " is submitted; submit the merge yourself:"
                    + " sbatch --dependency=afterok:" + arrayId + " " + merge);
            return Main.FAILURE;
        }
        System.out.println("submitted array job " + arrayId + " (" + shards + " shards) and merge job " + mergeId
                + " (runs once every shard has succeeded)");
        System.out.println("  progress: squeue -u $USER    afterwards: sacct -j " + arrayId + "," + mergeId);
        System.out.println("  logs in " + dir.resolve("logs") + ", shards in " + dir.resolve("shards"));
        System.out.println("results will appear in " + scripts.results());
        return Main.OK;
    }

    private String check(int runs, Path dir) throws IOException {
        if (shards < 1 || shards > runs) {
            return "--shards must be between 1 and the number of runs (" + runs + "), got " + shards;
        }
        if (cpus < 1 || cpus > 1024) {
            return "--cpus must be between 1 and 1024, got " + cpus;
        }
        for (String v : new String[] {partition, time, mem, dir.toString()}) {
            if (v != null && (v.isBlank() || v.chars().anyMatch(Character::isWhitespace))) {
                return "'" + v + "' cannot go into a #SBATCH line: no spaces allowed";
            }
        }
        if (Files.exists(dir.resolve("results")) || hasFiles(dir.resolve("shards"))) {
            return dir + " holds the shards or results of an earlier submission; choose another --out or remove it";
        }
        if (!dryRun && !onPath(sbatch)) {
            return "'" + sbatch + "' not found on PATH: run this on a Slurm login node, or use --dry-run to"
                    + " write the scripts only";
        }
        return null;
    }

    private static boolean hasFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    private List<String> sbatchOptions() {
        List<String> options = new ArrayList<>();
        if (partition != null) {
            options.add("--partition=" + partition);
        }
        options.add("--time=" + time);
        options.add("--mem=" + mem);
        return options;
    }

    /** Runs sbatch and returns the job id it prints; null, after saying why, if it failed. */
    private static String submit(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        // --parsable prints "<id>" or "<id>;<cluster>".
        String id = output.split(";", 2)[0].strip();
        if (code != 0 || !id.matches("\\d+")) {
            System.err.println("clustersim slurm: " + String.join(" ", command) + " failed (exit " + code + ")"
                    + (output.isEmpty() ? "" : ": " + output));
            return null;
        }
        return id;
    }

    private static boolean onPath(String program) {
        if (program.contains(File.separator)) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
