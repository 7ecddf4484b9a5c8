package org.clustersim.model.rules;

import java.util.Iterator;
import org.clustersim.model.Actor;
import org.clustersim.model.Alliance;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Roster;
import org.clustersim.model.Ties;

/**
 * Bilateral alliances between firms and the haste with which they are formed. A pair of firms
 * whose trust both ways reaches {@code alliance_threshold} forms an alliance with probability
 * {@code alliance_rate} a month; allies meet every month; a defection breaks the alliance,
 * multiplies the trust loss by {@code betrayal_multiplier} and costs both a share
 * {@code alliance_break_shock} of their appropriation; an alliance that lasts
 * {@code alliance_duration} months completes and raises both partners' appropriation.
 * A low threshold is haste: "alliances opportunistes" formed on thin trust break more often
 * (Das and Teng 1998 on trust and alliance fragility; the paper's "le temps long").
 */
public final class Alliances {
    /** A firm takes part in at most this many alliances at once. */
    static final int MAX_ALLIANCES = 2;

    private Alliances() {
    }

    public static void monthly(ClusterModel m) {
        Parameters p = m.params();
        int duration = p.getInt(Param.ALLIANCE_DURATION);
        for (Iterator<Alliance> it = m.cluster().alliances().iterator(); it.hasNext(); ) {
            Alliance al = it.next();
            if (!al.a().isActive() || !al.b().isActive()) {
                end(al);
            } else {
                Encounter.meet(m, al.a(), al.b(), al);
                if (!al.isEnded() && m.month() - al.startMonth() >= duration) {
                    complete(m, al, p);
                }
            }
            if (al.isEnded()) {
                it.remove();
            }
        }
        form(m, p);
    }

    private static void form(ClusterModel m, Parameters p) {
        double threshold = p.get(Param.ALLIANCE_THRESHOLD);
        double rate = p.get(Param.ALLIANCE_RATE);
        Roster r = m.roster();
        for (Actor i : m.actors()) {
            if (!eligible(i)) {
                continue;
            }
            Ties t = i.ties();
            for (int k = 0; k < t.size() && eligible(i); k++) {
                // Each pair is considered once, from its lower id; checks on i's own table and the
                // roster come first because they need no other actor's memory.
                int jid = t.partner(k);
                if (jid < i.getId() || t.trust(k) < threshold || !r.isActive(jid) || !r.kind(jid).isFirm()
                        || m.random.nextDouble() >= rate) {
                    continue;
                }
                // The chance is drawn before j's own state is read: few pairs pass it, and reading
                // another actor's tie table is what costs in a large population.
                Actor j = m.actor(jid);
                if (j.getAllies() >= MAX_ALLIANCES || j.ties().trust(t.mirror(k)) < threshold || i.isAlliedWith(j)) {
                    continue;
                }
                m.cluster().alliances().add(new Alliance(i, j, m.month()));
                i.addAlly(j);
                j.addAlly(i);
                m.cluster().countAllianceFormed();
            }
        }
    }

    private static boolean eligible(Actor a) {
        return a.isActive() && a.getKind().isFirm() && a.getAllies() < MAX_ALLIANCES;
    }

    /** A defection broke the alliance: both lose part of their appropriation. */
    public static void breakUp(ClusterModel m, Alliance al) {
        if (al.isEnded()) {
            return;
        }
        end(al);
        m.cluster().countAllianceBroken();
        double keep = 1 - m.params().get(Param.ALLIANCE_BREAK_SHOCK);
        al.a().setAppropriation(al.a().getAppropriation() * keep);
        al.b().setAppropriation(al.b().getAppropriation() * keep);
    }

    private static void complete(ClusterModel m, Alliance al, Parameters p) {
        end(al);
        m.cluster().countAllianceCompleted();
        double bonus = p.get(Param.ALLIANCE_SUCCESS_BONUS);
        for (Actor x : new Actor[] {al.a(), al.b()}) {
            x.setAppropriation(x.getAppropriation() + bonus * (1 - x.getAppropriation()));
        }
    }

    private static void end(Alliance al) {
        if (!al.isEnded()) {
            al.end();
            al.a().removeAlly(al.b());
            al.b().removeAlly(al.a());
        }
    }
}
