package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clustersim.experiment.Progress;
import org.clustersim.explore.Ensemble;
import org.clustersim.explore.ExplorationFile;
import org.clustersim.explore.ExplorationManifest;
import org.clustersim.explore.Lever;
import org.clustersim.format.Json;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.FolderLock;
import org.clustersim.scenario.yaml.ScenarioException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code discover} and {@code regret} share: the exploration file, the folder's lock and
 * {@code .partial} commit, the ensemble of runs, and the manifest. Each command says what it
 * needs from the file and what it writes from the ensemble.
 */
abstract class ExploreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "exploration file (see docs/exploration.md)")
    Path file;

    @Option(names = "--samples", description = "states of the world (default: the file's)")
    Integer samples;

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
            System.err.println("clustersim " + name() + ": --samples must be between 2 and 1000000, got " + samples);
            return Main.BAD_INPUT;
        }
        f = samples != null ? f.withSamples(samples) : f;
        String bad = unsuitable(f);
        if (bad == null && runs.threadsProblem() != null) {
            bad = runs.threadsProblem();
        }
        if (bad != null) {
            System.err.println("clustersim " + name() + ": " + file + ": " + bad);
            return Main.BAD_INPUT;
        }
        Path target = out.or(Path.of("results", f.name()));
        FolderLock held = lock.take(target);
        if (held == null) {
            return Main.BAD_INPUT;
        }
        try (held) {
            AtomicOutputDir dir = OutputFolders.open(name(), target, folder.force);
            if (dir == null) {
                return Main.BAD_INPUT;
            }
            int threads = runs.threads();
            int runCount = f.samples() * f.experiment().variants().size() * f.experiment().replications();
            if (!folder.quiet) {
                System.err.printf("clustersim %s: %d states x %d mix(es) x %d replication(s) = %d runs of %d months, "
                        + "%d thread(s)%n", name(), f.samples(), f.experiment().variants().size(),
                        f.experiment().replications(), runCount, f.month(), threads);
            }
            long start = System.nanoTime();
            Ensemble e = Ensemble.run(f, threads, folder.quiet ? Progress.silent() : Progress.to(System.err));
            Report report = analyse(f, e, dir.dir());
            double seconds = (System.nanoTime() - start) / 1e9;
            Json.write(dir.resolve("manifest.json"), ExplorationManifest.build(name(), Ensemble.scenario(f),
                    List.of(file), design(f), runCount, threads, seconds));
            report.write(runCount);
            if (!OutputFolders.commit(name(), dir)) {
                return Main.BAD_INPUT;
            }
            System.out.printf("wrote %s in %.1f s%n", dir.target(), seconds);
            return Main.OK;
        }
    }

    private static Map<String, Object> design(ExplorationFile f) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("method", "Latin hypercube (McKay et al. 1979) drawn with MASON's Mersenne Twister");
        d.put("samples", f.samples());
        d.put("seed", f.seed());
        d.put("replications_per_state", f.experiment().replications());
        d.put("month", f.month());
        if (f.criterion() != null) {
            d.put("criterion", f.criterion().text());
            d.put("prim", Map.of("peel", f.prim().peel(), "paste", f.prim().paste(), "min_mass", f.prim().minMass(),
                    "min_coverage", f.prim().minCoverage(), "max_p", f.prim().maxP()));
        } else {
            d.put("outcome", f.outcome().metric() + " at month " + f.outcome().month());
            d.put("better", f.higherIsBetter() ? "higher" : "lower");
        }
        Map<String, Object> levers = new LinkedHashMap<>();
        for (Lever l : f.levers()) {
            levers.put(l.key(), List.of(l.min(), l.max()));
        }
        d.put("levers", levers);
        return d;
    }
}
