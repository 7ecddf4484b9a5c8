package org.clustersim.sensitivity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;

/**
 * Writes a Sobol' analysis: {@code sobol.csv}, a row per output, metric and parameter
 * ({@code output,metric,parameter,first,first_low,first_high,total,total_low,total_high}), and
 * under {@code charts/} the bars of {@link SobolChart} for each output and metric, as
 * {@code sobol-<output>-<metric>}.
 */
public final class SobolOutput {
    public static final String FILE = "sobol.csv";

    private SobolOutput() {
    }

    public static void write(List<SobolAnalysis.Row> rows, Path dir) throws IOException {
        try (BufferedWriter out = Csv.open(dir.resolve(FILE))) {
            Csv.writeRow(out, List.of("output", "metric", "parameter", "first", "first_low", "first_high", "total",
                    "total_low", "total_high"));
            for (SobolAnalysis.Row r : rows) {
                SobolIndices.Index i = r.index();
                Csv.writeRow(out, List.of(r.output(), r.metric(), r.parameter().key(), Num.format(i.first()),
                        Num.format(i.firstLow()), Num.format(i.firstHigh()), Num.format(i.total()),
                        Num.format(i.totalLow()), Num.format(i.totalHigh())));
            }
        }
        Path charts = Files.createDirectories(dir.resolve("charts"));
        for (String output : rows.stream().map(SobolAnalysis.Row::output).distinct().toList()) {
            for (String metric : rows.stream().map(SobolAnalysis.Row::metric).distinct().toList()) {
                List<SobolAnalysis.Row> these = rows.stream()
                        .filter(r -> r.output().equals(output) && r.metric().equals(metric)).toList();
                SobolChart.write(these, "Sobol' indices of " + metric + " (" + output + ")",
                        charts.resolve("sobol-" + output + "-" + metric));
            }
        }
    }

    /** The {@code n} parameters with the largest total index for one output and metric, largest first. */
    public static List<SobolAnalysis.Row> top(List<SobolAnalysis.Row> rows, String output, String metric, int n) {
        return rows.stream().filter(r -> r.output().equals(output) && r.metric().equals(metric))
                .sorted(Comparator.comparingDouble((SobolAnalysis.Row r) -> r.index().total()).reversed())
                .limit(n).toList();
    }
}
