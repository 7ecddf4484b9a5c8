package org.clustersim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustersim.format.Json;
import org.clustersim.report.Figures.Figure;

/**
 * {@code report.html} of a Morris screening ({@code clustersim sensitivity}), from its folder's
 * morris.csv, charts and manifest.json: which uncertain parameters move each headline measure most
 * (for an experiment, the difference between its last and first variant), in words, then a chart
 * per measure and the methods. Morris 1991; Campolongo, Cariboni and Saltelli 2007 for mu*.
 */
public final class MorrisReport {
    private static final int TOP = 3;

    private MorrisReport() {
    }

    /** One row of morris.csv. */
    private record Row(String output, String metric, String parameter, double mu, double muStar, double sigma) {
    }

    /** Writes {@code dir/report.html}. */
    public static void write(Path dir) throws IOException {
        CsvTable t = CsvTable.read(dir.resolve("morris.csv"));
        int[] c = {t.column("output"), t.column("metric"), t.column("parameter"), t.column("mu"),
            t.column("mu_star"), t.column("sigma")};
        List<Row> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(new Row(r.get(c[0]), r.get(c[1]), r.get(c[2]), CsvTable.number(r.get(c[3])),
                CsvTable.number(r.get(c[4])), CsvTable.number(r.get(c[5])))));
        Map<?, ?> m = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("manifest.json")));
        String output = rows.stream().anyMatch(r -> r.output().equals("difference")) ? "difference"
                : rows.isEmpty() ? "" : rows.get(0).output();
        Page page = new Page("clustersim sensitivity: " + m.get("scenario"), "Morris screening: " + m.get("trajectories")
                + " trajectories of " + m.get("levels") + " levels over " + m.get("parameters") + " parameters, "
                + m.get("runs") + " runs (" + m.get("replications") + " replications of each variant at each point),"
                + " master seed " + m.get("master_seed") + "; clustersim " + m.get("version") + ".");
        StringBuilder h = page.section("headline", "Headline");
        h.append("<p class=\"headline\">").append(Html.esc("Question: which uncertain parameters move "
                + (output.equals("difference") ? "the difference between the variants (last minus first)" : output)
                + " most? Answer: ")).append(Html.esc(answer(rows, output))).append(Html.esc(" How sure: each "
                + "parameter's effect is measured " + m.get("trajectories") + " times from random starting points; a"
                + " ranking is a screening, not a precise estimate (mu* is in the measure's unit per full range of"
                + " the parameter).")).append("</p>\n");
        page.section("scenario", "Scenario").append("<p>").append(Html.esc(m.get("description"))).append("</p>\n");
        Set<String> metrics = new LinkedHashSet<>();
        rows.forEach(r -> metrics.add(r.metric()));
        StringBuilder charts = page.section("charts", "Influence on each measure");
        for (String metric : metrics) {
            Path png = dir.resolve("charts").resolve("morris-" + metric + ".png");
            if (Files.isRegularFile(png) && (Glossary.HEADLINE.contains(metric))) {
                Glossary.Entry g = Glossary.of(metric);
                Html.figure(charts, dir.resolve("charts"), new Figure("morris-" + metric, ResponseCharts.capitalised(
                        g.label()) + " (" + output + "): influence of each parameter", TimeSeriesCharts.meaning(g)
                        + "Blue: mu*, the mean absolute change of the final-month value when the parameter moves by"
                        + " one step of the grid, scaled to its full range; grey: sigma, their standard deviation"
                        + " (large when the effect depends on the other parameters).", ""));
            }
        }
        charts.append("<p class=\"note\">Charts of the other measures are in <code>charts/</code>; every value is in"
                + " <code>morris.csv</code>.</p>\n");
        page.section("methods", "Methods").append("<p>Morris elementary effects (Morris 1991) on one-at-a-time"
                + " trajectories through a grid of the parameters' ranges (the file's <code>uncertain:</code> block);"
                + " mu* is the mean of their absolute values (Campolongo, Cariboni and Saltelli 2007), mu their mean,"
                + " sigma their standard deviation. Every point runs the same seeds (common random numbers).</p>\n");
        page.write(dir);
    }

    /** "cooperation: sanction_effect, trust_gain, trust_loss; ..." for the headline measures. */
    private static String answer(List<Row> rows, String output) {
        List<String> parts = new ArrayList<>();
        for (String metric : Glossary.HEADLINE) {
            List<String> top = rows.stream().filter(r -> r.output().equals(output) && r.metric().equals(metric))
                    .sorted(Comparator.comparingDouble(Row::muStar).reversed()).limit(TOP)
                    .map(r -> r.parameter() + " (mu* " + Findings.number(r.muStar()) + ")").toList();
            if (!top.isEmpty()) {
                parts.add(Glossary.of(metric).label() + ": " + String.join(", ", top));
            }
        }
        return parts.isEmpty() ? "no measure was screened." : "the largest first, " + String.join("; ", parts) + ".";
    }
}
