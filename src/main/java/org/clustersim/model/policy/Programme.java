package org.clustersim.model.policy;

import java.util.List;
import org.clustersim.model.ClusterModel;

/**
 * An external funded programme (the EU/ANART P3A of 2011, the EU and Italian project with UNIDO
 * from 2013): its actors enter at the window's start and leave after its end, and its
 * coordinator, if any, brokers while it runs ({@link Programmes}).
 *
 * @param window      months the programme runs
 * @param actors      actors (single actors of the scenario) that come with it
 * @param coordinator the actor that coordinates while it runs, or null
 */
public record Programme(Window window, List<String> actors, String coordinator) implements Instrument {
    public Programme {
        actors = List.copyOf(actors);
        if (actors.isEmpty() && coordinator == null) {
            throw new IllegalArgumentException("a programme needs 'actors' or a 'coordinator'");
        }
    }

    @Override
    public Programme withWindow(Window w) { return new Programme(w, actors, coordinator); }

    @Override
    public String key() { return "programme"; }

    @Override
    public boolean launchesProject() { return true; }

    @Override
    public void act(ClusterModel m, PolicyAgent agent) {
        Programmes.apply(m, this);
    }

    @Override
    public void expire(ClusterModel m) {
        Programmes.end(m, this);
    }

    @Override
    public String describe() {
        return "programme with " + String.join(", ", actors) + (coordinator == null ? "" : ", coordinated by "
                + coordinator);
    }
}
