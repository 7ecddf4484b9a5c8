package org.clustersim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustersim.report.Figures.Figure;

/**
 * {@code report.html}: one self-contained page (inline CSS, PNG charts as base64 data URIs, no
 * external resource) for a planner: what the run used, a table of contents, the headline (question,
 * answer, how sure), the findings in plain words or, for a sweep, its answer and response charts,
 * the levers that cannot act or made no clear difference, the charts grouped by question (those of
 * the measures shown; the others linked), the trust matrices, the methods, and the manifest in a
 * collapsible block. Its bytes depend only on the files it is built from.
 */
public final class Report {

    /** The report's file name in the results folder. */
    public static final String FILE = "report.html";

    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1060px;margin:24px auto;\
            padding:0 16px;color:#222;line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.8em}
            .meta{color:#555}table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
            th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f2f2f2}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            figure{margin:1.2em 0}figure img{width:100%;max-width:1000px;border:1px solid #e4e4e4}
            figcaption{color:#444;font-size:.93em;margin-top:.3em}details{margin:.8em 0}summary{cursor:pointer;font-weight:600}
            pre{background:#f7f7f7;padding:10px;overflow-x:auto;font-size:.85em}.note{color:#555;font-size:.92em}
            .wide{overflow-x:auto}table.matrix{font-size:.8em}table.matrix th,table.matrix td{padding:3px 5px}
            tr.clear td,td.clear{background:#fff4d6}p.headline{font-size:1.08em;background:#f3f7fb;padding:10px 14px;\
            border-left:4px solid #0072B2}p.warn{background:#fdecea;padding:6px 10px}nav{background:#fafafa;\
            border:1px solid #e4e4e4;padding:6px 14px;margin:1em 0}nav ol{margin:.3em 0;columns:2}
            """;

    private Report() {
    }

    /** Writes {@code dir/report.html}; the PNG of every figure must exist in {@code dir/charts}. */
    static void write(Path dir, RunInfo info, List<Figure> figures, List<TrustHeatmap.Matrix> matrices,
                      List<Findings.Finding> findings) throws IOException {
        List<Comparisons.Pair> pairs = Comparisons.pairs(findings, info.variants());
        boolean sweep = Sweep.isSweep(info.variants().stream().map(Arms.Arm::name).toList());
        Map<String, Map<String, ResponseCharts.Final>> finals = Files.isRegularFile(dir.resolve("summary.csv"))
                ? ResponseCharts.read(dir.resolve("summary.csv")) : Map.of();
        Path charts = dir.resolve("charts");
        StringBuilder body = new StringBuilder(1 << 20);
        Map<String, String> toc = new LinkedHashMap<>();
        section(body, toc, "headline", "Headline");
        body.append("<p class=\"headline\">").append(Html.esc(FindingsSection.headline(info, pairs, finals))
                .replaceFirst("^Question:", "<b>Question:</b>").replaceFirst(" Answer: ", " <b>Answer:</b> ")
                .replaceFirst(" How sure: ", " <b>How sure:</b> ")).append("</p>\n");
        section(body, toc, "scenario", "Scenario and what this run used");
        scenario(body, info);
        if (sweep && !pairs.isEmpty()) {
            section(body, toc, "sweep", "The sweep's answer");
            Sweep.section(body, pairs);
            for (Figure f : figures) {
                if (f.section().equals(ResponseCharts.SECTION)) {
                    Html.figure(body, charts, f);
                }
            }
        } else if (!pairs.isEmpty()) {
            section(body, toc, "findings", "Findings");
            body.append("<p class=\"note\">Means of the final month across replications. A highlighted row differs"
                    + " clearly; the others show no clear difference (see Methods). Shown: the headline measures,"
                    + " every measure that differs clearly, and those the levers that differ act on.</p>\n");
            pairs.forEach(p -> FindingsSection.table(body, p));
        }
        section(body, toc, "levers", "Levers");
        FindingsSection.levers(body, info, pairs);
        figureSections(body, toc, charts, figures, FindingsSection.shownMetrics(pairs));
        section(body, toc, "trust-matrices", "Trust matrices");
        body.append("<p class=\"note\">Mean final trust from the row kind to the column kind, averaged over"
                + " replications; empty cells: no such tie in any replication.</p>\n");
        matrices.forEach(m -> ReportTables.trustTable(body, m));
        section(body, toc, "methods", "Methods");
        Path comparison = dir.resolve("comparison.csv");
        ReportTables.methods(body, info, findings, Files.isRegularFile(comparison)
                ? ReportTables.mannWhitneyNote(comparison) : "");
        body.append("<details>\n<summary>Manifest (manifest.json)</summary>\n<pre>").append(Html.esc(info.text()))
                .append("</pre>\n</details>\n");

        StringBuilder h = new StringBuilder(body.length() + 8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>clustersim: ")
                .append(Html.esc(info.scenario())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>clustersim results: ").append(Html.esc(info.scenario()))
                .append("</h1>\n<p class=\"meta\">").append(Html.esc(used(info))).append("</p>\n");
        h.append("<nav>\n<b>Contents</b>\n<ol>\n");
        toc.forEach((id, title) -> h.append("<li><a href=\"#").append(id).append("\">").append(Html.esc(title))
                .append("</a></li>\n"));
        h.append("</ol>\n</nav>\n").append(body).append("</body>\n</html>\n");
        Files.writeString(dir.resolve(FILE), h.toString(), StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder h, Map<String, String> toc, String id, String title) {
        toc.put(id, title);
        Html.heading(h, id, title);
    }

    /** What the run used, in one line: variants, replications, months, seed, version, status. */
    static String used(RunInfo info) {
        int all = info.variants().size();
        long arms = Arms.arms(info.variants()).size();
        return "This run: " + all + " variant" + (all > 1 ? "s" : "") + (arms < all ? " (" + arms + " arms and "
                + (all - arms) + " rows of a factorial design)" : "") + " \u00d7 " + info.replications()
                + " replications of " + info.period() + ", master seed " + info.seed() + "; clustersim "
                + info.manifest().get("version") + ", status " + info.manifest().get("status") + ".";
    }

    /** The scenario's description, what the command line changed, and the variants with their descriptions. */
    private static void scenario(StringBuilder h, RunInfo info) {
        h.append("<p>").append(Html.esc(info.description())).append("</p>\n");
        List<String> changed = new ArrayList<>();
        Map<String, String> run = Map.of("replications", String.valueOf(info.replications()), "steps",
                String.valueOf(info.steps()), "seed", info.seed());
        Map<String, String> words = Map.of("replications", "replications", "steps", "months", "seed", "master seed");
        for (String key : List.of("replications", "steps", "seed")) {
            Object file = info.fileSetting(key);
            if (file != null && !String.valueOf(file).equals(run.get(key))) {
                changed.add(words.get(key) + " " + run.get(key) + " instead of the file's " + file);
            }
        }
        if (!changed.isEmpty()) {
            h.append("<p class=\"warn\">The command line changed the run: ").append(Html.esc(String.join(", ", changed)))
                    .append(". Where the description above gives these numbers, it describes the file, not this run."
                            + "</p>\n");
        }
        if (!info.overrides().isEmpty()) {
            h.append("<p>Command-line overrides:");
            info.overrides().forEach(o -> h.append(" <code>--set ").append(Html.esc(o)).append("</code>"));
            h.append("</p>\n");
        }
        ReportTables.parameters(h, info.variants());
    }

    /**
     * The figures by section: the key figure, one section per question with the charts of the
     * measures shown, then the other kinds (stage, networks, trust...); the charts of measures not
     * shown are listed with a link to their file.
     */
    private static void figureSections(StringBuilder h, Map<String, String> toc, Path charts, List<Figure> figures,
                                       Set<String> shown) throws IOException {
        List<String> order = new ArrayList<>();
        order.add(TimeSeriesCharts.SECTION);
        for (Glossary.Question q : Glossary.Question.values()) {
            order.add(q.title());
        }
        for (Figure f : figures) {
            if (!order.contains(f.section()) && !f.section().equals(ResponseCharts.SECTION)) {
                order.add(f.section());
            }
        }
        List<Figure> hidden = new ArrayList<>();
        for (String sec : order) {
            List<Figure> in = new ArrayList<>();
            for (Figure f : figures) {
                String metric = metricOf(f);
                if (!f.section().equals(sec)) {
                    continue;
                }
                if (sec.equals(Glossary.of(metric).question().title()) && !shown.contains(metric)) {
                    hidden.add(f);
                } else {
                    in.add(f);
                }
            }
            if (!in.isEmpty()) {
                // Each measure's chart over time next to its final-month chart.
                List<String> metricOrder = in.stream().map(f -> metricOf(f)).distinct().toList();
                in.sort(java.util.Comparator.comparingInt(f -> metricOrder.indexOf(metricOf(f))));
                section(h, toc, "section-" + Html.id(sec), sec);
                for (Figure f : in) {
                    Html.figure(h, charts, f);
                }
            }
        }
        if (!hidden.isEmpty()) {
            section(h, toc, "other-charts", "Other charts");
            h.append("<p class=\"note\">Charts of the measures that show no clear difference and that no differing"
                    + " lever acts on, in the folder <code>charts/</code> beside this report:</p>\n<ul>\n");
            for (Figure f : hidden) {
                h.append("<li><a href=\"charts/").append(Html.esc(f.file())).append(".png\">")
                        .append(Html.esc(f.title())).append("</a></li>\n");
            }
            h.append("</ul>\n");
        }
    }

    /** The measure a chart shows: its file name without the {@code final-} of a box plot. */
    private static String metricOf(Figure f) {
        return f.file().startsWith("final-") ? f.file().substring("final-".length()) : f.file();
    }
}
