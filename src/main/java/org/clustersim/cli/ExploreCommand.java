package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.RunSink;
import org.clustersim.explore.Ensemble;
import org.clustersim.explore.ExplorationFile;
import org.clustersim.explore.ExplorationManifest;
import org.clustersim.format.Json;
import org.clustersim.format.RunKey;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.sensitivity.Outcomes;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code discover} and {@code regret} share: the exploration file, its ensemble of runs
 * (run, resumed, sharded or merged by {@link DesignRun}) and the manifest. Each command says what
 * it needs from the file and writes its analysis.
 */
abstract class ExploreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "exploration file (see docs/exploration.md)")
    Path file;

    @Option(names = "--samples", description = "states of the world (default: the file's)")
    Integer samples;

    @Mixin
    ScaleOptions scale = new ScaleOptions();

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
        ExplorationFile loaded = ExplorationFile.load(file);
        if (samples != null && (samples < 2 || samples > 1_000_000)) {
            System.err.println("clustersim " + name() + ": --samples must be between 2 and 1000000, got " + samples);
            return Main.BAD_INPUT;
        }
        ExplorationFile f = samples != null ? loaded.withSamples(samples) : loaded;
        String problem = unsuitable(f);
        if (problem == null) {
            problem = runs.threadsProblem();
        }
        if (problem != null) {
            System.err.println("clustersim " + name() + ": " + file + ": " + problem);
            return Main.BAD_INPUT;
        }
        if (!folder.quiet) {
            System.err.printf("clustersim %s: %d states x %d mix(es) x %d replication(s), runs of %d months%n", name(),
                    f.samples(), f.experiment().variants().size(), f.experiment().replications(), f.month());
        }
        double[][] states = Ensemble.states(f);
        List<RunKey> plan = Ensemble.plan(f);
        DesignRun.Design design = new DesignRun.Design() {
            @Override
            public List<RunKey> plan() {
                return plan;
            }

            @Override
            public Map<String, Object> fingerprint() throws IOException {
                return ExplorationManifest.fingerprint(name(), Ensemble.scenario(f), List.of(file), f.design(),
                        plan.size());
            }

            @Override
            public Outcomes outcomes() {
                return Ensemble.outcomes(f);
            }

            @Override
            public void run(List<RunKey> mine, Set<RunKey> done, RunSink sink, int threads, Progress progress)
                    throws IOException {
                Ensemble.run(f, states, mine, done, sink, threads, progress);
            }

            @Override
            public void analyse(Outcomes outcomes, Path dir, Map<String, Object> fingerprint, int threads,
                                double seconds) throws IOException {
                Report report = ExploreCommand.this.analyse(f, new Ensemble(states, outcomes), dir);
                Json.write(dir.resolve("manifest.json"), ExplorationManifest.complete(fingerprint, threads, seconds));
                report.write(plan.size());
            }
        };
        return new DesignRun(name(), scale, folder, lock).execute(design, out.out, f.name(), runs.threads());
    }
}
