package org.clustersim.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clustersim.output.FactorialOutput;
import org.clustersim.stats.Comparison;

/**
 * The tables of the report that are reference rather than answer: the variants with their
 * descriptions and every instrument and parameter, the trust matrices, and the methods.
 */
final class ReportTables {
    private ReportTables() {
    }

    /**
     * The variants with their descriptions, then one row per instrument and parameter, one column
     * per variant; rows where variants differ are highlighted. An instrument a variant does not have
     * shows as a dash. A factorial's rows are described by design.csv and read through their effects.
     */
    static void parameters(StringBuilder h, List<Arms.Arm> all) {
        List<Arms.Arm> variants = Arms.arms(all);
        int designRows = all.size() - variants.size();
        List<Map<String, String>> columns = new ArrayList<>();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        StringBuilder head = new StringBuilder("<tr><th>instrument or parameter</th>");
        for (Arms.Arm v : variants) {
            head.append("<th>").append(Html.esc(v.name())).append("</th>");
            Map<String, String> column = new LinkedHashMap<>();
            column.put("policy preset", v.preset());
            for (Arms.Instrument i : v.instruments()) {
                column.merge("instrument " + i.key(), i.what() + ", " + i.months(), (a, b) -> a + "; " + b);
            }
            column.putAll(v.parameters());
            columns.add(column);
            column.keySet().forEach(k -> rows.putIfAbsent(k, new ArrayList<>()));
        }
        for (Map<String, String> column : columns) {
            rows.forEach((k, values) -> values.add(column.getOrDefault(k, "\u2013")));
        }
        long differing = rows.values().stream().filter(r -> r.stream().distinct().count() > 1).count();
        h.append("<ul>\n");
        Set<String> listed = new LinkedHashSet<>();
        for (Arms.Arm v : variants) {
            // A sweep's arm is listed once, its points after the list.
            if (listed.add(Sweep.arm(v.name()))) {
                h.append("<li><b>").append(Html.esc(Sweep.arm(v.name()))).append("</b> (policy preset ")
                        .append(Html.esc(v.preset())).append(")")
                        .append(v.description().isEmpty() ? "" : ": " + Html.esc(v.description())).append("</li>\n");
            }
        }
        if (listed.size() < variants.size()) {
            Set<String> points = new LinkedHashSet<>();
            variants.forEach(v -> points.add(Sweep.pointWords(v.name())));
            h.append("</ul>\n<p>each at ").append(points.size()).append(" points of the sweep: ")
                    .append(Html.esc(String.join("; ", points))).append(".</p>\n<ul>\n");
        }
        if (designRows > 0) {
            h.append("<li>and ").append(designRows).append(" rows of a factorial design over instruments, listed in ")
                    .append(FactorialOutput.DESIGN).append(" and read through their effects below</li>\n");
        }
        h.append("</ul>\n<details>\n<summary>Instruments and parameters (").append(rows.size()).append(", ")
                .append(differing).append(" differ between variants)</summary>\n<div class=\"wide\"><table>\n")
                .append(head).append("</tr>\n");
        rows.forEach((name, values) -> {
            h.append(values.stream().distinct().count() > 1 ? "<tr class=\"clear\">" : "<tr>")
                    .append("<td>").append(Html.esc(name)).append("</td>");
            values.forEach(value -> h.append("<td class=\"num\">").append(Html.esc(value)).append("</td>"));
            h.append("</tr>\n");
        });
        h.append("</table></div>\n</details>\n");
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
                        + Html.esc(String.join(", ", byMethod.get(m))));
            }
        }
        return parts.isEmpty() ? s.toString() : s.append(" Here: ").append(String.join("; ", parts)).append('.')
                .toString();
    }

    static void trustTable(StringBuilder h, TrustHeatmap.Matrix m) {
        h.append("<h3>").append(Html.esc(m.variant())).append("</h3>\n<div class=\"wide\"><table class=\"matrix\">\n<tr><th>trusts \\ trusted</th>");
        m.kinds().forEach(k -> h.append("<th>").append(Html.esc(k.key().replace('_', ' '))).append("</th>"));
        h.append("</tr>\n");
        for (int i = 0; i < m.kinds().size(); i++) {
            h.append("<tr><th>").append(Html.esc(m.kinds().get(i).key().replace('_', ' '))).append("</th>");
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

    /** The methods: the statistics behind the words, and the smallest effects of interest used. */
    static void methods(StringBuilder h, RunInfo info, List<Findings.Finding> findings, String mannWhitney) {
        h.append("<p>Each variant runs ").append(info.replications()).append(" times with its own seeds (see the"
                + " manifest). Means are of the final month across replications, with 95% confidence intervals"
                + " (Student t). A comparison of two variants is their difference in means (the second minus the"
                + " first) with Welch's 95% confidence interval. It is called <b>more</b> or <b>less</b> only when"
                + " (1) that interval excludes zero, (2) the difference reaches the measure's smallest effect of"
                + " interest, and (3) Welch's t test stays below 0.05 after Holm's adjustment across all the measures"
                + " of the pair (Holm 1979), so that comparing many measures does not turn chance into findings;"
                + " otherwise it is <b>no clear difference</b>, whatever the p-value alone says (Lakens, Scheel and"
                + " Isager 2018 on smallest effects of interest).</p>\n");
        h.append("<p><code>comparison.csv</code> holds every comparison with its t, p (Welch and Holm), Cohen's d"
                + " and A12 (Vargha and Delaney 2000: the probability that a run of the second variant ends higher"
                + " than one of the first, 0.5 meaning no difference).</p>\n");
        if (!mannWhitney.isEmpty()) {
            h.append("<p class=\"note\">").append(mannWhitney).append("</p>\n");
        }
        Set<String> metrics = new LinkedHashSet<>();
        findings.forEach(f -> metrics.add(f.metric()));
        if (metrics.isEmpty()) {
            return;
        }
        h.append("<details>\n<summary>Smallest effects of interest used</summary>\n<p class=\"note\">Defaults:"
                + " two points (0.02) on a 0-to-1 scale, ten points (0.1) on a share of runs, one unit on a count;"
                + " a scenario sets its own with <code>smallest_effects: {metric: value}</code>.</p>\n<table>\n"
                + "<tr><th>measure</th><th>smallest effect</th><th>source</th></tr>\n");
        for (String m : metrics) {
            boolean own = info.smallestEffects().containsKey(m);
            double v = own ? info.smallestEffects().get(m) : Glossary.of(m).smallestEffect();
            h.append("<tr><td>").append(Html.esc(Glossary.of(m).label())).append(" <code>").append(Html.esc(m))
                    .append("</code></td><td class=\"num\">").append(Findings.number(v)).append("</td><td>")
                    .append(own ? "scenario" : "default").append("</td></tr>\n");
        }
        h.append("</table>\n</details>\n");
    }
}
