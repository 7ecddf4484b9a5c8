package org.clustersim.model.rules;

import org.clustersim.model.Actor;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;

/**
 * Information passing from a cooperating sender s to a receiver r, gated by the sender's
 * openness and its trust in the receiver: {@code g = openness_s * T_sr}. The receiver closes a
 * share {@code absorption * g} of each knowledge gap: local know-how and external knowledge
 * (partial averaging toward the better informed, as in Cowan and Jonard 2004, with the trust
 * gate of SKIN, Gilbert, Pyka and Ahrweiler 2001). Knowledge is never lost by sharing.
 */
public final class InformationExchange {
    private InformationExchange() {
    }

    /**
     * Moves r's knowledge toward the sender's values, given as arguments so that a two-way
     * exchange reads both actors' values before either changes.
     */
    public static void receive(Parameters p, Actor r, double gate, double senderKnowHow, double senderExternal) {
        double rate = p.get(Param.ABSORPTION) * gate;
        if (senderKnowHow > r.getKnowHow()) {
            r.setKnowHow(r.getKnowHow() + rate * (senderKnowHow - r.getKnowHow()));
        }
        if (senderExternal > r.getExternal()) {
            r.setExternal(r.getExternal() + rate * (senderExternal - r.getExternal()));
        }
    }

    /** The gate {@code openness_s * T_sr}. */
    public static double gate(Actor sender, double senderTrustInReceiver) {
        return sender.getOpenness() * senderTrustInReceiver;
    }
}
