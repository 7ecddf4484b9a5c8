package org.clustersim.sensitivity;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.experiment.RunSink;
import org.clustersim.format.Csv;
import org.clustersim.format.RunKey;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.ClusterModel;

/**
 * {@code runs.csv}: the last month's metrics of every run of a design, one line per run in plan
 * order ({@code run,replication,seed,<metrics>}), written and flushed as each run finishes and
 * passed on to the analysis' sink. Values are written in full ({@link Double#toString}), so that a
 * run read back is the run computed: a resumed design, or one merged from shards, gives the same
 * analysis to the bit. Reopened after a kill, the file keeps its complete lines (a half-written
 * last line is dropped) and replays them instead of running them again.
 */
public final class RunsFile implements RunSink, Closeable {
    public static final String FILE = "runs.csv";

    private final Map<RunKey, double[]> previous;
    private final BufferedWriter out;
    private final RunSink into;

    private RunsFile(Map<RunKey, double[]> previous, BufferedWriter out, RunSink into) {
        this.previous = previous;
        this.out = out;
        this.into = into;
    }

    /** Opens {@code dir/runs.csv}: afresh, or keeping what an interrupted attempt finished when {@code resume}. */
    public static RunsFile open(Path dir, boolean resume, RunSink into) throws IOException {
        Path file = dir.resolve(FILE);
        Map<RunKey, double[]> kept = resume && Files.exists(file) ? read(file) : new LinkedHashMap<>();
        // The kept lines are rewritten beside the file and moved over it, so that a second kill
        // while they are written loses nothing.
        Path fresh = dir.resolve(FILE + ".tmp");
        try (BufferedWriter w = Csv.open(fresh)) {
            Csv.writeRow(w, header());
            for (Map.Entry<RunKey, double[]> e : kept.entrySet()) {
                w.write(line(e.getKey(), e.getValue()));
            }
        }
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new RunsFile(kept, out, into);
    }

    /** The runs an interrupted attempt finished. */
    public Set<RunKey> done() {
        return previous.keySet();
    }

    @Override
    public void accept(RunKey key, double[][] values, ClusterModel finalModel) throws IOException {
        out.write(line(key, values[values.length - 1]));
        out.flush();
        into.accept(key, values, finalModel);
    }

    @Override
    public void replay(RunKey key) throws IOException {
        into.accept(key, new double[][] {previous.get(key)}, null);
    }

    @Override
    public void fail(RunKey key, Throwable cause) throws IOException {
        into.fail(key, cause);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Every complete run of a runs.csv, in its order. */
    public static Map<RunKey, double[]> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<RunKey, double[]> runs = new LinkedHashMap<>();
        int metrics = Metrics.names().size();
        String[] lines = text.split("\n", -1);
        // The last piece follows the last line break: empty, or a line the kill cut short.
        for (int i = 1; i < lines.length - 1; i++) {
            List<String> f = Csv.parseLine(lines[i]);
            if (f.size() != 3 + metrics) {
                throw new IOException(file + ":" + (i + 1) + ": expected " + (3 + metrics) + " fields, got "
                        + f.size());
            }
            double[] v = new double[metrics];
            for (int m = 0; m < metrics; m++) {
                v[m] = Double.parseDouble(f.get(3 + m));
            }
            runs.put(new RunKey(f.get(0), Integer.parseInt(f.get(1)), Long.parseLong(f.get(2))), v);
        }
        return runs;
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("run", "replication", "seed"));
        h.addAll(Metrics.names());
        return h;
    }

    private static String line(RunKey key, double[] v) {
        StringBuilder s = new StringBuilder();
        s.append(Csv.quote(key.variant())).append(',').append(key.replication()).append(',').append(key.seed());
        for (double x : v) {
            s.append(',').append(x);
        }
        return s.append('\n').toString();
    }
}
