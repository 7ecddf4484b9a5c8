package org.clustersim.metrics;

import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;

/**
 * Measures of the strong-tie graph, computed with JGraphT: density
 * {@code 2E / (n (n - 1))}; average local clustering coefficient (Watts and Strogatz 1998;
 * vertices of degree below 2 count as 0, as in networkx's {@code average_clustering});
 * share of vertices in the largest connected component; and normalised betweenness
 * ({@link Brokerage}), computed only when asked because it costs O(nE).
 */
public final class NetworkMeasures {
    private final Graph<Integer, DefaultEdge> graph;
    private double clustering = Double.NaN;
    private double largestComponentShare = Double.NaN;
    private java.util.Map<Integer, Double> betweenness;

    public NetworkMeasures(Graph<Integer, DefaultEdge> graph) {
        this.graph = graph;
    }

    public Graph<Integer, DefaultEdge> graph() { return graph; }

    public double density() {
        int n = graph.vertexSet().size();
        return n < 2 ? 0 : 2.0 * graph.edgeSet().size() / ((double) n * (n - 1));
    }

    /** Computed once per observation: cohesion reads it too. */
    public double clustering() {
        if (Double.isNaN(clustering)) {
            clustering = graph.vertexSet().isEmpty() ? 0
                    : new ClusteringCoefficient<>(graph).getAverageClusteringCoefficient();
        }
        return clustering;
    }

    /** Computed once per observation: cohesion reads it too. */
    public double largestComponentShare() {
        if (Double.isNaN(largestComponentShare)) {
            int n = graph.vertexSet().size();
            int largest = 0;
            for (Set<Integer> c : new ConnectivityInspector<>(graph).connectedSets()) {
                largest = Math.max(largest, c.size());
            }
            largestComponentShare = n == 0 ? 0 : (double) largest / n;
        }
        return largestComponentShare;
    }

    /** Normalised betweenness of each vertex, in [0, 1] ({@link Brokerage}). */
    public java.util.Map<Integer, Double> betweenness() {
        if (betweenness == null) {
            betweenness = Brokerage.betweenness(graph);
        }
        return betweenness;
    }
}
