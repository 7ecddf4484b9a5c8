package org.clustersim.model.policy;

import org.clustersim.model.PolicyInForce;

/**
 * Obligations, reporting and sanctions on members, of a given intensity. Sanctions deter
 * defection between members (the price effect); control felt from an authority one distrusts
 * lowers perceived autonomy and crowds motivation out (Frey and Jegen 2001; Deci and Ryan 2000).
 * The rules read the intensity in force ({@code rules.CooperationDecision},
 * {@code rules.PerceivedAutonomy}, {@code rules.Appropriation}).
 *
 * @param window    months in force
 * @param intensity 0 (none) to 1 (full control)
 */
public record Control(Window window, double intensity) implements Instrument {
    public static final double INTENSITY_DEFAULT = 0.7;

    public Control {
        Instrument.share("intensity", intensity);
    }

    @Override
    public Control withWindow(Window w) { return new Control(w, intensity); }

    @Override
    public String key() { return "control"; }

    @Override
    public void enforce(PolicyInForce f) {
        f.addControl(intensity);
    }

    @Override
    public String describe() {
        return "control of members, intensity " + intensity;
    }
}
