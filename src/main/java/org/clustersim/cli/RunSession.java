package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.RunOptions;
import org.clustersim.output.FactorialOutput;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.format.Json;
import org.clustersim.output.Manifest;
import org.clustersim.format.Num;
import org.clustersim.output.OutputExistsException;
import org.clustersim.output.ResultsWriter;
import org.clustersim.format.RunKey;
import org.clustersim.report.Figures;
import org.clustersim.scenario.FactorialPlan;
import org.clustersim.scenario.Scenario;
import org.clustersim.shard.Shard;
import org.clustersim.shard.ShardManifest;
import org.clustersim.stats.SummaryTable;

/**
 * One execution of {@code clustersim run} once its options are checked: runs the plan into the
 * partial folder, writes the summaries and the manifest, and commits the folder only when every
 * run succeeded. Failed runs are listed with the command that reproduces each alone. With a
 * {@link Shard}, the folder keeps only the shard's stream files, network files and
 * {@code shard.json}; summaries and charts are written by {@code merge}, which shares
 * {@link #publish} with the whole run.
 */
final class RunSession {
    private static final List<String> HEADLINE = List.of("appropriation", "cooperation_rate", "cohesion",
            "mean_trust", "innovation");

    private final Scenario scenario;
    private final List<RunKey> plan;
    private final List<String> sets;
    private final int threads;
    private final boolean quiet;
    private final Shard shard;

    /** {@code shard} is null for a whole experiment; otherwise {@code plan} is that shard's runs. */
    RunSession(Scenario scenario, List<RunKey> plan, List<String> sets, int threads, boolean quiet, Shard shard) {
        this.scenario = scenario;
        this.plan = plan;
        this.sets = sets;
        this.threads = threads;
        this.quiet = quiet;
        this.shard = shard;
    }

    int execute(AtomicOutputDir dir, boolean resume) throws IOException {
        long start = System.nanoTime();
        try (ResultsWriter results = new ResultsWriter(dir.dir(), resume, scenario.steps())) {
            if (!quiet) {
                System.err.printf("clustersim: %s%s, %d run(s) of %d months (%d already done), %d thread(s)%n",
                        scenario.name(), shard == null ? "" : " shard " + shard, plan.size(), scenario.steps(),
                        results.done().size(), threads);
            }
            int failed = ExperimentRunner.run(scenario, plan, results.done(), new RunOptions(threads, quiet), results,
                    quiet ? Progress.silent() : Progress.to(System.err));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (shard != null) {
                return finishShard(dir, results, seconds);
            }
            Map<String, Object> manifest = Manifest.build(scenario, plan, sets, threads, seconds,
                    failed == 0 ? "complete" : "partial", results.failures());
            if (failed > 0) {
                writeResults(dir, results, manifest, scenario.factorial());
                return reportFailures(results.failures(), dir.dir());
            }
            return publish(dir, results, manifest, scenario.factorial(), scenario.steps(), seconds);
        } catch (OutputExistsException e) {
            System.err.println("clustersim run: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    /**
     * Writes what needs every run (summaries, comparison, trust matrix), the manifest, the charts
     * and the report into the partial folder, commits it and prints the headline means. Shared by
     * {@code run} and {@code merge}.
     */
    static int publish(AtomicOutputDir dir, ResultsWriter results, Map<String, Object> manifest,
                       FactorialPlan factorial, int steps, double seconds) throws IOException, OutputExistsException {
        writeResults(dir, results, manifest, factorial);
        commit(dir);
        report(results.summary(), dir.target(), steps, seconds);
        return Main.OK;
    }

    private static void writeResults(AtomicOutputDir dir, ResultsWriter results, Map<String, Object> manifest,
                                     FactorialPlan factorial) throws IOException {
        results.finish(factorial);
        Json.write(dir.resolve("manifest.json"), manifest);
        Figures.drawAll(dir.dir());
    }

    /** A shard keeps its stream files and network files only, with shard.json. */
    private int finishShard(AtomicOutputDir dir, ResultsWriter results, double seconds)
            throws IOException, OutputExistsException {
        results.closeStreams();
        if (!results.failures().isEmpty()) {
            return reportFailures(results.failures(), dir.dir());
        }
        ShardManifest.write(dir.dir(), shard, Manifest.fingerprint(scenario, plan, sets), threads, seconds);
        commit(dir);
        System.out.printf("wrote shard %s (%d run(s)) to %s in %.1f s%n", shard, plan.size(), dir.target(), seconds);
        return Main.OK;
    }

    private static void commit(AtomicOutputDir dir) throws IOException, OutputExistsException {
        Files.deleteIfExists(dir.resolve(RunCommand.FINGERPRINT));
        dir.commit();
    }

    private int reportFailures(List<String> failures, Path partial) throws IOException {
        Files.write(partial.resolve("FAILED.txt"), failures);
        System.err.println("clustersim run: " + failures.size() + " run(s) failed:");
        for (String f : failures) {
            System.err.println("  " + f);
        }
        System.err.println("  reproduce one alone with: ./clustersim run " + scenario.file()
                + " --seed " + scenario.seed() + " --variant V --replication R");
        if (shard != null) {
            System.err.println("  finish the shard with the same command and --resume");
        }
        System.err.println("  the results folder is left unfinished at " + partial);
        return Main.FAILURE;
    }

    private static void report(SummaryTable summary, Path target, int steps, double seconds) {
        System.out.printf("wrote %s in %.1f s%n", target, seconds);
        System.out.printf("final month %d, mean over replications:%n", steps);
        StringBuilder header = new StringBuilder(String.format("  %-12s", "variant"));
        HEADLINE.forEach(m -> header.append(String.format(" %17s", m)));
        System.out.println(header);
        long rows = summary.variants().stream().filter(FactorialPlan::isRow).count();
        for (String v : summary.variants()) {
            if (FactorialPlan.isRow(v)) {
                continue;
            }
            StringBuilder row = new StringBuilder(String.format("  %-12s", v));
            for (String m : HEADLINE) {
                row.append(String.format(" %17s", Num.format(summary.summary(v, m, steps).mean())));
            }
            System.out.println(row);
        }
        if (rows > 0) {
            System.out.printf("  and %d rows of a factorial design: their effects are in %s%n", rows,
                    target.resolve(FactorialOutput.EFFECTS));
        }
    }
}
