package org.clustersim.metrics;

import org.clustersim.model.ClusterModel;
import org.clustersim.model.Roster;
import org.clustersim.model.Ties;

/**
 * Share of active firms that information from an institution can reach: a breadth-first search
 * from every active hub (ministry, chambers, associations, university, agencies) along directed
 * ties s→r on which the sender trusts the receiver enough to share, {@code T_sr >= info_tie}
 * (the gate of information exchange). O(n + E), on primitive arrays and the model's roster.
 */
public final class InformationAccess {
    private InformationAccess() {
    }

    public static double share(ClusterModel m, double infoTie) {
        int n = m.actors().size();
        Roster r = m.roster();
        boolean[] reached = new boolean[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int id = 0; id < n; id++) {
            if (r.isActive(id) && r.kind(id).isHub()) {
                reached[id] = true;
                queue[tail++] = id;
            }
        }
        for (int head = 0; head < tail; head++) {
            Ties t = m.actor(queue[head]).ties();
            for (int k = 0; k < t.size(); k++) {
                int id = t.partner(k);
                if (!reached[id] && r.isActive(id) && t.trust(k) >= infoTie) {
                    reached[id] = true;
                    queue[tail++] = id;
                }
            }
        }
        int firms = 0;
        int informed = 0;
        for (int id = 0; id < n; id++) {
            if (r.isActive(id) && r.kind(id).isFirm()) {
                firms++;
                if (reached[id]) {
                    informed++;
                }
            }
        }
        return firms == 0 ? 0 : (double) informed / firms;
    }
}
