package org.clustersim.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clustersim.format.Num;
import org.clustersim.sensitivity.SobolAnalysis;
import org.clustersim.sensitivity.SobolOutput;

/**
 * The report of a Sobol' analysis: for each metric, which parameters the output (the difference
 * between the two named variants when there is one) depends on most, by total index with its
 * interval, and how much of its variance no parameter explains alone (1 minus the sum of
 * first-order indices: interactions and, with common random numbers, the random streams).
 */
public final class SobolReport {
    private SobolReport() {
    }

    public static void write(Path dir, List<SobolAnalysis.Row> rows, String output, List<String> metrics, int runs)
            throws IOException {
        List<String> answer = new ArrayList<>();
        for (String metric : metrics) {
            answer.add(sentence(rows, output, metric));
        }
        List<ExplorationReport.Figure> figures = new ArrayList<>();
        for (String metric : metrics) {
            figures.add(new ExplorationReport.Figure("sobol-" + output + "-" + metric,
                    "Sobol' indices of " + metric + " (" + output + ")"));
        }
        ExplorationReport.write(dir, "Sobol' indices: what " + output + " depends on", answer,
                List.of(new ExplorationReport.Table(SobolOutput.FILE, "sobol.csv", 80)), figures,
                List.of(runs + " model runs. First order: the share of the output's variance a parameter explains "
                        + "alone (Saltelli et al. 2010); total: with all its interactions (Jansen 1999); "
                        + "95% percentile bootstrap intervals. Each point runs every variant with the same seeds "
                        + "(common random numbers)."));
    }

    /** One plain sentence: the three largest total indices of {@code output} for {@code metric}. */
    public static String sentence(List<SobolAnalysis.Row> rows, String output, String metric) {
        List<SobolAnalysis.Row> top = SobolOutput.top(rows, output, metric, 3);
        StringBuilder s = new StringBuilder(metric + " (" + output + ") depends most on ");
        for (int i = 0; i < top.size(); i++) {
            SobolAnalysis.Row r = top.get(i);
            s.append(i == 0 ? "" : i == top.size() - 1 ? " and " : ", ").append(r.parameter().key())
                    .append(" (total index ").append(Num.format(round(r.index().total()))).append(", 95% CI ")
                    .append(Num.format(round(r.index().totalLow()))).append(" to ")
                    .append(Num.format(round(r.index().totalHigh()))).append(')');
        }
        double firstSum = rows.stream().filter(r -> r.output().equals(output) && r.metric().equals(metric))
                .mapToDouble(r -> Double.isNaN(r.index().first()) ? 0 : r.index().first()).sum();
        return s.append("; the parameters alone explain ").append(Math.round(100 * Math.min(1, firstSum)))
                .append("% of its variance.").toString();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
