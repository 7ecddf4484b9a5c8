package org.clustersim.metrics;

import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;

/**
 * Measures of the strong-tie graph, computed with JGraphT: density
 * {@code 2E / (n (n - 1))}; average local clustering coefficient (Watts and Strogatz 1998;
 * vertices of degree below 2 count as 0, as in networkx's {@code average_clustering});
 * share of vertices in the largest connected component; and normalised betweenness
 * (Brandes 2001; Freeman 1977), computed only when asked because it costs O(nE).
 */
public final class NetworkMeasures {
    private final Graph<Integer, DefaultEdge> graph;

    public NetworkMeasures(Graph<Integer, DefaultEdge> graph) {
        this.graph = graph;
    }

    public Graph<Integer, DefaultEdge> graph() { return graph; }

    public double density() {
        int n = graph.vertexSet().size();
        return n < 2 ? 0 : 2.0 * graph.edgeSet().size() / ((double) n * (n - 1));
    }

    public double clustering() {
        return graph.vertexSet().isEmpty() ? 0
                : new ClusteringCoefficient<>(graph).getAverageClusteringCoefficient();
    }

    public double largestComponentShare() {
        int n = graph.vertexSet().size();
        if (n == 0) {
            return 0;
        }
        int largest = 0;
        for (Set<Integer> c : new ConnectivityInspector<>(graph).connectedSets()) {
            largest = Math.max(largest, c.size());
        }
        return (double) largest / n;
    }

    /** Normalised betweenness of each vertex, in [0, 1]. */
    public java.util.Map<Integer, Double> betweenness() {
        return new BetweennessCentrality<>(graph, true).getScores();
    }
}
