package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.RunSink;
import org.clustersim.explore.ExplorationManifest;
import org.clustersim.explore.SobolReport;
import org.clustersim.format.Json;
import org.clustersim.format.Num;
import org.clustersim.format.RunKey;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.Variant;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.sensitivity.Outcomes;
import org.clustersim.sensitivity.SobolAnalysis;
import org.clustersim.sensitivity.SobolDesign;
import org.clustersim.sensitivity.SobolOutput;
import picocli.CommandLine.Option;

/**
 * The options and the run of {@code sensitivity --method sobol} (a picocli mixin of
 * {@link SensitivityCommand}): Sobol' indices of the uncertain parameters for the headline metrics
 * of each variant and of the difference between two variants, written to sobol.csv, charts,
 * manifest.json and report.html; the runs stream to runs.csv, and resume, shard and merge
 * through {@link DesignRun}.
 */
final class SobolOptions {
    static final List<String> HEADLINE = List.of("appropriation", "cooperation_rate", "cohesion", "mean_trust",
            "innovation");

    @Option(names = "--samples", description = "Sobol: base samples N; N (k + 2) points (default: ${DEFAULT-VALUE})")
    int samples = 256;

    @Option(names = "--difference", paramLabel = "A,B",
            description = "Sobol: analyse variant A minus variant B (default: the last variant minus the first)")
    String difference;

    @Option(names = "--resamples", description = "Sobol: bootstrap resamples (default: ${DEFAULT-VALUE})")
    int resamples = 1000;

    int run(Path file, OutOption out, RunOptions runs, FolderOptions folder, LockOptions lock, ScaleOptions scale)
            throws IOException, ScenarioException {
        Scenario loaded = ScenarioLoader.load(file);
        int replications = runs.replicationsOr(1);
        if (samples < 2 || resamples < 0 || replications < 1 || runs.threadsProblem() != null) {
            System.err.println("clustersim sensitivity: needs --samples >= 2, --resamples >= 0, --replications >= 1"
                    + " and --threads from 1 to " + RunOptions.MAX_THREADS);
            return Main.BAD_INPUT;
        }
        if (loaded.uncertain().isEmpty()) {
            System.err.println(file + ": no 'uncertain:' block: mark the parameters to analyse, e.g.\n"
                    + "uncertain:\n  trust_gain: {min: 0.03, max: 0.09}");
            return Main.BAD_INPUT;
        }
        List<String> names = loaded.variants().stream().map(Variant::name).toList();
        String[] pair = difference != null ? difference.split(",", -1)
                : names.size() > 1 ? new String[] {names.get(names.size() - 1), names.get(0)} : null;
        if (pair != null && (pair.length != 2 || !names.contains(pair[0]) || !names.contains(pair[1])
                || pair[0].equals(pair[1]))) {
            System.err.println("clustersim sensitivity: --difference needs two different variants A,B of " + names
                    + ", got '" + difference + "'");
            return Main.BAD_INPUT;
        }
        Scenario s = loaded.withRunSettings(loaded.steps(), loaded.seed(), replications);
        SobolAnalysis.Spec spec = new SobolAnalysis.Spec(samples, HEADLINE, pair == null ? null : pair[0],
                pair == null ? null : pair[1], resamples);
        SobolDesign design = SobolAnalysis.design(s, samples);
        List<RunKey> plan = SobolAnalysis.plan(s, design);
        if (!folder.quiet) {
            System.err.printf("clustersim: Sobol' indices of %d parameters, N = %d: %d runs%n", s.uncertain().size(),
                    samples, plan.size());
        }
        String output = spec.minuend() != null ? spec.difference() : s.variants().get(0).name();
        DesignRun.Design sobol = new DesignRun.Design() {
            @Override
            public List<RunKey> plan() {
                return plan;
            }

            @Override
            public Map<String, Object> fingerprint() throws IOException {
                return ExplorationManifest.fingerprint("sensitivity --method sobol", s, List.of(), design(s, spec),
                        plan.size());
            }

            @Override
            public Outcomes outcomes() {
                return SobolAnalysis.outcomes(s, design);
            }

            @Override
            public void run(List<RunKey> mine, Set<RunKey> done, RunSink sink, int threads, Progress progress)
                    throws IOException {
                SobolAnalysis.run(s, design, mine, done, sink, threads, progress);
            }

            @Override
            public void analyse(Outcomes outcomes, Path dir, Map<String, Object> fingerprint, int threads,
                                double seconds) throws IOException {
                List<SobolAnalysis.Row> rows = SobolAnalysis.indices(s, spec, design, outcomes);
                SobolOutput.write(rows, dir);
                Json.write(dir.resolve("manifest.json"), ExplorationManifest.complete(fingerprint, threads, seconds));
                SobolReport.write(dir, rows, output, HEADLINE, plan.size());
                print(rows, output);
            }
        };
        return new DesignRun("sensitivity", scale, folder, lock).execute(sobol, out.out, s.name() + "-sobol",
                runs.threads());
    }

    private static void print(List<SobolAnalysis.Row> rows, String output) {
        for (String metric : HEADLINE) {
            System.out.printf("largest total indices for %s (%s):%n", metric, output);
            for (SobolAnalysis.Row r : SobolOutput.top(rows, output, metric, 3)) {
                System.out.printf("  %-28s total %-8s [%s, %s]  first %s%n", r.parameter().key(),
                        Num.format(r.index().total()), Num.format(r.index().totalLow()),
                        Num.format(r.index().totalHigh()), Num.format(r.index().first()));
            }
        }
    }

    private Map<String, Object> design(Scenario s, SobolAnalysis.Spec spec) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("method", "sobol: Sobol' sequence (Commons Math, first point skipped), Saltelli 2010 first order, "
                + "Jansen 1999 total");
        d.put("samples", spec.samples());
        d.put("replications_per_point", s.replications());
        d.put("difference", spec.minuend() == null ? "" : spec.difference());
        d.put("bootstrap_resamples", spec.resamples());
        d.put("bootstrap_seed", s.seed());
        Map<String, Object> factors = new LinkedHashMap<>();
        s.uncertain().forEach((p, r) -> factors.put(p.key(), List.of(r.min(), r.max())));
        d.put("factors", factors);
        return d;
    }
}
