package org.clustersim.metrics;

import java.util.Arrays;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Roster;
import org.clustersim.model.Ties;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;

/**
 * Measures of the undirected strong-tie graph among active actors (i and j joined when
 * {@code min(T_ij, T_ji) >= strong_tie}, a reciprocated tie, Granovetter 1973), on primitive
 * adjacency arrays because the metrics observe them every month: density
 * {@code 2E / (n (n - 1))}; average local clustering coefficient (Watts and Strogatz 1998;
 * vertices of degree below 2 count as 0, as in networkx's {@code average_clustering}); share of
 * vertices in the largest connected component; and normalised betweenness ({@link Brokerage}),
 * exact or estimated from a number of pivot sources.
 * Each is computed once, when first asked. The tests check every measure against JGraphT on
 * the same graph ({@link StrongTieGraph}).
 */
public final class NetworkMeasures {
    private final int[] ids;
    private final int[][] adj;
    private final int[] vertexOf;
    private final int pivots;
    private double clustering = Double.NaN;
    private double largestComponentShare = Double.NaN;
    private double[] betweenness;

    private NetworkMeasures(int[] ids, int[][] adj, int maxId, int pivots) {
        this.ids = ids;
        this.adj = adj;
        this.pivots = pivots;
        this.vertexOf = new int[maxId + 1];
        Arrays.fill(vertexOf, -1);
        for (int v = 0; v < ids.length; v++) {
            vertexOf[ids[v]] = v;
        }
    }

    /** The strong-tie graph of the model as it is now, with exact betweenness. O(n + E). */
    public static NetworkMeasures of(ClusterModel m, double threshold) {
        return of(m, threshold, 0);
    }

    /**
     * The strong-tie graph of the model as it is now, O(n + E), whose betweenness is estimated
     * from {@code pivots} sources in O(pivots E), or exact in O(nE) when {@code pivots <= 0} or
     * at least the number of actors with a strong tie ({@link Brokerage#normalised(int[][], int)}).
     */
    public static NetworkMeasures of(ClusterModel m, double threshold, int pivots) {
        int n = m.actors().size();
        Roster r = m.roster();
        int[] vertex = new int[n];
        int[] ids = new int[n];
        int count = 0;
        for (int id = 0; id < n; id++) {
            vertex[id] = r.isActive(id) ? count : -1;
            if (r.isActive(id)) {
                ids[count++] = id;
            }
        }
        // Each edge is found once, from its lower id, and goes into both lists (compressed rows).
        int[] ends = new int[64];
        int edges = 0;
        int[] degree = new int[count];
        for (int v = 0; v < count; v++) {
            int a = ids[v];
            Ties t = m.actor(a).ties();
            for (int k = 0; k < t.size(); k++) {
                int b = t.partner(k);
                if (b > a && t.trust(k) >= threshold && r.isActive(b)
                        && m.actor(b).ties().trust(t.mirror(k)) >= threshold) {
                    if (2 * edges + 2 > ends.length) {
                        ends = Arrays.copyOf(ends, ends.length * 2);
                    }
                    ends[2 * edges] = v;
                    ends[2 * edges + 1] = vertex[b];
                    edges++;
                    degree[v]++;
                    degree[vertex[b]]++;
                }
            }
        }
        int[][] lists = new int[count][];
        for (int v = 0; v < count; v++) {
            lists[v] = new int[degree[v]];
            degree[v] = 0;
        }
        for (int e = 0; e < edges; e++) {
            int x = ends[2 * e];
            int y = ends[2 * e + 1];
            lists[x][degree[x]++] = y;
            lists[y][degree[y]++] = x;
        }
        return new NetworkMeasures(Arrays.copyOf(ids, count), lists, Math.max(0, n - 1), pivots);
    }

    /** The measures of any graph whose vertices are actor ids (tests, other tools). */
    public NetworkMeasures(Graph<Integer, DefaultEdge> g) {
        this(g.vertexSet().stream().mapToInt(Integer::intValue).toArray(), g);
    }

    private NetworkMeasures(int[] ids, Graph<Integer, DefaultEdge> g) {
        this(ids, adjacency(ids, g), Arrays.stream(ids).max().orElse(0), 0);
    }

    public double density() {
        int n = ids.length;
        long twiceE = 0;
        for (int[] a : adj) {
            twiceE += a.length;
        }
        return n < 2 ? 0 : twiceE / ((double) n * (n - 1));
    }

    public double clustering() {
        if (Double.isNaN(clustering)) {
            clustering = ids.length == 0 ? 0 : Clustering.average(adj);
        }
        return clustering;
    }

    public double largestComponentShare() {
        if (Double.isNaN(largestComponentShare)) {
            largestComponentShare = ids.length == 0 ? 0 : (double) Clustering.largestComponent(adj) / ids.length;
        }
        return largestComponentShare;
    }

    /**
     * Normalised betweenness of an active actor (0 for an actor not in the graph), exact or
     * estimated as the pivot count given to {@link #of(ClusterModel, double, int)} says.
     */
    public double betweenness(int actorId) {
        if (betweenness == null) {
            betweenness = Brokerage.normalised(adj, pivots);
        }
        int v = actorId < vertexOf.length ? vertexOf[actorId] : -1;
        return v < 0 ? 0 : betweenness[v];
    }

    /** Number of vertices (active actors). */
    public int vertices() { return ids.length; }

    private static int[][] adjacency(int[] ids, Graph<Integer, DefaultEdge> g) {
        java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
        for (int v = 0; v < ids.length; v++) {
            index.put(ids[v], v);
        }
        int[][] adj = new int[ids.length][];
        for (int v = 0; v < ids.length; v++) {
            adj[v] = Graphs.neighborListOf(g, ids[v]).stream().mapToInt(index::get).toArray();
        }
        return adj;
    }
}
