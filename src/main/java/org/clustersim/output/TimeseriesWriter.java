package org.clustersim.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.format.RunKey;
import org.clustersim.stats.RunSeries;

/**
 * Streams run time series to one long-format CSV file:
 * {@code variant,replication,seed,step,<metric...>}, one row per run and step.
 *
 * <p>Each {@link #write(RunSeries)} call writes and flushes its rows at once, so memory use does not
 * grow with the number of runs and a crashed batch leaves every completed run on disk.
 * Numbers are formatted by {@link Num#format(double)}.
 */
public final class TimeseriesWriter implements Closeable {

    private final BufferedWriter out;
    private final List<String> metrics;

    /**
     * Creates (or truncates) {@code file} and writes the header.
     *
     * @param metrics the metric columns, in order; every written series must have exactly these
     */
    public TimeseriesWriter(Path file, List<String> metrics) throws IOException {
        this.metrics = List.copyOf(metrics);
        this.out = Csv.open(file);
        List<String> header = new ArrayList<>(List.of("variant", "replication", "seed", "step"));
        header.addAll(this.metrics);
        Csv.writeRow(out, header);
    }

    /** Appends all rows of {@code series} and flushes them to the file. */
    public void write(RunSeries series) throws IOException {
        if (!series.metrics().equals(metrics)) {
            throw new IllegalArgumentException("series metrics " + series.metrics()
                    + " differ from the file's columns " + metrics);
        }
        RunKey key = series.key();
        // The run-constant prefix is built once per series, not once per row.
        String prefix = Csv.quote(key.variant()) + ',' + key.replication() + ',' + key.seed() + ',';
        StringBuilder line = new StringBuilder(256);
        double[][] values = series.values();
        for (int step = 0; step < values.length; step++) {
            line.setLength(0);
            line.append(prefix).append(step);
            for (double v : values[step]) {
                line.append(',').append(Num.format(v));
            }
            line.append('\n');
            out.write(line.toString());
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
