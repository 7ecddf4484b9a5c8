package org.clustersim.model.policy;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.rules.Exits;

/**
 * An external programme ({@link Programme}): in its first month its actors (every copy under
 * {@code scale}) enter, informed of the project, and its coordinator starts to broker; in the
 * month after its window its coordinator stops brokering and its actors leave.
 */
final class Programmes {
    private Programmes() {
    }

    static void apply(ClusterModel m, Programme programme) {
        if (m.month() != programme.window().start()) {
            return;
        }
        for (String name : programme.actors()) {
            for (Actor a : m.group(name)) {
                a.setActive(true);
                a.setInformed(true);
            }
        }
        if (programme.coordinator() != null) {
            for (Actor c : m.group(programme.coordinator())) {
                c.setActive(true);
                c.setInformed(true);
                c.setCoordinator(true);
            }
        }
        m.log("programme starts: " + programme.describe());
    }

    static void end(ClusterModel m, Programme programme) {
        if (programme.coordinator() != null) {
            m.group(programme.coordinator()).forEach(c -> c.setCoordinator(false));
        }
        for (String name : programme.actors()) {
            m.group(name).forEach(a -> Exits.leave(m, a));
        }
        m.log("programme ends: " + programme.describe());
    }
}
