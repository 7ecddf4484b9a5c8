package org.clustersim.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;

/**
 * {@code samples.csv} (every prior draw: {@code sample}, the parameters, {@code failed},
 * {@code distance}) and {@code accepted.csv} (the same columns, accepted draws only). The
 * calibration appends one line per finished sample, so that a killed run resumes from the
 * lines it finds; a last line cut short by the kill is dropped on reading.
 */
public final class SamplesFile {
    private SamplesFile() {
    }

    static List<String> header(List<String> keys) {
        List<String> h = new ArrayList<>();
        h.add("sample");
        h.addAll(keys);
        h.add("failed");
        h.add("distance");
        return h;
    }

    /** Writes {@code samples} (sorted by index) to {@code file}, replacing it. */
    public static void write(Path file, List<String> keys, List<Rejection.Sample> samples) throws IOException {
        try (BufferedWriter w = Csv.open(file)) {
            Csv.writeRow(w, header(keys));
            for (Rejection.Sample s : samples.stream().sorted(Comparator.comparingInt(Rejection.Sample::index))
                    .toList()) {
                Csv.writeRow(w, row(s));
            }
        }
    }

    /** Appends one sample, writing the header first into a new file. */
    public static void append(Path file, List<String> keys, Rejection.Sample s) throws IOException {
        boolean fresh = !Files.exists(file);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            if (fresh) {
                Csv.writeRow(w, header(keys));
            }
            Csv.writeRow(w, row(s));
        }
    }

    /**
     * The complete lines of a samples file written for {@code keys}; none if it does not exist.
     *
     * @throws IOException if its header names other parameters (another calibration's file)
     */
    public static List<Rejection.Sample> read(Path file, List<String> keys) throws IOException {
        List<Rejection.Sample> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean complete = text.endsWith("\n");
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            return out;
        }
        if (!Csv.parseLine(lines.get(0)).equals(header(keys))) {
            throw new IOException(file + ": its columns are not those of this calibration (" + header(keys) + ")");
        }
        int n = complete ? lines.size() : lines.size() - 1;
        for (int i = 1; i < n; i++) {
            List<String> f = Csv.parseLine(lines.get(i));
            if (f.size() != keys.size() + 3) {
                continue;
            }
            double[] v = new double[keys.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = Num.parse(f.get(k + 1));
            }
            out.add(new Rejection.Sample(Integer.parseInt(f.get(0)), v, Integer.parseInt(f.get(keys.size() + 1)),
                    Num.parse(f.get(keys.size() + 2))));
        }
        return out;
    }

    private static List<String> row(Rejection.Sample s) {
        List<String> r = new ArrayList<>();
        r.add(Integer.toString(s.index()));
        for (double v : s.values()) {
            r.add(Num.format(v));
        }
        r.add(Integer.toString(s.failed()));
        r.add(Num.format(s.distance()));
        return r;
    }
}
