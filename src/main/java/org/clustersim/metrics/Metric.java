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
 */
public record Metric(String name, boolean share, String definition, ToDoubleFunction<Observation> function) {
    public double value(Observation o) {
        return function.applyAsDouble(o);
    }
}
