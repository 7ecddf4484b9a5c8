package org.clustersim.patterns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clustersim.experiment.ExperimentRunner;
import org.clustersim.experiment.InMemorySink;
import org.clustersim.experiment.Progress;
import org.clustersim.experiment.RunOptions;
import org.clustersim.experiment.RunSink;
import org.clustersim.metrics.Metrics;
import org.clustersim.metrics.TrustMatrix;
import org.clustersim.model.ClusterModel;
import org.clustersim.output.Charts;
import org.clustersim.format.RunKey;
import org.clustersim.stats.RunSeries;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.ScenarioException;
import org.clustersim.stats.SummaryTable;

/**
 * Runs a pattern's experiment (its file, or fewer replications for the tests), evaluates its
 * checks, and draws the chart of its first check's metric over time, with 95% bands.
 */
public final class PatternRunner {
    private PatternRunner() {
    }

    /** The outcome of one pattern: its checks' results and the runs' summaries. */
    public record Outcome(Pattern pattern, Scenario scenario, List<CheckResult> results, SummaryTable summary) {
        public boolean pass() {
            return results.stream().allMatch(CheckResult::pass);
        }
    }

    /**
     * @param scenarios    the scenarios folder
     * @param replications replications per variant, or null for the file's
     */
    public static Outcome run(Pattern p, Path scenarios, Integer replications, int threads)
            throws IOException, ScenarioException {
        return run(p, scenarios, replications, threads, List.of());
    }

    /**
     * As {@link #run(Pattern, Path, Integer, int)}, with command-line style overrides merged over the
     * pattern's file ({@code "parameters.trust_gain=0.03"}, {@code "seed=11"}): robustness, calibration
     * and knock-outs run the same experiment at other parameter values or master seeds.
     */
    public static Outcome run(Pattern p, Path scenarios, Integer replications, int threads, List<String> sets)
            throws IOException, ScenarioException {
        Scenario s = load(p, scenarios, replications, sets);
        PatternData data = new PatternData();
        SummaryTable summary = new SummaryTable(Metrics.names());
        collect(s, threads, data, summary);
        List<CheckResult> results = new ArrayList<>();
        for (Check c : p.checks()) {
            results.add(c.evaluate(p.id(), data));
        }
        return new Outcome(p, s, results, summary);
    }

    /** The knocked-out run of one observed check: its file with the mechanism switched off, judged. */
    public static CheckResult knockout(Pattern p, Knockout k, Path scenarios, Integer replications, int threads)
            throws IOException, ScenarioException {
        PatternData data = new PatternData();
        collect(load(p, scenarios, replications, k.sets()), threads, data, null);
        return k.judged(p).evaluate(p.id(), data);
    }

    private static Scenario load(Pattern p, Path scenarios, Integer replications, List<String> sets)
            throws ScenarioException {
        Scenario s = ScenarioLoader.load(scenarios.resolve(p.file()), sets);
        return replications == null ? s : s.withRunSettings(s.steps(), s.seed(), replications);
    }

    /** Runs {@code s} into {@code data} and, unless null (a knock-out draws no chart), {@code summary}. */
    private static void collect(Scenario s, int threads, PatternData data, SummaryTable summary) throws IOException {
        RunSink sink = new InMemorySink() {
            @Override
            public void accept(RunKey key, double[][] values, ClusterModel finalModel) {
                data.add(key.variant(), values, TrustMatrix.runMeans(finalModel));
                if (summary != null) {
                    summary.add(new RunSeries(key, Metrics.names(), values));
                }
            }
        };
        ExperimentRunner.run(s, ExperimentRunner.plan(s), Set.of(), new RunOptions(threads, true), sink,
                Progress.silent());
    }

    /** The chart of the metric the pattern's first check is about, all variants, over time. */
    public static void chart(Outcome o, Path base) throws IOException {
        String metric = o.pattern().checks().get(0).metric();
        boolean share = Metrics.standard().stream().filter(m -> m.name().equals(metric)).findFirst()
                .map(m -> m.share()).orElse(false);
        Charts.timeSeriesWithBands(o.summary().bands(List.of(metric)),
                o.pattern().id() + " " + o.pattern().title() + ": " + metric, share, base);
    }
}
