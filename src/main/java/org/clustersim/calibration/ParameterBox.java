package org.clustersim.calibration;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.format.Num;
import org.clustersim.model.Param;

/**
 * A box of parameter values: for each uncertain parameter a range, and the map from a point of
 * the unit cube to values in it and to the {@code --set} overrides that run the model there.
 * Integer parameters (counts per month, durations) are rounded to the nearest whole value, so a
 * narrow box around a small integer may hold a single value: the shipped files vary only
 * continuous parameters (docs/validation.md, "Robustness and calibration").
 *
 * @param params the parameters, in column order
 * @param min    lower bound of each
 * @param max    upper bound of each
 */
public record ParameterBox(List<Param> params, double[] min, double[] max) {
    public ParameterBox {
        params = List.copyOf(params);
        min = min.clone();
        max = max.clone();
        if (min.length != params.size() || max.length != params.size()) {
            throw new IllegalArgumentException("one range per parameter");
        }
    }

    /**
     * Plus or minus {@code share} of each parameter's default (the calibrated value), clipped to
     * the parameter's valid range.
     */
    public static ParameterBox aroundDefaults(List<Param> params, double share) {
        double[] lo = new double[params.size()];
        double[] hi = new double[params.size()];
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            double a = p.defaultValue() * (1 - share);
            double b = p.defaultValue() * (1 + share);
            lo[i] = Math.max(p.min(), Math.min(a, b));
            hi[i] = Math.min(p.max(), Math.max(a, b));
        }
        return new ParameterBox(params, lo, hi);
    }

    public int dimensions() {
        return params.size();
    }

    /** The values at {@code unit}, a point of [0, 1) in each dimension. */
    public double[] at(double[] unit) {
        double[] v = new double[params.size()];
        for (int i = 0; i < v.length; i++) {
            double x = min[i] + unit[i] * (max[i] - min[i]);
            v[i] = params.get(i).isInteger() ? Math.round(x) : Num.asWritten(x);
        }
        return v;
    }

    /** The overrides that set these values, e.g. {@code parameters.trust_gain=0.06}. */
    public List<String> overrides(double[] values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add("parameters." + params.get(i).key() + "=" + Num.format(values[i]));
        }
        return out;
    }

    /** The parameters' YAML keys, in column order. */
    public List<String> keys() {
        return params.stream().map(Param::key).toList();
    }
}
