package org.clustersim.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.format.Num;

/**
 * {@code report.html} of a calibration, in plain words: what was varied, what counted as
 * reproducing the observations, how many parameter sets did, and where they lie.
 */
public final class CalibrationReport {
    private CalibrationReport() {
    }

    public static void write(CalibrationFile c, List<Rejection.Sample> all, List<Rejection.Sample> accepted,
                             List<Posterior.Row> posterior, List<String> observedChecks, Path file)
            throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(c.name()))
                .append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                + "td,th{padding:2px 8px;text-align:right}td:first-child,th:first-child{text-align:left}"
                + "table{border-collapse:collapse}tr:nth-child(even){background:#f2f2f2}</style></head><body>\n");
        h.append("<h1>Calibration: ").append(esc(c.name())).append("</h1>\n<p>").append(esc(c.description()))
                .append("</p>\n");
        h.append("<p>We drew ").append(all.size()).append(" parameter sets from the prior ranges below (")
                .append(c.sampling() == Rejection.Sampling.LHS ? "Latin hypercube" : "uniform draws")
                .append(", seed ").append(c.seed()).append("), ran every observed pattern at each with ")
                .append(c.replications()).append(" replications per variant, and kept the sets whose distance to"
                + " the observations was at most ").append(Num.format(c.tolerance())).append(". The distance is the"
                + " number of observed checks that fail, plus a tie-breaker below one (the failed checks' p-values"
                + " summed and divided by the number of checks plus one).</p>\n");
        h.append("<p><b>").append(accepted.size()).append(" of ").append(all.size())
                .append(" parameter sets reproduce what was observed.</b></p>\n");
        int[] failed = new int[observedChecks.size() + 1];
        all.forEach(s -> failed[Math.min(s.failed(), failed.length - 1)]++);
        h.append("<p>Observed checks failed, over all draws:");
        for (int f = 0; f < failed.length; f++) {
            if (failed[f] > 0) {
                h.append(" ").append(f).append(" failed: ").append(failed[f]).append(" sets;");
            }
        }
        h.append("</p>\n<h2>Accepted ranges against the prior</h2>\n<table><tr><th>parameter</th><th>prior min</th>"
                + "<th>prior max</th><th>min</th><th>5%</th><th>median</th><th>95%</th><th>max</th></tr>\n");
        for (Posterior.Row r : posterior) {
            h.append("<tr><td>").append(esc(r.parameter())).append("</td>");
            for (double v : new double[] {r.priorMin(), r.priorMax(), r.min(), r.q05(), r.median(), r.q95(), r.max()}) {
                h.append("<td>").append(Num.format(v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<h2>Pairs of parameters</h2>\n<p>Grey: every draw; colour: accepted.</p>\n"
                + "<img src=\"pairs.png\" alt=\"scatter matrix of the accepted parameter sets\" width=\"1000\">\n");
        h.append("<h2>The observed checks</h2>\n<ul>\n");
        observedChecks.forEach(s -> h.append("<li>").append(esc(s)).append("</li>\n"));
        h.append("</ul>\n<p>Files: samples.csv (every draw), accepted.csv, posterior.csv, manifest.json. Run an"
                + " experiment over the accepted sets with <code>clustersim run FILE --over accepted.csv</code>."
                + "</p>\n</body></html>\n");
        Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
