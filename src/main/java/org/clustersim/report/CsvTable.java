package org.clustersim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clustersim.format.Num;

/**
 * A CSV file read whole: a header and rows of strings, as written by
 * {@link org.clustersim.format.Csv} (RFC 4180 quoting, LF or CRLF line ends, quoted fields may
 * span lines). Numbers are parsed by {@link #number(String)}.
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
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
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

    /** Splits text into records of fields; quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
