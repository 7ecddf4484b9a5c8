package org.clustersim.metrics;

import java.util.ArrayDeque;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Ties;

/**
 * Share of active firms that information from an institution can reach: a breadth-first search
 * from every active hub (ministry, chambers, associations, university, agencies) along directed
 * ties s→r on which the sender trusts the receiver enough to share, {@code T_sr >= info_tie}
 * (the gate of information exchange). O(n + E).
 */
public final class InformationAccess {
    private InformationAccess() {
    }

    public static double share(ClusterModel m, double infoTie) {
        int n = m.actors().size();
        boolean[] reached = new boolean[n];
        ArrayDeque<Actor> queue = new ArrayDeque<>();
        for (Actor a : m.actors()) {
            if (a.isActive() && a.getKind().isHub()) {
                reached[a.getId()] = true;
                queue.add(a);
            }
        }
        while (!queue.isEmpty()) {
            Actor s = queue.poll();
            Ties t = s.ties();
            for (int k = 0; k < t.size(); k++) {
                Actor r = m.actor(t.partner(k));
                if (!reached[r.getId()] && r.isActive() && t.trust(k) >= infoTie) {
                    reached[r.getId()] = true;
                    queue.add(r);
                }
            }
        }
        int firms = 0;
        int informed = 0;
        for (Actor a : m.actors()) {
            if (a.isActive() && a.getKind().isFirm()) {
                firms++;
                if (reached[a.getId()]) {
                    informed++;
                }
            }
        }
        return firms == 0 ? 0 : (double) informed / firms;
    }
}
