package org.clustersim.model.policy;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.rules.Encounter;

/**
 * One round of awareness sessions ({@link Awareness}). Each target firm, in id order, attends the
 * session of its promoter (the promoter's copy in its district under {@code scale}) with
 * probability {@code attendance} when that promoter is active; an attendee is informed and meets
 * the promoter. Then, session by session, each attendee in turn meets {@code peers} attendees
 * drawn uniformly among the others of its session: sessions are where firms get to know each
 * other (a "space for exchange"). Encounters follow {@link Encounter}, so strangers meet at
 * {@code stranger_trust} and trust moves with what each does.
 */
final class AwarenessSessions {
    private AwarenessSessions() {
    }

    static void hold(ClusterModel m, Awareness awareness) {
        PolicySpec policy = m.policy();
        List<Actor> promoters = m.group(policy.promoter());
        if (promoters.isEmpty()) {
            return;
        }
        List<List<Actor>> sessions = new ArrayList<>();
        for (Actor a : m.actors()) {
            if (!policy.isTarget(a)) {
                continue;
            }
            Actor promoter = ClusterModel.local(promoters, a);
            // A promoter that is itself a target firm does not attend its own session.
            if (promoter == a || !promoter.isActive() || m.random.nextDouble() >= awareness.attendance()) {
                continue;
            }
            a.setInformed(true);
            Encounter.meet(m, a, promoter, null);
            while (sessions.size() < a.getDistrict()) {
                sessions.add(new ArrayList<>());
            }
            sessions.get(a.getDistrict() - 1).add(a);
        }
        for (List<Actor> session : sessions) {
            for (Actor a : session) {
                for (int k = 0; k < awareness.peers() && session.size() > 1; k++) {
                    Actor b = session.get(m.random.nextInt(session.size()));
                    if (b != a && a.isActive() && b.isActive()) {
                        Encounter.meet(m, a, b, null);
                    }
                }
            }
        }
    }
}
