package org.clustersim.metrics;

import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Ties;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The undirected graph of strong ties among active actors: i and j are joined when trust both
 * ways reaches the threshold, {@code min(T_ij, T_ji) >= strong_tie} (a strong tie is a
 * reciprocated one, Granovetter 1973). Vertices are actor ids. The GraphML export states the
 * same threshold so that Gephi or networkx rebuild this graph exactly.
 */
public final class StrongTieGraph {
    private StrongTieGraph() {
    }

    public static Graph<Integer, DefaultEdge> build(ClusterModel m, double threshold) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (Actor a : m.actors()) {
            if (a.isActive()) {
                g.addVertex(a.getId());
            }
        }
        for (Actor a : m.actors()) {
            if (!a.isActive()) {
                continue;
            }
            Ties t = a.ties();
            for (int k = 0; k < t.size(); k++) {
                Actor b = m.actor(t.partner(k));
                if (b.getId() > a.getId() && b.isActive() && t.trust(k) >= threshold
                        && b.ties().trustIn(a.getId()) >= threshold) {
                    g.addEdge(a.getId(), b.getId());
                }
            }
        }
        return g;
    }
}
