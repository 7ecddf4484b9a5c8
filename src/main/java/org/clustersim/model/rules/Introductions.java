package org.clustersim.model.rules;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Ties;

/**
 * A coordinator's brokerage (Burt 1992; Gould and Fernandez 1989): each month it hosts meetings
 * that bring together pairs of its contacts: the host meets each of them, then they meet. Two contacts who did not know each other start
 * with trust carried through the coordinator, discounted as in subjective logic (Jøsang 1999):
 * {@code T_jk = trust_transfer * T_jc * T_ck}. This is how UNIDO's horizontal coordination and
 * the CCI's "space for exchange" appear in the model.
 */
public final class Introductions {
    private Introductions() {
    }

    public static void host(ClusterModel m, Actor c) {
        Parameters p = m.params();
        Ties t = c.ties();
        int n = p.getInt(Param.INTRODUCTIONS_PER_MONTH);
        // A meeting may end in a lapsed tie, so the host's contacts are counted again each time.
        for (int e = 0; e < n && t.size() >= 2; e++) {
            int kj = m.random.nextInt(t.size());
            int kk = m.random.nextInt(t.size());
            Actor j = m.actor(t.partner(kj));
            Actor k = m.actor(t.partner(kk));
            if (kj == kk || !j.isActive() || !k.isActive()) {
                continue;
            }
            if (j.ties().indexOf(k.getId()) < 0) {
                double transfer = p.get(Param.TRUST_TRANSFER);
                double tjc = j.ties().trust(t.mirror(kj));
                double tkc = k.ties().trust(t.mirror(kk));
                m.connect(j, k, transfer * tjc * t.trust(kk), transfer * tkc * t.trust(kj));
            }
            Encounter.meet(m, c, j, null);
            Encounter.meet(m, c, k, null);
            Encounter.meet(m, j, k, null);
        }
    }
}
