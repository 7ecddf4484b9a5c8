package org.clustersim.metrics;

import java.util.function.ToDoubleFunction;

/**
 * A named measure of the model at the end of a month, in the manner of Mesa's model reporters.
 * Names are snake_case and the same in every output.
 *
 * @param name       the column name
 * @param share      true when the value is a share in [0, 1] (charts fix the axis)
 * @param definition one line for the ODD and the report
 * @param function   computes the value from an observation
 * @param network    true for the measures of the trust network, which read every tie (sums
 *                   over ties, graph measures, searches): the {@code observe_every} parameter
 *                   lets a run observe them less often than every month
 */
public record Metric(String name, boolean share, String definition, ToDoubleFunction<Observation> function,
                     boolean network) {
    /** A metric cheap enough to observe every month. */
    public Metric(String name, boolean share, String definition, ToDoubleFunction<Observation> function) {
        this(name, share, definition, function, false);
    }

    public double value(Observation o) {
        return function.applyAsDouble(o);
    }
}
