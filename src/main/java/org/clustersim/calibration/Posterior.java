package org.clustersim.calibration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clustersim.format.Csv;
import org.clustersim.format.Num;

/**
 * The marginal ranges of the accepted parameter sets (the ABC posterior sample), against the
 * prior: min, 5%, median, 95% and max per parameter. Quantiles are the type-7 estimate of
 * Hyndman and Fan (1996), linear between order statistics, as R's default.
 */
public final class Posterior {
    private Posterior() {
    }

    /** One parameter's marginal. */
    public record Row(String parameter, double priorMin, double priorMax, int accepted, double min, double q05,
                      double median, double q95, double max) {
    }

    public static List<Row> of(ParameterBox prior, List<Rejection.Sample> accepted) {
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < prior.dimensions(); d++) {
            final int k = d;
            double[] x = accepted.stream().mapToDouble(s -> s.values()[k]).sorted().toArray();
            rows.add(new Row(prior.keys().get(d), prior.min()[d], prior.max()[d], x.length, quantile(x, 0),
                    quantile(x, 0.05), quantile(x, 0.5), quantile(x, 0.95), quantile(x, 1)));
        }
        return rows;
    }

    /** The type-7 quantile of sorted values; NaN when there are none. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static void write(List<Row> rows, Path file) throws IOException {
        try (BufferedWriter w = Csv.open(file)) {
            Csv.writeRow(w, List.of("parameter", "prior_min", "prior_max", "accepted", "min", "q05", "median", "q95",
                    "max"));
            for (Row r : rows) {
                Csv.writeRow(w, Arrays.asList(r.parameter(), Num.format(r.priorMin()), Num.format(r.priorMax()),
                        Integer.toString(r.accepted()), Num.format(r.min()), Num.format(r.q05()),
                        Num.format(r.median()), Num.format(r.q95()), Num.format(r.max())));
            }
        }
    }
}
