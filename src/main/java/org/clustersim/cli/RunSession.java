package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.RunOptions;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.JsonWriter;
import org.clustersim.output.Manifest;
import org.clustersim.output.Num;
import org.clustersim.output.OutputExistsException;
import org.clustersim.output.ResultsWriter;
import org.clustersim.output.RunKey;
import org.clustersim.report.Figures;
import org.clustersim.scenario.Scenario;
import org.clustersim.stats.SummaryTable;

/**
 * One execution of {@code clustersim run} once its options are checked: runs the plan into the
 * partial folder, writes the summaries and the manifest, and commits the folder only when every
 * run succeeded. Failed runs are listed with the command that reproduces each alone.
 */
final class RunSession {
    private static final List<String> HEADLINE = List.of("appropriation", "cooperation_rate", "cohesion",
            "mean_trust", "innovation");

    private final Scenario scenario;
    private final List<RunKey> plan;
    private final List<String> sets;
    private final int threads;
    private final boolean quiet;

    RunSession(Scenario scenario, List<RunKey> plan, List<String> sets, int threads, boolean quiet) {
        this.scenario = scenario;
        this.plan = plan;
        this.sets = sets;
        this.threads = threads;
        this.quiet = quiet;
    }

    int execute(AtomicOutputDir dir, boolean resume) throws IOException {
        long start = System.nanoTime();
        try (ResultsWriter results = new ResultsWriter(dir.dir(), resume, scenario.steps())) {
            if (!quiet) {
                System.err.printf("clustersim: %s, %d run(s) of %d months (%d already done), %d thread(s)%n",
                        scenario.name(), plan.size(), scenario.steps(), results.done().size(), threads);
            }
            int failed = ExperimentRunner.run(scenario, plan, results.done(), new RunOptions(threads, quiet), results,
                    quiet ? Progress.silent() : Progress.to(System.err));
            results.finish();
            double seconds = (System.nanoTime() - start) / 1e9;
            String status = failed == 0 ? "complete" : "partial";
            JsonWriter.write(dir.resolve("manifest.json"),
                    Manifest.build(scenario, plan, sets, threads, seconds, status, results.failures()));
            Figures.drawAll(dir.dir());
            if (failed > 0) {
                reportFailures(results.failures(), dir.dir());
                return Main.FAILURE;
            }
            Files.deleteIfExists(dir.resolve(RunCommand.FINGERPRINT));
            dir.commit();
            report(results.summary(), dir.target(), seconds);
            return Main.OK;
        } catch (OutputExistsException e) {
            System.err.println("clustersim run: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    private void reportFailures(List<String> failures, Path partial) throws IOException {
        Files.write(partial.resolve("FAILED.txt"), failures);
        System.err.println("clustersim run: " + failures.size() + " run(s) failed:");
        for (String f : failures) {
            System.err.println("  " + f);
        }
        System.err.println("  reproduce one alone with: ./clustersim run " + scenario.file()
                + " --seed " + scenario.seed() + " --variant V --replication R");
        System.err.println("  the results folder is left unfinished at " + partial);
    }

    private void report(SummaryTable summary, Path target, double seconds) {
        System.out.printf("wrote %s in %.1f s%n", target, seconds);
        System.out.printf("final month %d, mean over replications:%n", scenario.steps());
        StringBuilder header = new StringBuilder(String.format("  %-12s", "variant"));
        HEADLINE.forEach(m -> header.append(String.format(" %17s", m)));
        System.out.println(header);
        for (String v : summary.variants()) {
            StringBuilder row = new StringBuilder(String.format("  %-12s", v));
            for (String m : HEADLINE) {
                row.append(String.format(" %17s", Num.format(summary.summary(v, m, scenario.steps()).mean())));
            }
            System.out.println(row);
        }
    }
}
