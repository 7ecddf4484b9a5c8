package org.clustersim.model.rules;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.PolicyInForce;

/**
 * A member's perceived autonomy u in taking part in the cluster, a state that follows the cues
 * self-determination theory names (Deci and Ryan 2000; Gagné and Deci 2005) and motivation
 * crowding theory qualifies (Frey and Jegen 2001: an intervention crowds motivation out when it
 * is felt as controlling, in when it is felt as supportive). Each month, for a member i with
 * trust {@code T} in the policy's authority (its promoter; {@code stranger_trust} if it has none
 * or does not know it):
 * <pre>
 *   felt control  k  = control * (1 - T)
 *   support       s  = (choice_weight * c + voice_weight * voice + authority_trust_weight * T)
 *                      / (choice_weight + voice_weight + authority_trust_weight)
 *   target        u* = s * (1 - k)
 *   u += autonomy_rate * (u* - u)        (u = u* in the first month of membership)
 * </pre>
 * where c is 1 if i chose to join and 0 if it was enrolled, and control and voice are the
 * intensities in force. Control by a trusted authority is felt less (it reads as acknowledging
 * rather than controlling). A promise settled moves u at once: {@code u += promise_effect *
 * (1 - u)} when kept, {@code u -= promise_effect * u} when broken.
 */
public final class PerceivedAutonomy {
    private PerceivedAutonomy() {
    }

    /**
     * Updates a member's felt control and perceived autonomy, {@code authority} being the policy's
     * promoter in its district (null when the policy has none); non-members are left as they are.
     */
    public static void update(ClusterModel m, Actor a, Actor authority) {
        if (!a.isMember()) {
            return;
        }
        Parameters p = m.params();
        PolicyInForce f = m.inForce();
        double t = authority == null ? -1 : a.ties().trustIn(authority.getId());
        double trust = t < 0 ? p.get(Param.STRANGER_TRUST) : t;
        double felt = f.control() * (1 - trust);
        double target = target(p, a.choseToJoin(), f.voice(), trust, felt);
        double u = a.getAutonomy();
        a.setFeltControl(felt);
        a.setAutonomy(Double.isNaN(u) ? target : u + p.get(Param.AUTONOMY_RATE) * (target - u));
    }

    /** The target u* of the class comment. */
    public static double target(Parameters p, boolean chose, double voice, double trust, double felt) {
        double wc = p.get(Param.CHOICE_WEIGHT);
        double wv = p.get(Param.VOICE_WEIGHT);
        double wt = p.get(Param.AUTHORITY_TRUST_WEIGHT);
        double sum = wc + wv + wt;
        // With every weight at 0 no cue counts, and nothing lowers autonomy but felt control.
        double support = sum == 0 ? 1 : (wc * (chose ? 1 : 0) + wv * voice + wt * trust) / sum;
        return support * (1 - felt);
    }

    /** A promise to this firm was kept or broken. */
    public static void promiseSettled(Parameters p, Actor a, boolean kept) {
        double u = a.getAutonomy();
        if (!a.isMember() || Double.isNaN(u)) {
            return;
        }
        double e = p.get(Param.PROMISE_EFFECT);
        a.setAutonomy(kept ? u + e * (1 - u) : u - e * u);
    }
}
