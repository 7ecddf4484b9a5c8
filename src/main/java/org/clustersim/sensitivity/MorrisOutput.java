package org.clustersim.sensitivity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;

/**
 * Writes a Morris screening: {@code morris.csv} with a row per output, metric and parameter
 * ({@code output,metric,parameter,mu,mu_star,sigma,trajectories}), and under {@code charts/} the
 * mu*-sigma plane of each metric for the policy difference (or the single variant).
 */
public final class MorrisOutput {
    private MorrisOutput() {
    }

    public static void write(List<MorrisAnalysis.Row> rows, Path dir) throws IOException {
        try (BufferedWriter out = Csv.open(dir.resolve("morris.csv"))) {
            Csv.writeRow(out, List.of("output", "metric", "parameter", "mu", "mu_star", "sigma", "trajectories"));
            for (MorrisAnalysis.Row r : rows) {
                Csv.writeRow(out, List.of(r.output(), r.metric(), r.parameter().key(), Num.format(r.stats().mu()),
                        Num.format(r.stats().muStar()), Num.format(r.stats().sigma()),
                        Integer.toString(r.stats().n())));
            }
        }
        Path charts = Files.createDirectories(dir.resolve("charts"));
        String output = rows.stream().anyMatch(r -> r.output().equals("difference")) ? "difference"
                : rows.get(0).output();
        for (String metric : rows.stream().map(MorrisAnalysis.Row::metric).distinct().toList()) {
            List<MorrisAnalysis.Row> these = rows.stream()
                    .filter(r -> r.output().equals(output) && r.metric().equals(metric)).toList();
            MorrisChart.write(these, "Morris screening of " + metric + " (" + output + ")",
                    charts.resolve("morris-" + metric));
        }
    }

    /** The {@code n} parameters with the largest mu* for one output and metric, largest first. */
    public static List<MorrisAnalysis.Row> top(List<MorrisAnalysis.Row> rows, String output, String metric, int n) {
        return rows.stream().filter(r -> r.output().equals(output) && r.metric().equals(metric))
                .sorted((a, b) -> Double.compare(b.stats().muStar(), a.stats().muStar())).limit(n).toList();
    }
}
