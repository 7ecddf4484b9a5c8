package org.clustersim.model.policy;

import org.clustersim.model.ClusterModel;

/**
 * Information sessions on the cluster project, held by the promoter every {@code every} months
 * of the window (the ministry's and GIZ's trainings where "they explained all the legal forms to
 * us"). A session informs its attendees and is a meeting: each attendee meets the promoter and
 * {@code peers} other attendees ({@link AwarenessSessions}). It adds no ownership by itself.
 *
 * @param window     months in force; sessions fall on {@code start}, {@code start + every}, ...
 * @param every      months between sessions, at least 1
 * @param attendance chance that a target firm attends a session
 * @param peers      other attendees each attendee meets at a session
 */
public record Awareness(Window window, int every, double attendance, int peers) implements Instrument {
    public static final int EVERY_DEFAULT = 6;
    public static final double ATTENDANCE_DEFAULT = 0.5;
    public static final int PEERS_DEFAULT = 1;

    public Awareness {
        Instrument.atLeast("every", every, 1);
        Instrument.share("attendance", attendance);
        Instrument.atLeast("peers", peers, 0);
    }

    @Override
    public Awareness withWindow(Window w) { return new Awareness(w, every, attendance, peers); }

    @Override
    public String key() { return "awareness"; }

    @Override
    public boolean launchesProject() { return true; }

    @Override
    public void act(ClusterModel m, PolicyAgent agent) {
        if ((m.month() - window.start()) % every == 0) {
            AwarenessSessions.hold(m, this);
        }
    }

    @Override
    public String describe() {
        return "awareness sessions every " + every + " months, attendance " + attendance + ", " + peers
                + " peer(s) met";
    }
}
