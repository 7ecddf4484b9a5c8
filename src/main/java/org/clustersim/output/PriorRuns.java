package org.clustersim.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustersim.format.Csv;
import org.clustersim.format.RunKey;

/**
 * Finished runs read back from pairs of {@code timeseries.csv} and {@code trust_runs.csv} files:
 * those of an interrupted attempt (resume) or those of the shard folders of an experiment (merge).
 * A run's trust rows are written before its time series, so a run counts as done when all its
 * time-series rows are there (a kill may cut the last run short); a run done in several pairs is
 * taken from the first. Rows are handed back in file order, which is plan order, so that a
 * folder rebuilt from them is written exactly as an uninterrupted one: the runs of each pair must
 * be asked for in plan order. Memory holds only the index of done runs, not their rows, and at
 * most one pair is open at a time.
 */
final class PriorRuns implements AutoCloseable {
    /** The two stream files of one folder (or of one interrupted attempt). */
    record Streams(Path timeseries, Path trust) {
    }

    private final Map<RunKey, Source> done = new LinkedHashMap<>();
    private Source open;

    PriorRuns(List<Streams> pairs, int rowsPerRun) throws IOException {
        for (Streams pair : pairs) {
            Source source = new Source(pair);
            Map<RunKey, Integer> rows = count(pair.timeseries());
            Set<RunKey> withTrust = count(pair.trust()).keySet();
            rows.forEach((k, n) -> {
                if (n == rowsPerRun && withTrust.contains(k)) {
                    done.putIfAbsent(k, source);
                }
            });
        }
    }

    Set<RunKey> done() { return done.keySet(); }

    /** The lines of {@code key} in its timeseries file, in order. */
    List<String> seriesLines(RunKey key) throws IOException {
        Source s = switchTo(key);
        List<String> out = new ArrayList<>();
        s.pendingSeries = collect(s.timeseries, s.pendingSeries, key, out);
        return out;
    }

    /** The lines of {@code key} in its per-run trust file, in order. */
    List<String> trustLines(RunKey key) throws IOException {
        Source s = switchTo(key);
        List<String> out = new ArrayList<>();
        s.pendingTrust = collect(s.trust, s.pendingTrust, key, out);
        return out;
    }

    /** Opens the pair holding {@code key}, closing the one open before if it is another. */
    private Source switchTo(RunKey key) throws IOException {
        Source s = done.get(key);
        if (s != open) {
            close();
            s.open();
            open = s;
        }
        return s;
    }

    /** Skips lines of other runs until those of {@code key}; returns the first line after them. */
    private static String collect(BufferedReader in, String pending, RunKey key, List<String> out) throws IOException {
        String line = pending != null ? pending : in.readLine();
        while (line != null && !key.equals(keyOf(line))) {
            line = in.readLine();
        }
        while (line != null && key.equals(keyOf(line))) {
            out.add(line);
            line = in.readLine();
        }
        return line;
    }

    /**
     * Truncates a file after its last line break. A writer's buffer may reach the disk in the
     * middle of a line, so a kill can leave a last row with every field but a shortened number.
     */
    static void dropCutLine(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            long end = ch.size();
            while (end > 0) {
                b.clear();
                ch.read(b, end - 1);
                if (b.get(0) == '\n') {
                    break;
                }
                end--;
            }
            ch.truncate(end);
        }
    }

    /** Rows per run in {@code file}; a last row without its line break (see {@link #dropCutLine}) is not counted. */
    private static Map<RunKey, Integer> count(Path file) throws IOException {
        Map<RunKey, Integer> rows = new HashMap<>();
        RunKey last = null;
        try (BufferedReader in = openSkippingHeader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                last = keyOf(line);
                if (last != null) {
                    rows.merge(last, 1, Integer::sum);
                }
            }
        }
        if (last != null && !endsWithLineBreak(file)) {
            rows.merge(last, -1, Integer::sum);
        }
        return rows;
    }

    private static boolean endsWithLineBreak(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            return ch.size() > 0 && ch.read(b, ch.size() - 1) == 1 && b.get(0) == '\n';
        }
    }

    private static BufferedReader openSkippingHeader(Path file) throws IOException {
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        in.readLine();
        return in;
    }

    /** The run a CSV line belongs to (its first three fields), or null for a cut line. */
    static RunKey keyOf(String line) {
        List<String> f = Csv.parseLine(line);
        try {
            return f.size() < 4 ? null : new RunKey(f.get(0), Integer.parseInt(f.get(1)), Long.parseLong(f.get(2)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        if (open != null) {
            open.timeseries.close();
            open.trust.close();
            open = null;
        }
    }

    /** One pair of files and where reading stopped in each. */
    private static final class Source {
        private final Streams files;
        private BufferedReader timeseries;
        private BufferedReader trust;
        private String pendingSeries;
        private String pendingTrust;

        Source(Streams files) {
            this.files = files;
        }

        /** (Re)opens both files at their first row; lines of runs already read are skipped again. */
        void open() throws IOException {
            timeseries = openSkippingHeader(files.timeseries());
            trust = openSkippingHeader(files.trust());
            pendingSeries = null;
            pendingTrust = null;
        }
    }
}
