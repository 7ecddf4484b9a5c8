package org.clustersim.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * A full set of parameter values, defaults unless overridden. Stored as a flat array so the
 * hot loop reads a value without boxing; checked against each {@link Param}'s range on every
 * write so that no out-of-range value (nor NaN) can enter the model, from a file or the GUI.
 */
public final class Parameters {
    private final double[] values;

    /** All defaults. */
    public Parameters() {
        Param[] all = Param.values();
        values = new double[all.length];
        for (Param p : all) {
            values[p.ordinal()] = p.defaultValue();
        }
    }

    /** Defaults with the given overrides applied. */
    public Parameters(Map<Param, Double> overrides) {
        this();
        overrides.forEach(this::set);
    }

    public Parameters copy() {
        Parameters c = new Parameters();
        System.arraycopy(values, 0, c.values, 0, values.length);
        return c;
    }

    public double get(Param p) {
        return values[p.ordinal()];
    }

    public int getInt(Param p) {
        return (int) Math.round(values[p.ordinal()]);
    }

    /** Sets a value after checking it against the parameter's range (the new value, not the old). */
    public void set(Param p, double value) {
        if (!(value >= p.min() && value <= p.max())) {
            throw new IllegalArgumentException(p.key() + " must be between " + p.min() + " and " + p.max()
                    + ", got " + value);
        }
        if (p.isInteger() && value != Math.rint(value)) {
            throw new IllegalArgumentException(p.key() + " must be a whole number, got " + value);
        }
        values[p.ordinal()] = value;
    }

    /** Every value, in declaration order, for manifests and the ODD table. */
    public Map<Param, Double> asMap() {
        Map<Param, Double> m = new EnumMap<>(Param.class);
        for (Param p : Param.values()) {
            m.put(p, values[p.ordinal()]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
