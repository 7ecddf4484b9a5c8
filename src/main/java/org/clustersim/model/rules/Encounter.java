package org.clustersim.model.rules;

import org.clustersim.model.Actor;
import org.clustersim.model.Alliance;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;

/**
 * One encounter between two actors, in the order the literature's trust games use: both decide
 * at once (neither sees the other's choice), a cooperating actor shares information (and, if it
 * knows of the cluster project, word of it: the receiver becomes informed), then each
 * updates its trust in the other from what the other did. Strangers meet with
 * {@code stranger_trust} each way. A defection inside an alliance hurts more and breaks it.
 * A tie whose trust has fallen below {@code tie_lapse} both ways lapses.
 */
public final class Encounter {
    private Encounter() {
    }

    /** Runs the encounter; {@code alliance} is null outside alliances. */
    public static void meet(ClusterModel m, Actor i, Actor j, Alliance alliance) {
        meet(m, i, j, i.ties().indexOf(j.getId()), alliance);
    }

    /** Runs the encounter, {@code kij} being the tie's index in i's table, or -1 between strangers. */
    public static void meet(ClusterModel m, Actor i, Actor j, int kij, Alliance alliance) {
        Parameters p = m.params();
        if (kij < 0) {
            // Ties exist both ways or not at all (Ties.link), so strangers get both.
            double s = p.get(Param.STRANGER_TRUST);
            kij = m.link(i, j, s, s);
        }
        int kji = i.ties().mirror(kij);
        double tij = i.ties().trust(kij);
        double tji = j.ties().trust(kji);
        boolean ci = CooperationDecision.decide(m, i, j, tij);
        boolean cj = CooperationDecision.decide(m, j, i, tji);

        double hi = i.getKnowHow();
        double xi = i.getExternal();
        boolean informedI = i.isInformed();
        if (cj && j.isInformed()) {
            i.setInformed(true);
        }
        if (ci && informedI) {
            j.setInformed(true);
        }
        if (cj) {
            InformationExchange.receive(p, i, InformationExchange.gate(j, tji), j.getKnowHow(), j.getExternal());
        }
        if (ci) {
            InformationExchange.receive(p, j, InformationExchange.gate(i, tij), hi, xi);
        }
        double multiplier = alliance == null ? 1 : p.get(Param.BETRAYAL_MULTIPLIER);
        TrustUpdate.observe(p, i.ties(), kij, cj, multiplier);
        TrustUpdate.observe(p, j.ties(), kji, ci, multiplier);
        m.recordEncounter(i, j, ci, cj);

        if (alliance != null && !(ci && cj)) {
            Alliances.breakUp(m, alliance);
        }
        double lapse = p.get(Param.TIE_LAPSE);
        if (alliance == null && i.ties().trust(kij) < lapse && j.ties().trust(kji) < lapse) {
            m.disconnect(i, j);
        }
    }
}
