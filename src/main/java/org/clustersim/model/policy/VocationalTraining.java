package org.clustersim.model.policy;

import org.clustersim.model.PolicyInForce;

/**
 * A vocational training policy: while in force, the effort of training and the attractiveness
 * of the trade to young people take these values instead of the territory's baseline parameters
 * {@code training_effort} and {@code trade_attractiveness} ({@code rules.Demography}; the paper:
 * training "little active", a trade that "does not attract young people", and its call to
 * revalue it).
 *
 * @param window         months in force
 * @param effort         effort of vocational training, 0..1
 * @param attractiveness attractiveness of the trade, 0..1
 */
public record VocationalTraining(Window window, double effort, double attractiveness) implements Instrument {
    public VocationalTraining {
        Instrument.share("effort", effort);
        Instrument.share("attractiveness", attractiveness);
    }

    @Override
    public VocationalTraining withWindow(Window w) { return new VocationalTraining(w, effort, attractiveness); }

    @Override
    public String key() { return "vocational_training"; }

    @Override
    public void enforce(PolicyInForce f) {
        f.train(effort, attractiveness);
    }

    @Override
    public String describe() {
        return "vocational training, effort " + effort + ", attractiveness " + attractiveness;
    }
}
