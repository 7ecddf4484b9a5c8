package org.clustersim.model.rules;

import org.clustersim.model.Actor;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;

/**
 * A firm's viability follows a target set by its market, the benefits of cooperation and the
 * external knowledge it has adopted (the paper: "access to information is vital for SME
 * survival"): {@code v += viability_rate * (market + benefit_value * B + innovation_value * x - v)}.
 * A firm whose viability falls below {@code exit_threshold} closes.
 */
public final class Viability {
    private Viability() {
    }

    /** Updates viability; returns true when the firm must exit. */
    public static boolean update(Parameters p, Actor a) {
        double target = a.getMarket() + p.get(Param.BENEFIT_VALUE) * a.getBenefit()
                + p.get(Param.INNOVATION_VALUE) * a.getExternal();
        double v = a.getViability() + p.get(Param.VIABILITY_RATE) * (Math.min(1, target) - a.getViability());
        a.setViability(v);
        return v < p.get(Param.EXIT_THRESHOLD);
    }
}
