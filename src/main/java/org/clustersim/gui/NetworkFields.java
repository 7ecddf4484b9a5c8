package org.clustersim.gui;

import java.util.ArrayList;
import java.util.List;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Ties;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;

/**
 * The GUI's own copy of the network, in the MASON fields the portrayals draw: every actor (as an
 * {@link ActorView}) at its {@link SiteLayout} position in a {@link Continuous2D}, and in an
 * undirected {@link Network} one edge per pair of active actors whose mutual trust (the lower of
 * the two directed trusts) reaches {@link #SHOWN_TRUST}, the edge's info being that trust.
 * The GUI's observer calls {@link #update} after each month; it only reads the model and draws
 * no random number.
 */
final class NetworkFields {
    /** Weaker ties are not drawn, to keep the picture readable. */
    static final double SHOWN_TRUST = 0.3;

    private final SiteLayout layout = new SiteLayout();
    private final Continuous2D actors = new Continuous2D(SiteLayout.WIDTH / 10, SiteLayout.WIDTH, SiteLayout.HEIGHT);
    private final Network ties = new Network(false);
    private final List<ActorView> views = new ArrayList<>();
    private ClusterModel model;

    Continuous2D actors() { return actors; }
    Network ties() { return ties; }
    SiteLayout layout() { return layout; }
    ClusterModel model() { return model; }

    /** Starts over on a freshly started model. */
    void reset(ClusterModel m) {
        model = m;
        actors.clear();
        ties.clear();
        views.clear();
        layout.reset(m.actors());
        update(m);
    }

    /** Adds the actors that entered since the last month and redraws the edges from trust. */
    void update(ClusterModel m) {
        for (int id = views.size(); id < m.actors().size(); id++) {
            Actor a = m.actor(id);
            ActorView v = new ActorView(m, a);
            views.add(v);
            actors.setObjectLocation(v, layout.position(a));
            ties.addNode(v);
        }
        ties.removeAllEdges();
        for (ActorView v : views) {
            Actor a = v.actor();
            if (!a.isActive()) {
                continue;
            }
            Ties t = a.ties();
            for (int k = 0; k < t.size(); k++) {
                Actor b = m.actor(t.partner(k));
                if (b.getId() < a.getId() || !b.isActive()) {
                    continue;
                }
                double mutual = Math.min(t.trust(k), b.ties().trustIn(a.getId()));
                if (mutual >= SHOWN_TRUST) {
                    ties.addEdge(v, views.get(b.getId()), mutual);
                }
            }
        }
    }
}
