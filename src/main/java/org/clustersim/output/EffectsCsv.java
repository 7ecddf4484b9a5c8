package org.clustersim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.clustersim.stats.Effect;
import org.clustersim.stats.FactorialEffects;

/**
 * Writes {@code effects.csv}: the main effects and two-factor interactions of a two-level factorial
 * experiment on each metric, as estimated by {@link FactorialEffects}. One row per metric and term:
 * {@code metric,term,kind,estimate,se,ci_low,ci_high,p,df,method,aliases}.
 *
 * <ul>
 *   <li>Metrics in the order of the map; within a metric, main effects first, then interactions,
 *       each group by decreasing |estimate| ({@link FactorialEffects#ranked}), so the largest
 *       effects of each kind are at the top.</li>
 *   <li>{@code kind} is {@code main} or {@code interaction}; {@code method} is {@code pooled}
 *       (within-run variance, df = N - runs) or {@code lenth} (Lenth's pseudo standard error of an
 *       unreplicated design, df = m/3).</li>
 *   <li>{@code aliases} lists the terms confounded with this one in a fraction, joined by
 *       {@code " = "} ("control:voice = decree:promise"), empty when none: an aliased estimate is
 *       the sum of the effects of all these terms, and the rows of aliased terms repeat it.</li>
 *   <li>Numbers follow {@link Num}; a NaN (no interval when the standard error is zero) prints NA.</li>
 * </ul>
 */
public final class EffectsCsv {

    /** The header line, without its line end. */
    public static final String HEADER = "metric,term,kind,estimate,se,ci_low,ci_high,p,df,method,aliases";
    /** Joins a term's aliases in the {@code aliases} column, as a defining relation is written. */
    public static final String ALIAS_SEPARATOR = " = ";

    private EffectsCsv() {
    }

    /**
     * Writes {@code effectsByMetric} (metric name to its effects, in any order) to {@code file},
     * replacing it.
     */
    public static void write(Map<String, List<Effect>> effectsByMetric, Path file) throws IOException {
        try (BufferedWriter out = Csv.open(file)) {
            out.write(HEADER);
            out.write('\n');
            for (Map.Entry<String, List<Effect>> metric : effectsByMetric.entrySet()) {
                for (Effect e : FactorialEffects.ranked(metric.getValue())) {
                    Csv.writeRow(out, row(metric.getKey(), e));
                }
            }
        }
    }

    /** The fields of one row, in {@link #HEADER} order. */
    public static List<String> row(String metric, Effect e) {
        List<String> fields = new ArrayList<>(List.of(metric, e.term(), e.kind().label()));
        for (double v : new double[] {e.estimate(), e.se(), e.ciLow(), e.ciHigh(), e.p(), e.df()}) {
            fields.add(Num.format(v));
        }
        fields.add(e.method().label());
        fields.add(String.join(ALIAS_SEPARATOR, e.aliases()));
        return fields;
    }
}
