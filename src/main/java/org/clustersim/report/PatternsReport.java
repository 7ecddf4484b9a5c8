package org.clustersim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.clustersim.output.CommandManifest;
import org.clustersim.report.Figures.Figure;

/**
 * {@code manifest.json} and {@code report.html} of {@code clustersim patterns}, from the folder's
 * patterns.csv, knockouts.csv (with {@code --knockouts}) and charts alone, so that the command keeps
 * one call: how many checks of observed patterns pass and of hypotheses are supported, then each
 * table as written and every chart. It reads the tables by their header, so that a catalogue with
 * other columns still gets its report.
 */
public final class PatternsReport {
    private PatternsReport() {
    }

    /**
     * Writes both files into {@code dir}.
     *
     * @param files    the pattern files that were run
     * @param settings the command's settings (replications, knock-outs...)
     */
    public static void write(Path dir, List<Path> files, Map<String, Object> settings, int threads, double seconds)
            throws IOException {
        CommandManifest.write(dir, "patterns", "patterns", "The paper's observed patterns (calibration targets) and"
                + " hypotheses (experiments), each run as a scenario and checked.", files, settings, threads, seconds);
        CsvTable patterns = CsvTable.read(dir.resolve("patterns.csv"));
        Page page = new Page("clustersim patterns", "clustersim patterns: " + patterns.rows().size() + " checks of "
                + files.size() + " pattern files; settings " + settings + ".");
        page.section("headline", "Headline").append("<p class=\"headline\">").append(Html.esc(headline(patterns)))
                .append("</p>\n");
        table(page.section("checks", "Checks"), patterns);
        if (Files.isRegularFile(dir.resolve("knockouts.csv"))) {
            table(page.section("knockouts", "Knock-outs: each observed check without its mechanism"),
                    CsvTable.read(dir.resolve("knockouts.csv")));
        }
        StringBuilder charts = page.section("charts", "Charts");
        try (Stream<Path> pngs = Files.list(dir.resolve("charts"))) {
            for (Path png : pngs.filter(p -> p.toString().endsWith(".png")).sorted().toList()) {
                String name = png.getFileName().toString().replace(".png", "");
                Html.figure(charts, dir.resolve("charts"), new Figure(name, name, "", ""));
            }
        }
        page.write(dir);
    }

    private static String headline(CsvTable t) throws IOException {
        int kind = t.column("kind");
        int verdict = t.column("verdict");
        long observed = t.rows().stream().filter(r -> r.get(kind).equals("observed")).count();
        long pass = t.rows().stream().filter(r -> r.get(kind).equals("observed") && r.get(verdict).equals("PASS"))
                .count();
        long supported = t.rows().stream().filter(r -> !r.get(kind).equals("observed")
                && r.get(verdict).equals("SUPPORTED")).count();
        return "Question: does the model reproduce what the paper observed, and what does it say of what the paper"
                + " only hypothesised? Answer: " + pass + " of " + observed + " checks of observed patterns pass; "
                + supported + " of " + (t.rows().size() - observed) + " checks of hypotheses are supported. How sure:"
                + " each check's estimate, 95% confidence interval and p-value are in the table below.";
    }

    private static void table(StringBuilder h, CsvTable t) {
        h.append("<div class=\"wide\"><table>\n<tr>");
        t.header().forEach(c -> h.append("<th>").append(Html.esc(c)).append("</th>"));
        h.append("</tr>\n");
        for (List<String> r : t.rows()) {
            h.append("<tr>");
            r.forEach(v -> h.append("<td>").append(Html.esc(v)).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table></div>\n");
    }
}
