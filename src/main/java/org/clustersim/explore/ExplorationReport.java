package org.clustersim.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.clustersim.report.CsvTable;

/**
 * The {@code report.html} of an exploration: one self-contained page (inline CSS, charts as
 * base64 PNG) that leads with the answer in plain words, then the tables of the CSV files it
 * names, the charts with captions, and the manifest in a collapsible block. Its bytes depend only
 * on what it is given and the files it reads.
 */
public final class ExplorationReport {
    public static final String FILE = "report.html";

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1060px;margin:24px auto;\
            padding:0 16px;color:#222;line-height:1.45}h1{font-size:1.6em}.answer{font-size:1.12em;background:#f3f7fb;\
            border-left:4px solid #0072B2;padding:10px 14px}\
            table{border-collapse:collapse;font-size:.9em;margin:.6em 0}\
            th,td{border:1px solid #ccc;padding:3px 7px;text-align:left}th{background:#f2f2f2}figure{margin:1.2em 0}\
            figure img{width:100%;max-width:1000px;border:1px solid #e4e4e4}figcaption{color:#444;font-size:.93em}\
            pre{background:#f7f7f7;padding:10px;overflow-x:auto;font-size:.85em}.note{color:#555;font-size:.92em}
            """;

    /** A chart under {@code charts/} (without extension) and its caption. */
    public record Figure(String base, String caption) {
    }

    /** A CSV file of the folder shown as a table, at most {@code rows} rows. */
    public record Table(String file, String caption, int rows) {
    }

    private ExplorationReport() {
    }

    public static void write(Path dir, String title, List<String> answer, List<Table> tables, List<Figure> figures,
                             List<String> notes) throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>clustersim: ")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<div class=\"answer\">\n");
        for (String a : answer) {
            h.append("<p>").append(esc(a)).append("</p>\n");
        }
        h.append("</div>\n");
        for (String n : notes) {
            h.append("<p class=\"note\">").append(esc(n)).append("</p>\n");
        }
        for (Figure f : figures) {
            byte[] png = Files.readAllBytes(dir.resolve("charts").resolve(f.base() + ".png"));
            h.append("<figure><img alt=\"").append(esc(f.caption())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\">\n<figcaption>")
                    .append(esc(f.caption())).append(" (charts/").append(esc(f.base()))
                    .append(".png)</figcaption></figure>\n");
        }
        for (Table t : tables) {
            h.append("<h2>").append(esc(t.caption())).append("</h2>\n");
            table(h, CsvTable.read(dir.resolve(t.file())), t.rows(), t.file());
        }
        h.append("<details><summary>manifest.json</summary>\n<pre>")
                .append(esc(Files.readString(dir.resolve("manifest.json"), StandardCharsets.UTF_8)))
                .append("</pre></details>\n</body>\n</html>\n");
        Files.writeString(dir.resolve(FILE), h.toString(), StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder h, CsvTable csv, int max, String file) {
        h.append("<table>\n<tr>");
        csv.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>\n");
        List<List<String>> rows = csv.rows();
        for (int i = 0; i < Math.min(max, rows.size()); i++) {
            h.append("<tr>");
            rows.get(i).forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (rows.size() > max) {
            h.append("<p class=\"note\">first ").append(max).append(" of ").append(rows.size())
                    .append(" rows; all are in ").append(esc(file)).append("</p>\n");
        }
    }

    static String esc(Object o) {
        return StringEscapeUtils.escapeHtml4(String.valueOf(o));
    }
}
