package org.clustersim.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Minimal CSV helpers shared by all writers: UTF-8, {@code '\n'} line endings, fields quoted
 * only when needed, following RFC 4180 section 2 (a field containing a comma, a double quote,
 * CR or LF is enclosed in double quotes, and embedded double quotes are doubled).
 * RFC 4180 specifies CRLF; we deliberately use LF so that output is identical on every platform,
 * which R, pandas and spreadsheets all accept.
 */
public final class Csv {

    private Csv() {
    }

    /** Returns {@code field} unchanged, or quoted per RFC 4180 when it contains , " CR or LF. */
    public static String quote(String field) {
        boolean needsQuotes = false;
        for (int i = 0; i < field.length() && !needsQuotes; i++) {
            char c = field.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!needsQuotes) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Opens {@code file} for writing UTF-8 text, replacing any existing content. */
    public static BufferedWriter open(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Writes the given fields, each quoted if needed, joined by commas and ended by '\n'. */
    public static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    /**
     * Splits one line written by {@link #writeRow} into at most {@code limit} fields (the last
     * one keeps the rest of the line), undoing the quoting of {@link #quote}.
     */
    public static List<String> parseLine(String line, int limit) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' && fields.size() < limit - 1) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
