package org.clustersim.model.rules;

import org.clustersim.model.Actor;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;

/**
 * Appropriation (ownership) of the cluster project by a member firm, after self-determination
 * theory (Deci and Ryan 2000) and motivation crowding theory (Frey and Jegen 2001). Benefits
 * experienced are internalised in proportion to perceived autonomy u ({@link PerceivedAutonomy});
 * missing benefits disappoint; control felt as controlling crowds intrinsic motivation out:
 * {@code A += internalisation_rate * u * B * (1 - A) - disappointment_rate * (1 - B) * A
 *  - crowding_out * k * A}, where k is the member's felt control, B the smoothed benefit
 * {@code B += benefit_memory * (b - B)} and b the share of this month's encounters that ended
 * in mutual cooperation.
 */
public final class Appropriation {
    private Appropriation() {
    }

    /** Smooths the benefit of the month into the actor's experienced benefit B. */
    public static void smoothBenefit(Parameters p, Actor a) {
        if (a.getEncounters() > 0) {
            double b = (double) a.getMutualCooperations() / a.getEncounters();
            a.setBenefit(a.getBenefit() + p.get(Param.BENEFIT_MEMORY) * (b - a.getBenefit()));
        }
    }

    /** Updates a member's appropriation; non-members are left as they are. */
    public static void update(Parameters p, Actor a) {
        if (!a.isMember()) {
            return;
        }
        double app = a.getAppropriation();
        double b = a.getBenefit();
        double u = a.getAutonomy();
        double next = app
                + p.get(Param.INTERNALISATION_RATE) * u * b * (1 - app)
                - p.get(Param.DISAPPOINTMENT_RATE) * (1 - b) * app
                - p.get(Param.CROWDING_OUT) * a.getFeltControl() * app;
        a.setAppropriation(Math.max(0, Math.min(1, next)));
    }
}
