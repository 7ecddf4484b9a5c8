package org.clustersim.model.policy;

import org.clustersim.model.PolicyInForce;

/**
 * Members take part in the decisions: the association chooses its own form and plan (the
 * ministry's iterative approach in the mechanical cluster). Voice supports perceived autonomy
 * ({@code rules.PerceivedAutonomy}; Deci and Ryan 2000 on autonomy support).
 *
 * @param window    months in force
 * @param intensity 0 (none) to 1 (members decide)
 */
public record Voice(Window window, double intensity) implements Instrument {
    public static final double INTENSITY_DEFAULT = 0.7;

    public Voice {
        Instrument.share("intensity", intensity);
    }

    @Override
    public Voice withWindow(Window w) { return new Voice(w, intensity); }

    @Override
    public String key() { return "voice"; }

    @Override
    public void enforce(PolicyInForce f) {
        f.addVoice(intensity);
    }

    @Override
    public String describe() {
        return "voice of members, intensity " + intensity;
    }
}
