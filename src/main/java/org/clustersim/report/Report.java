package org.clustersim.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.StringEscapeUtils;
import org.clustersim.format.Json;
import org.clustersim.output.FactorialOutput;
import org.clustersim.report.Figures.Figure;
import org.clustersim.scenario.FactorialPlan;
import org.clustersim.stats.Comparison;

/**
 * {@code report.html}: one self-contained page (inline CSS, PNG charts as base64 data URIs, no
 * external resource) with the scenario and its parameters from manifest.json, the findings table,
 * the key figure, every other chart with its caption, the trust matrices as tables, and the
 * manifest itself in a collapsible block. Its bytes depend only on the files it is built from.
 */
public final class Report {

    /** The report's file name in the results folder. */
    public static final String FILE = "report.html";

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1060px;margin:24px auto;\
            padding:0 16px;color:#222;line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.8em}
            .meta{color:#555}table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
            th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f2f2f2}
            td.num{text-align:right;font-variant-numeric:tabular-nums}tr.differs td{background:#fff4d6}
            figure{margin:1.2em 0}figure img{width:100%;max-width:1000px;border:1px solid #e4e4e4}
            figcaption{color:#444;font-size:.93em;margin-top:.3em}details{margin:.8em 0}summary{cursor:pointer;font-weight:600}
            pre{background:#f7f7f7;padding:10px;overflow-x:auto;font-size:.85em}.note{color:#555;font-size:.92em}
            .wide{overflow-x:auto}table.matrix{font-size:.8em}table.matrix th,table.matrix td{padding:3px 5px}
            """;

    private Report() {
    }

    /** Writes {@code dir/report.html}; the PNG of every figure must exist in {@code dir/charts}. */
    public static void write(Path dir, List<Figure> figures, List<TrustHeatmap.Matrix> matrices,
                             List<Findings.Finding> findings) throws IOException {
        String manifestText = Files.readString(dir.resolve("manifest.json"), StandardCharsets.UTF_8);
        Map<?, ?> manifest = (Map<?, ?>) Json.parse(manifestText);
        StringBuilder h = new StringBuilder(1 << 20);
        String scenario = String.valueOf(manifest.get("scenario"));
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>clustersim: ")
                .append(esc(scenario)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>clustersim results: ").append(esc(scenario)).append("</h1>\n");
        h.append("<p class=\"meta\">clustersim ").append(esc(manifest.get("version"))).append(", ")
                .append(esc(manifest.get("steps"))).append(" months, ").append(esc(manifest.get("replications")))
                .append(" replications per variant, master seed ").append(esc(manifest.get("master_seed")))
                .append(", status ").append(esc(manifest.get("status"))).append(".</p>\n");
        h.append("<h2>Scenario</h2>\n<p>").append(esc(manifest.get("description"))).append("</p>\n");
        if (manifest.get("overrides") instanceof List<?> overrides && !overrides.isEmpty()) {
            h.append("<p>Command-line overrides:");
            overrides.forEach(o -> h.append(" <code>--set ").append(esc(o)).append("</code>"));
            h.append("</p>\n");
        }
        parameters(h, (List<?>) manifest.get("variants"));
        if (!findings.isEmpty()) {
            findingsTable(h, findings, mannWhitneyNote(dir.resolve("comparison.csv")));
        }
        String section = null;
        for (Figure f : keyFigureFirst(figures)) {
            String s = f.file().equals(TimeSeriesCharts.KEY_FIGURE) ? "Key figure" : f.section();
            if (!s.equals(section)) {
                h.append("<h2>").append(esc(s)).append("</h2>\n");
                section = s;
            }
            byte[] png = Files.readAllBytes(dir.resolve("charts").resolve(f.file() + ".png"));
            h.append("<figure id=\"").append(esc(f.file())).append("\">\n<img alt=\"").append(esc(f.title()))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                    .append("\">\n<figcaption><b>").append(esc(f.title())).append(".</b> ").append(esc(f.caption()))
                    .append(" Data: <code>charts/").append(esc(f.file())).append(".csv</code>.</figcaption>\n</figure>\n");
        }
        h.append("<h2>Trust matrices</h2>\n<p class=\"note\">Mean final trust from the row kind to the column kind,"
                + " averaged over replications; empty cells: no such tie in any replication.</p>\n");
        matrices.forEach(m -> trustTable(h, m));
        h.append("<details>\n<summary>Manifest (manifest.json)</summary>\n<pre>").append(esc(manifestText))
                .append("</pre>\n</details>\n</body>\n</html>\n");
        Files.writeString(dir.resolve(FILE), h.toString(), StandardCharsets.UTF_8);
    }

    private static List<Figure> keyFigureFirst(List<Figure> figures) {
        List<Figure> ordered = new ArrayList<>(figures.stream().filter(f -> f.file().equals(TimeSeriesCharts.KEY_FIGURE)).toList());
        figures.stream().filter(f -> !f.file().equals(TimeSeriesCharts.KEY_FIGURE)).forEach(ordered::add);
        return ordered;
    }

    /**
     * One row per instrument and parameter, one column per variant; rows where variants differ are
     * highlighted. An instrument a variant does not have shows as a dash.
     */
    private static void parameters(StringBuilder h, List<?> all) {
        // A factorial's rows are described by design.csv and read through their effects.
        List<?> variants = all.stream().filter(o -> !FactorialPlan.isRow(String.valueOf(((Map<?, ?>) o).get("name"))))
                .toList();
        int designRows = all.size() - variants.size();
        List<Map<String, String>> columns = new ArrayList<>();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        StringBuilder head = new StringBuilder("<tr><th>instrument or parameter</th>");
        for (Object o : variants) {
            Map<?, ?> v = (Map<?, ?>) o;
            head.append("<th>").append(esc(v.get("name"))).append("</th>");
            Map<String, String> column = new LinkedHashMap<>();
            column.put("policy preset", String.valueOf(v.get("policy_preset")));
            Object instruments = v.get("instruments");
            if (instruments instanceof List<?> list) {
                for (Object i : list) {
                    Map<?, ?> im = (Map<?, ?>) i;
                    column.merge("instrument " + im.get("instrument"), im.get("what") + ", " + im.get("months"),
                            (a, b) -> a + "; " + b);
                }
            }
            ((Map<?, ?>) v.get("parameters")).forEach((k, value) -> column.put(String.valueOf(k), String.valueOf(value)));
            columns.add(column);
            column.keySet().forEach(k -> rows.putIfAbsent(k, new ArrayList<>()));
        }
        for (Map<String, String> column : columns) {
            rows.forEach((k, values) -> values.add(column.getOrDefault(k, "\u2013")));
        }
        long differing = rows.values().stream().filter(r -> r.stream().distinct().count() > 1).count();
        h.append("<p>Variants: ");
        for (int i = 0; i < variants.size(); i++) {
            Map<?, ?> v = (Map<?, ?>) variants.get(i);
            h.append(i > 0 ? ", " : "").append("<b>").append(esc(v.get("name"))).append("</b> (policy ")
                    .append(esc(v.get("policy_preset"))).append(')');
        }
        if (designRows > 0) {
            h.append("; and ").append(designRows).append(" rows of a factorial design over instruments, listed in ")
                    .append(FactorialOutput.DESIGN).append(" and read through their effects below");
        }
        h.append(".</p>\n<details>\n<summary>Parameters (").append(rows.size()).append(", ").append(differing)
                .append(" differ between variants)</summary>\n<table>\n").append(head).append("</tr>\n");
        rows.forEach((name, values) -> {
            h.append(values.stream().distinct().count() > 1 ? "<tr class=\"differs\">" : "<tr>")
                    .append("<td>").append(esc(name)).append("</td>");
            values.forEach(value -> h.append("<td class=\"num\">").append(esc(value)).append("</td>"));
            h.append("</tr>\n");
        });
        h.append("</table>\n</details>\n");
    }

    /** One table per pair of variants, in the order of comparison.csv. */
    private static void findingsTable(StringBuilder h, List<Findings.Finding> findings, String mannWhitney) {
        h.append("<h2>Findings</h2>\n");
        String pair = null;
        for (Findings.Finding f : findings) {
            if (!(f.variantA() + '\n' + f.variantB()).equals(pair)) {
                h.append(pair == null ? "" : "</table>\n");
                pair = f.variantA() + '\n' + f.variantB();
                h.append("<h3>").append(esc(f.variantB())).append(" compared with ").append(esc(f.variantA()))
                        .append("</h3>\n<table>\n<tr><th>metric</th><th>").append(esc(f.variantA()))
                        .append("</th><th>").append(esc(f.variantB())).append("</th><th>finding</th></tr>\n");
            }
            h.append("<tr><td>").append(esc(f.metric())).append("</td><td class=\"num\">")
                    .append(Findings.number(f.meanA())).append("</td><td class=\"num\">")
                    .append(Findings.number(f.meanB())).append("</td><td>").append(esc(f.sentence())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Means of the final month across replications. Differences are the second"
                + " variant minus the first with Welch's 95% confidence interval; p is Welch's t test, Holm-adjusted"
                + " across all metrics of a pair; A12 (Vargha-Delaney) is the probability that a run of the second"
                + " variant ends higher than one of the first (0.5: no difference). Numbers have two significant"
                + " digits; every metric is in <code>comparison.csv</code>.</p>\n");
        h.append("<p class=\"note\">").append(mannWhitney).append("</p>\n");
    }

    /**
     * The methods note on the Mann-Whitney p of comparison.csv: how it is computed, then which
     * metrics had which computation in this folder (a folder written before comparison.csv said
     * so gets the rule alone). HTML, escaped.
     */
    static String mannWhitneyNote(Path comparisonCsv) throws IOException {
        StringBuilder s = new StringBuilder("<code>comparison.csv</code> also gives the Mann-Whitney U test's"
                + " two-sided p (Apache Commons Statistics 1.1): exact when both variants have fewer than "
                + Comparison.EXACT_LIMIT + " runs and no value is tied, otherwise the normal approximation with the"
                + " tie-corrected variance and a continuity correction of 0.5; <code>p_mann_whitney_method</code>"
                + " says which gave each p.");
        CsvTable t = CsvTable.read(comparisonCsv);
        if (!t.header().contains("p_mann_whitney_method")) {
            return s.toString();
        }
        int metric = t.column("metric");
        int method = t.column("p_mann_whitney_method");
        Map<String, Set<String>> byMethod = new LinkedHashMap<>();
        t.rows().forEach(r -> byMethod.computeIfAbsent(r.get(method), k -> new LinkedHashSet<>()).add(r.get(metric)));
        List<String> parts = new ArrayList<>();
        for (String m : List.of("exact", "normal")) {
            if (byMethod.containsKey(m)) {
                parts.add((m.equals("exact") ? "exact for " : "normal approximation for ")
                        + esc(String.join(", ", byMethod.get(m))));
            }
        }
        return parts.isEmpty() ? s.toString() : s.append(" Here: ").append(String.join("; ", parts)).append('.')
                .toString();
    }

    private static void trustTable(StringBuilder h, TrustHeatmap.Matrix m) {
        h.append("<h3>").append(esc(m.variant())).append("</h3>\n<div class=\"wide\"><table class=\"matrix\">\n<tr><th>trusts \\ trusted</th>");
        m.kinds().forEach(k -> h.append("<th>").append(esc(k.key().replace('_', ' '))).append("</th>"));
        h.append("</tr>\n");
        for (int i = 0; i < m.kinds().size(); i++) {
            h.append("<tr><th>").append(esc(m.kinds().get(i).key().replace('_', ' '))).append("</th>");
            for (int j = 0; j < m.kinds().size(); j++) {
                double v = m.mean()[i][j];
                if (Double.isNaN(v)) {
                    h.append("<td></td>");
                    continue;
                }
                Color c = TrustHeatmap.colour(v);
                String text = TrustHeatmap.textColour(c).equals(Color.BLACK) ? "#000" : "#fff";
                h.append(String.format(Locale.ROOT, "<td class=\"num\" style=\"background:#%06x;color:%s\">%.2f</td>",
                        c.getRGB() & 0xFFFFFF, text, v));
            }
            h.append("</tr>\n");
        }
        h.append("</table></div>\n");
    }

    /** HTML-escapes the text of {@code o} (null prints as an empty string). */
    static String esc(Object o) {
        String s = o == null ? "" : o.toString();
        return StringEscapeUtils.escapeHtml4(s);
    }
}
