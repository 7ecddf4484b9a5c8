package org.clustersim.model.policy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Ties;
import org.clustersim.model.rules.PerceivedAutonomy;
import org.clustersim.model.rules.TrustUpdate;

/**
 * The promises of a run ({@link Promise}) from the month they are made to the month they are
 * settled. At the start of a promise's window every copy of the promising authority makes it,
 * due {@code delay} months later. When due, it is kept if the promise says so; a new official
 * breaks a predecessor's pending promises at once ("a successor does not keep a predecessor's
 * promise") and, for a renewed promise, makes it again, due as long after. When a promise is settled, each active
 * target firm that knows the authority sees it as the authority cooperating (kept) or defecting
 * (broken) ({@link TrustUpdate}), and members' perceived autonomy moves with it
 * ({@link PerceivedAutonomy#promiseSettled}).
 */
final class Promises {
    private final List<Pending> pending = new ArrayList<>();

    /** A promise made by one official, due at {@code due}. */
    private record Pending(Promise promise, Actor by, int due) {
    }

    /** Called each month of a promise's window: the promise is made in its first month. */
    void monthly(ClusterModel m, Promise promise) {
        if (m.month() == promise.window().start()) {
            for (Actor by : m.group(promise.by())) {
                if (by.isActive()) {
                    make(m, promise, by);
                }
            }
        }
    }

    private void make(ClusterModel m, Promise promise, Actor by) {
        pending.add(new Pending(promise, by, m.month() + promise.delay()));
        m.log(by.getName() + " promises " + promise.what() + " by month " + (m.month() + promise.delay()));
    }

    /** Settles the promises due this month. */
    void settleDue(ClusterModel m) {
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.due() <= m.month()) {
                it.remove();
                settle(m, p, p.promise().kept());
            }
        }
    }

    /**
     * A new official at {@code authority}: its predecessor's pending promises are broken, and it
     * makes again each renewed promise of the authority whose window has opened.
     */
    void officialReplaced(ClusterModel m, Actor authority) {
        List<Pending> broken = new ArrayList<>();
        pending.removeIf(p -> p.by() == authority && broken.add(p));
        for (Pending p : broken) {
            settle(m, p, false);
        }
        for (Instrument i : m.policy().instruments("promise")) {
            Promise promise = (Promise) i;
            if (promise.renewed() && m.month() > promise.window().start() && authority.getGroup().equals(promise.by())) {
                make(m, promise, authority);
            }
        }
    }

    private static void settle(ClusterModel m, Pending p, boolean kept) {
        Actor by = p.by();
        Ties t = by.ties();
        PolicySpec policy = m.policy();
        for (int k = 0; k < t.size(); k++) {
            Actor firm = m.actor(t.partner(k));
            if (policy.isTarget(firm)) {
                Ties own = firm.ties();
                TrustUpdate.observe(m.params(), own, t.mirror(k), kept, 1);
                PerceivedAutonomy.promiseSettled(m.params(), firm, kept);
            }
        }
        m.log(by.getName() + (kept ? " keeps" : " breaks") + " its promise: " + p.promise().what());
    }
}
