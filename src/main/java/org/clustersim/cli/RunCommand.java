package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.RunFailure;
import org.clustersim.experiment.RunOptions;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.JsonWriter;
import org.clustersim.output.Manifest;
import org.clustersim.output.Num;
import org.clustersim.output.OutputExistsException;
import org.clustersim.output.ResultsWriter;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.stats.SummaryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clustersim run FILE}: runs a scenario or experiment and writes its results folder.
 * Results are written into {@code <out>.partial/} and renamed to {@code <out>/} only once
 * complete, so a crash or a kill never leaves a folder that looks complete.
 */
@Command(name = "run", description = "Run a scenario or experiment and write its results folder.")
final class RunCommand implements Callable<Integer> {
    private static final List<String> HEADLINE = List.of("appropriation", "cooperation_rate", "cohesion",
            "mean_trust", "innovation");

    @Parameters(index = "0", paramLabel = "FILE", description = "scenario or experiment (YAML)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<name>)")
    Path out;

    @Option(names = "--seed", description = "master seed (overrides the file)")
    Long seed;

    @Option(names = "--replications", description = "replications per variant (overrides the file)")
    Integer replications;

    @Option(names = "--steps", description = "months per run (overrides the file)")
    Integer steps;

    @Option(names = "--threads", description = "worker threads (default: all cores); results do not depend on it")
    Integer threads;

    @Option(names = "--force", description = "replace an existing results folder")
    boolean force;

    @Option(names = "--quiet", description = "no progress on stderr")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Scenario s;
        try {
            s = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        String bad = checkOptions();
        if (bad != null) {
            System.err.println("clustersim run: " + bad);
            return Main.BAD_INPUT;
        }
        s = s.withRunSettings(steps != null ? steps : s.steps(), seed != null ? seed : s.seed(),
                replications != null ? replications : s.replications());
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path target = out != null ? out : Path.of("results", s.name());
        AtomicOutputDir dir;
        try {
            dir = AtomicOutputDir.open(target, force);
        } catch (OutputExistsException e) {
            System.err.println("clustersim run: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        long start = System.nanoTime();
        if (!quiet) {
            System.err.printf("clustersim: %s, %d variant(s) x %d replication(s) x %d months, %d thread(s)%n",
                    s.name(), s.variants().size(), s.replications(), s.steps(), nThreads);
        }
        try (ResultsWriter results = new ResultsWriter(dir.dir())) {
            ExperimentRunner.run(s, new RunOptions(nThreads, quiet), results,
                    quiet ? Progress.silent() : Progress.to(System.err));
            results.finish();
            double seconds = (System.nanoTime() - start) / 1e9;
            JsonWriter.write(dir.resolve("manifest.json"), Manifest.build(s, nThreads, seconds, "complete"));
            dir.commit();
            report(s, results.summary(), dir.target(), seconds);
            return Main.OK;
        } catch (RunFailure f) {
            System.err.println("clustersim run: " + f.getMessage());
            System.err.println("  reproduce it alone with: ./clustersim run " + file + " --seed " + s.seed()
                    + " (variant " + f.key().variant() + ", replication " + f.key().replication() + ")");
            System.err.println("  partial results left in " + dir.dir());
            return Main.FAILURE;
        } catch (OutputExistsException e) {
            System.err.println("clustersim run: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    private String checkOptions() {
        if (steps != null && (steps < 1 || steps > ScenarioLoader.MAX_STEPS)) {
            return "--steps must be between 1 and " + ScenarioLoader.MAX_STEPS + ", got " + steps;
        }
        if (replications != null && (replications < 1 || replications > ScenarioLoader.MAX_REPLICATIONS)) {
            return "--replications must be between 1 and " + ScenarioLoader.MAX_REPLICATIONS + ", got " + replications;
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            return "--threads must be between 1 and 1024, got " + threads;
        }
        return null;
    }

    private void report(Scenario s, SummaryTable summary, Path target, double seconds) {
        System.out.printf("wrote %s in %.1f s%n", target, seconds);
        System.out.printf("final month %d, mean over %d replication(s):%n", s.steps(), s.replications());
        StringBuilder header = new StringBuilder(String.format("  %-12s", "variant"));
        HEADLINE.forEach(m -> header.append(String.format(" %17s", m)));
        System.out.println(header);
        for (String v : summary.variants()) {
            StringBuilder row = new StringBuilder(String.format("  %-12s", v));
            for (String m : HEADLINE) {
                row.append(String.format(" %17s", Num.format(summary.summary(v, m, s.steps()).mean())));
            }
            System.out.println(row);
        }
    }
}
