package org.clustersim.stats;

import java.util.List;
import java.util.Objects;
import org.clustersim.format.RunKey;

/**
 * The recorded metrics of one run.
 *
 * @param key     which run
 * @param metrics metric names, in column order
 * @param values  {@code values[step][m]} is metric {@code m} at {@code step}; row 0 is the initial
 *                state, so a run of {@code s} steps has {@code s + 1} rows. The arrays are not
 *                copied: the producer must not modify them after handing the series over.
 */
public record RunSeries(RunKey key, List<String> metrics, double[][] values) {

    public RunSeries {
        Objects.requireNonNull(key, "key");
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(values, "values");
        for (int step = 0; step < values.length; step++) {
            if (values[step].length != metrics.size()) {
                throw new IllegalArgumentException("row " + step + " has " + values[step].length
                        + " values but there are " + metrics.size() + " metrics");
            }
        }
    }

    /** Number of rows (steps + 1). */
    public int rows() {
        return values.length;
    }
}
