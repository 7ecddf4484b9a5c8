package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clustersim.experiment.Progress;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.CommandManifest;
import org.clustersim.output.FolderLock;
import org.clustersim.format.Num;
import org.clustersim.report.MorrisReport;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.sensitivity.MorrisAnalysis;
import org.clustersim.sensitivity.MorrisOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clustersim sensitivity FILE --method morris}: screens the parameters the file marks as
 * {@code uncertain} with Morris elementary effects and reports, for each metric, mu* and sigma; writes
 * morris.csv, its charts, manifest.json and report.html. {@code --method sobol} computes their
 * Sobol' indices instead ({@link SobolOptions}).
 */
@Command(name = "sensitivity", description = "Morris screening (at each point 5 replications per variant) or Sobol' "
        + "indices (1 replication) of the parameters a file marks as uncertain; --replications says otherwise.")
final class SensitivityCommand implements Callable<Integer> {
    /** Replications per variant at each point unless {@code --replications} says otherwise. */
    static final int REPLICATIONS_DEFAULT = 5;
    private static final List<String> HEADLINE = List.of("appropriation", "cooperation_rate", "cohesion");

    @Parameters(index = "0", paramLabel = "FILE", description = "scenario or experiment with an 'uncertain:' block")
    Path file;

    @Option(names = "--method", description = "morris or sobol (default: ${DEFAULT-VALUE})")
    String method = "morris";

    @Mixin
    SobolOptions sobol = new SobolOptions();

    @Mixin
    ScaleOptions scale = new ScaleOptions();

    @Option(names = "--trajectories", description = "Morris trajectories (default: ${DEFAULT-VALUE})")
    int trajectories = 10;

    @Option(names = "--levels", description = "grid levels (default: ${DEFAULT-VALUE})")
    int levels = 4;

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
        if (!method.equals("morris") && !method.equals("sobol")) {
            System.err.println("clustersim sensitivity: unknown method '" + method + "'; available: morris, sobol");
            return Main.BAD_INPUT;
        }
        if (method.equals("sobol")) {
            return sobol.run(file, out, runs, folder, lock, scale);
        }
        if (scale.any()) {
            System.err.println("clustersim sensitivity: --shard, --merge and --resume are for --method sobol");
            return Main.BAD_INPUT;
        }
        int replications = runs.replicationsOr(REPLICATIONS_DEFAULT);
        if (trajectories < 2 || levels < 2 || replications < 1 || runs.threadsProblem() != null) {
            System.err.println("clustersim sensitivity: needs --trajectories >= 2, --levels >= 2, "
                    + "--replications >= 1 and --threads from 1 to " + RunOptions.MAX_THREADS);
            return Main.BAD_INPUT;
        }
        Scenario s = ScenarioLoader.load(file);
        if (s.uncertain().isEmpty()) {
            System.err.println(file + ": no 'uncertain:' block: mark the parameters to screen, e.g.\n"
                    + "uncertain:\n  trust_gain: {min: 0.03, max: 0.09}");
            return Main.BAD_INPUT;
        }
        s = s.withRunSettings(s.steps(), s.seed(), replications);
        Path target = out.or(Path.of("results", s.name() + "-morris"));
        FolderLock held = lock.take(target);
        if (held == null) {
            return Main.BAD_INPUT;
        }
        try (held) {
            return screen(s, target);
        }
    }

    private int screen(Scenario s, Path target) throws IOException {
        AtomicOutputDir dir = OutputFolders.open("sensitivity", target, folder.force);
        if (dir == null) {
            return Main.BAD_INPUT;
        }
        int n = runs.threads();
        int total = trajectories * (s.uncertain().size() + 1) * s.variants().size() * s.replications();
        if (!folder.quiet) {
            System.err.printf("clustersim: Morris screening of %d parameters, %d trajectories, %d runs%n",
                    s.uncertain().size(), trajectories, total);
        }
        long start = System.nanoTime();
        List<MorrisAnalysis.Row> rows = MorrisAnalysis.run(s, trajectories, levels, n,
                folder.quiet ? Progress.silent() : Progress.to(System.err));
        MorrisOutput.write(rows, dir.dir());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("method", "morris");
        settings.put("trajectories", trajectories);
        settings.put("levels", levels);
        settings.put("parameters", s.uncertain().size());
        settings.put("replications", s.replications());
        settings.put("runs", total);
        settings.put("master_seed", s.seed());
        CommandManifest.write(dir.dir(), "sensitivity", s.name(), s.description(), s.sources(), settings, n,
                (System.nanoTime() - start) / 1e9);
        MorrisReport.write(dir.dir());
        if (!OutputFolders.commit("sensitivity", dir)) {
            return Main.BAD_INPUT;
        }
        report(rows, s, dir.target());
        return Main.OK;
    }

    private static void report(List<MorrisAnalysis.Row> rows, Scenario s, Path target) {
        String output = s.variants().size() > 1 ? "difference" : s.variants().get(0).name();
        System.out.println("wrote " + target);
        for (String metric : HEADLINE) {
            System.out.printf("largest mu* for %s (%s):%n", metric, output);
            for (MorrisAnalysis.Row r : MorrisOutput.top(rows, output, metric, 3)) {
                System.out.printf("  %-28s mu* %-10s mu %-10s sigma %s%n", r.parameter().key(),
                        Num.format(r.stats().muStar()), Num.format(r.stats().mu()), Num.format(r.stats().sigma()));
            }
        }
    }
}
