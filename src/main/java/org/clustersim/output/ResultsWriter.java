package org.clustersim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.experiment.RunSink;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.format.RunKey;
import org.clustersim.metrics.Metrics;
import org.clustersim.metrics.TrustMatrix;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ClusterModel;
import org.clustersim.scenario.FactorialPlan;
import org.clustersim.stats.ComparisonTable;
import org.clustersim.stats.RunSeries;
import org.clustersim.stats.SummaryTable;

/**
 * Writes a results folder as runs arrive. {@code timeseries.csv} and {@code trust_runs.csv} are
 * streamed run by run; statistics are accumulated from the values as written (so that a folder
 * rebuilt from its files on resume, or merged from shard folders, has the same bytes);
 * {@link #finish} writes the rest.
 */
public final class ResultsWriter implements RunSink, AutoCloseable {
    static final String TIMESERIES = "timeseries.csv";
    static final String TRUST_RUNS = "trust_runs.csv";
    private static final String OLD = ".old";

    private final Path dir;
    private final List<String> metrics = Metrics.names();
    private final TimeseriesWriter timeseries;
    private final BufferedWriter trustRuns;
    private final SummaryTable summary = new SummaryTable(metrics);
    private final Map<String, TrustMatrix> trust = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final PriorRuns prior;

    /**
     * Opens the folder's stream files. With {@code resume}, the files of the interrupted attempt
     * are set aside and their finished runs become available to {@link #replay}.
     */
    public ResultsWriter(Path dir, boolean resume, int steps) throws IOException {
        this(dir, resume ? setAside(dir, steps) : null);
    }

    /**
     * A writer into {@code dir} whose runs all come from the finished shard folders {@code shards}
     * (their {@code timeseries.csv} and {@code trust_runs.csv}): {@code merge} replays every run.
     */
    public static ResultsWriter fromShards(Path dir, List<Path> shards, int steps) throws IOException {
        return new ResultsWriter(dir, new PriorRuns(shards.stream().map(ResultsWriter::streams).toList(), steps + 1));
    }

    /** The runs whose rows are complete in the stream files of {@code folder}. */
    public static Set<RunKey> finishedRuns(Path folder, int steps) throws IOException {
        try (PriorRuns runs = new PriorRuns(List.of(streams(folder)), steps + 1)) {
            return Set.copyOf(runs.done());
        }
    }

    /**
     * How many runs a {@code --resume} of the partial folder {@code dir} will keep: those complete
     * in the stream files it would set aside, a row cut short not counted.
     */
    public static int resumable(Path dir, int steps) throws IOException {
        Path series = dir.resolve(TIMESERIES);
        Path trust = dir.resolve(TRUST_RUNS);
        if (!Files.exists(series) || !Files.exists(trust)) {
            series = dir.resolve(TIMESERIES + OLD);
            trust = dir.resolve(TRUST_RUNS + OLD);
        }
        if (!Files.exists(series) || !Files.exists(trust)) {
            return 0;
        }
        try (PriorRuns runs = new PriorRuns(List.of(new PriorRuns.Streams(series, trust)), steps + 1)) {
            return runs.done().size();
        }
    }

    private ResultsWriter(Path dir, PriorRuns prior) throws IOException {
        this.dir = dir;
        this.prior = prior;
        this.timeseries = new TimeseriesWriter(dir.resolve(TIMESERIES), metrics);
        this.trustRuns = Csv.open(dir.resolve(TRUST_RUNS));
        Csv.writeRow(trustRuns, List.of("variant", "replication", "seed", "from_kind", "to_kind", "mean_trust"));
    }

