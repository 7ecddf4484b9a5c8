package org.clustersim.model.rules;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;

/**
 * Whether actor i cooperates with j in an encounter (shares, keeps promises) or defects.
 * A logistic choice (McFadden 1974) on
 * {@code z = coop_bias + coop_trust_weight * T_ij + coop_appropriation_weight * A_i
 *  - coop_rivalry_weight * R_ij + charter_effect * C_ij}, where {@code R_ij} is i's rivalry
 * when both compete on one market (coopetition, Brandenburger and Nalebuff 1996), multiplied
 * by {@code project_stakes} once the cluster project is under way (the paper: rivalry "brought
 * to the front by the project"), and {@code C_ij} is 1 when a charter of good conduct binds
 * both as members (shared rules with sanctions, Ostrom 1990). Between members under a control
 * instrument of intensity k, sanctions add {@code sanction_effect * k}
 * (the price effect of an intervention, Frey and Jegen 2001; punishment sustains cooperation,
 * Fehr and Gächter 2000). Trust drives cooperation as in Klos and Nooteboom (2001).
 */
public final class CooperationDecision {
    private CooperationDecision() {
    }

    /** The propensity z for i toward j, with i's trust in j given. */
    public static double propensity(ClusterModel m, Actor i, Actor j, double trustIJ) {
        Parameters p = m.params();
        double z = p.get(Param.COOP_BIAS)
                + p.get(Param.COOP_TRUST_WEIGHT) * trustIJ
                + p.get(Param.COOP_APPROPRIATION_WEIGHT) * i.getAppropriation();
        if (i.getKind().isRival() && i.getKind() == j.getKind()) {
            double stakes = m.projectUnderway() ? p.get(Param.PROJECT_STAKES) : 1;
            z -= p.get(Param.COOP_RIVALRY_WEIGHT) * i.getRivalry() * stakes;
        }
        if (i.isMember() && j.isMember()) {
            if (m.cluster().isCharterInForce()) {
                z += p.get(Param.CHARTER_EFFECT);
            }
            z += p.get(Param.SANCTION_EFFECT) * m.inForce().control();
        }
        return z;
    }

    /** The probability of cooperating, {@code 1 / (1 + exp(-z))}. */
    public static double probability(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Draws the decision. */
    public static boolean decide(ClusterModel m, Actor i, Actor j, double trustIJ) {
        return m.random.nextDouble() < probability(propensity(m, i, j, trustIJ));
    }
}
