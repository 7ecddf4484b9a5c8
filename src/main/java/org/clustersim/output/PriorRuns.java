package org.clustersim.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runs an interrupted attempt finished, read back from its {@code timeseries.csv} and
 * {@code trust_runs.csv}. A run's trust rows are written before its time series, so a run counts
 * as done when all its time-series rows are there (a kill may cut the last run short). Rows are handed back in file order, which is plan order, so that
 * a resumed folder is written exactly as an uninterrupted one. Memory holds only the index of
 * done runs, not their rows.
 */
final class PriorRuns implements AutoCloseable {
    private final Set<RunKey> done = new HashSet<>();
    private final BufferedReader timeseries;
    private final BufferedReader trust;
    private String pendingSeries;
    private String pendingTrust;

    PriorRuns(Path timeseriesFile, Path trustFile, int rowsPerRun) throws IOException {
        dropCutLine(timeseriesFile);
        dropCutLine(trustFile);
        Map<RunKey, Integer> rows = count(timeseriesFile);
        Set<RunKey> withTrust = count(trustFile).keySet();
        rows.forEach((k, n) -> {
            if (n == rowsPerRun && withTrust.contains(k)) {
                done.add(k);
            }
        });
        timeseries = open(timeseriesFile);
        trust = open(trustFile);
    }

    Set<RunKey> done() { return done; }

    /** The lines of {@code key} in the old timeseries, in order. */
    List<String> seriesLines(RunKey key) throws IOException {
        List<String> out = new ArrayList<>();
        pendingSeries = collect(timeseries, pendingSeries, key, out);
        return out;
    }

    /** The lines of {@code key} in the old per-run trust file, in order. */
    List<String> trustLines(RunKey key) throws IOException {
        List<String> out = new ArrayList<>();
        pendingTrust = collect(trust, pendingTrust, key, out);
        return out;
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

    private static Map<RunKey, Integer> count(Path file) throws IOException {
        Map<RunKey, Integer> rows = new HashMap<>();
        try (BufferedReader in = open(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                RunKey k = keyOf(line);
                if (k != null) {
                    rows.merge(k, 1, Integer::sum);
                }
            }
        }
        return rows;
    }

    private static BufferedReader open(Path file) throws IOException {
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        in.readLine();
        return in;
    }

    /** The run a CSV line belongs to (its first three fields), or null for a cut line. */
    static RunKey keyOf(String line) {
        List<String> f = Csv.parseLine(line, 4);
        try {
            return f.size() < 4 ? null : new RunKey(f.get(0), Integer.parseInt(f.get(1)), Long.parseLong(f.get(2)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        timeseries.close();
        trust.close();
    }
}
