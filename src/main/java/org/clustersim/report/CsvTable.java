package org.clustersim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clustersim.format.Csv;
import org.clustersim.format.Num;

/**
 * A CSV file read whole by {@link Csv}: a header and rows of strings, read by column name.
 * Numbers are parsed by {@link #number(String)}.
 */
public final class CsvTable {

    private final Path file;
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(Path file, List<String> header, List<List<String>> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /** Reads {@code file}; its first record is the header. */
    public static CsvTable read(Path file) throws IOException {
        List<List<String>> records = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            throw new IOException(file + " is empty: expected a header line");
        }
        return new CsvTable(file, records.get(0), records.subList(1, records.size()));
    }

    /** The data rows, each a list of fields in header order. */
    public List<List<String>> rows() {
        return rows;
    }

    /** The column names. */
    public List<String> header() {
        return header;
    }

    /** Index of {@code name} in the header; a missing column is an error in the file. */
    public int column(String name) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IOException(file + " has no column '" + name + "'; columns: " + header);
        }
        return i;
    }

    /** Parses a number written by {@link Num#format(double)}; an empty field is NaN too. */
    public static double number(String field) {
        return field.isEmpty() ? Double.NaN : Num.parse(field);
    }
}
