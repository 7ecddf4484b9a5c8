package org.clustersim.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reader and writer of clustersim, on Apache Commons CSV: UTF-8, RFC 4180 quoting
 * (a field holding a comma, a double quote or a line break is enclosed in double quotes, and
 * its double quotes are doubled), fields quoted only when needed. RFC 4180 specifies CRLF; we
 * write LF so that output is identical on every platform (R, pandas and spreadsheets accept
 * it), and read LF, CRLF or CR. A quoted field may span lines, and reads back as written.
 */
public final class Csv {
    /** RFC 4180 with LF line ends; empty lines are records, so nothing is skipped silently. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private Csv() {
    }

    /** Returns {@code field} unchanged, or quoted per RFC 4180 when it must be. */
    public static String quote(String field) {
        return field.isEmpty() ? field : FORMAT.format(field);
    }

    /** Opens {@code file} for writing UTF-8 text, replacing any existing content. */
    public static BufferedWriter open(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Writes the given fields as one record, each quoted if needed, ended by '\n'. */
    public static void writeRow(Writer out, List<String> fields) throws IOException {
        FORMAT.printRecord(out, fields.toArray());
    }

    /**
     * A streaming reader of {@code file}, one record at a time; close it after use. Its first
     * record is the header when {@code header} is true, read by name with {@link CSVRecord#get(String)}.
     */
    public static CSVParser read(Path file, boolean header) throws IOException {
        return parser(Files.newBufferedReader(file, StandardCharsets.UTF_8), header);
    }

    /** Every record of {@code text}, each a list of fields (no header taken off). */
    public static List<List<String>> parse(String text) {
        try (CSVParser p = parser(new StringReader(text), false)) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord r : p) {
                records.add(r.toList());
            }
            return records;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("not CSV: " + e.getMessage(), e);
        }
    }

    /**
     * The fields of one line written by {@link #writeRow} (without its line end).
     *
     * @throws IllegalArgumentException if it is not one whole record (a line cut inside quotes)
     */
    public static List<String> parseLine(String line) {
        List<List<String>> records = parse(line);
        if (records.size() != 1) {
            throw new IllegalArgumentException("not one CSV record: " + line);
        }
        return records.get(0);
    }

    private static CSVParser parser(Reader in, boolean header) throws IOException {
        CSVFormat f = header ? FORMAT.builder().setHeader().setSkipHeaderRecord(true).get() : FORMAT;
        return CSVParser.builder().setReader(in).setFormat(f).get();
    }
}