    /** Sets the stream files of an interrupted attempt aside; null if it left none. */
    private static PriorRuns setAside(Path dir, int steps) throws IOException {
        Path oldSeries = dir.resolve(TIMESERIES + OLD);
        Path oldTrust = dir.resolve(TRUST_RUNS + OLD);
        if (Files.exists(dir.resolve(TIMESERIES)) && Files.exists(dir.resolve(TRUST_RUNS))) {
            Files.move(dir.resolve(TIMESERIES), oldSeries, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(dir.resolve(TRUST_RUNS), oldTrust, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(oldSeries) || !Files.exists(oldTrust)) {
            return null;
        }
        PriorRuns.dropCutLine(oldSeries);
        PriorRuns.dropCutLine(oldTrust);
        return new PriorRuns(List.of(new PriorRuns.Streams(oldSeries, oldTrust)), steps + 1);
    }

    private static PriorRuns.Streams streams(Path folder) {
        return new PriorRuns.Streams(folder.resolve(TIMESERIES), folder.resolve(TRUST_RUNS));
    }

    /** Runs an interrupted attempt finished (empty unless resuming). */
    public Set<RunKey> done() {
        return prior == null ? Set.of() : prior.done();
    }

    @Override
    public void accept(RunKey key, double[][] values, ClusterModel finalModel) throws IOException {
        if (key.replication() == 1) {
            GraphmlWriter.write(finalModel, dir.resolve(GraphmlWriter.fileName(key.variant())));
        }
        double[][] written = new double[values.length][];
        for (int s = 0; s < values.length; s++) {
            written[s] = new double[values[s].length];
            for (int m = 0; m < values[s].length; m++) {
                written[s][m] = Num.asWritten(values[s][m]);
            }
        }
        double[][] means = TrustMatrix.runMeans(finalModel);
        for (ActorKind from : ActorKind.values()) {
            for (ActorKind to : ActorKind.values()) {
                double v = means[from.ordinal()][to.ordinal()];
                if (!Double.isNaN(v)) {
                    Csv.writeRow(trustRuns, List.of(key.variant(), Integer.toString(key.replication()),
                            Long.toString(key.seed()), from.key(), to.key(), Num.format(v)));
                    matrix(key).add(from, to, Num.asWritten(v));
                }
            }
        }
        // The trust rows reach disk first: a run counts as done once its time series is complete.
        trustRuns.flush();
        RunSeries series = new RunSeries(key, metrics, written);
        timeseries.write(series);
        summary.add(series);
    }

    @Override
    public void replay(RunKey key) throws IOException {
        List<String> lines = prior.seriesLines(key);
        double[][] values = new double[lines.size()][];
        for (int s = 0; s < lines.size(); s++) {
            List<String> f = Csv.parseLine(lines.get(s));
            values[s] = new double[metrics.size()];
            for (int m = 0; m < metrics.size(); m++) {
                values[s][m] = Num.parse(f.get(4 + m));
            }
        }
        for (String line : prior.trustLines(key)) {
            List<String> f = Csv.parseLine(line);
            trustRuns.write(line);
            trustRuns.write('\n');
            matrix(key).add(kind(f.get(3)), kind(f.get(4)), Num.parse(f.get(5)));
        }
        trustRuns.flush();
        RunSeries series = new RunSeries(key, metrics, values);
        timeseries.write(series);
        summary.add(series);
    }

    @Override
    public void fail(RunKey key, Throwable cause) {
        failures.add("variant " + key.variant() + ", replication " + key.replication() + ", seed " + key.seed()
                + ": " + cause);
    }

    /** What failed, one line per run. */
    public List<String> failures() { return failures; }

    /** The summaries of the runs received so far. */
    public SummaryTable summary() { return summary; }

    /** Closes the stream files and removes those set aside for resuming: all that a shard needs. */
    public void closeStreams() throws IOException {
        close();
        Files.deleteIfExists(dir.resolve(TIMESERIES + OLD));
        Files.deleteIfExists(dir.resolve(TRUST_RUNS + OLD));
    }

    /** {@link #closeStreams()}, then writes everything that needs all runs. */
    public void finish() throws IOException {
        finish(FactorialPlan.NONE);
    }

    /** As {@link #finish()}, with the design and effects files of a factorial experiment. */
    public void finish(FactorialPlan factorial) throws IOException {
        closeStreams();
        FactorialOutput.write(factorial, summary, dir);
        summary.writeSummary(dir.resolve("summary.csv"));
        summary.writeSummaryByStep(dir.resolve("summary_by_step.csv"));
        if (summary.variants().size() > 1) {
            ComparisonTable.write(ComparisonTable.compute(summary, ResultsWriter::samePoint),
                    dir.resolve("comparison.csv"));
        }
        writeTrustMatrix(dir.resolve("trust_matrix.csv"));
    }

    private void writeTrustMatrix(Path file) throws IOException {
        try (BufferedWriter out = Csv.open(file)) {
            Csv.writeRow(out, List.of("variant", "from_kind", "to_kind", "runs", "mean_trust"));
            for (Map.Entry<String, TrustMatrix> e : trust.entrySet()) {
                for (ActorKind from : ActorKind.values()) {
                    for (ActorKind to : ActorKind.values()) {
                        int runs = e.getValue().runs(from, to);
                        if (runs > 0) {
                            Csv.writeRow(out, List.of(e.getKey(), from.key(), to.key(), Integer.toString(runs),
                                    Num.format(e.getValue().mean(from, to))));
                        }
                    }
                }
            }
        }
    }

    /** Whether two variant labels share a design point (the bracketed suffix of a sweep). */
    static boolean samePoint(String a, String b) {
        int ia = a.indexOf('[');
        int ib = b.indexOf('[');
        return (ia < 0 ? "" : a.substring(ia)).equals(ib < 0 ? "" : b.substring(ib));
    }

    private TrustMatrix matrix(RunKey key) {
        return trust.computeIfAbsent(key.variant(), v -> new TrustMatrix());
    }

    private static ActorKind kind(String key) {
        return ActorKind.valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public void close() throws IOException {
        timeseries.close();
        trustRuns.close();
        if (prior != null) {
            prior.close();
        }
    }
}
