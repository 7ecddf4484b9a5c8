package org.clustersim.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;

/**
 * Betweenness centrality of an undirected, unweighted graph by Brandes' algorithm
 * (Brandes 2001; Freeman 1977), on primitive arrays because the metrics observe it every month:
 * O(nE) time, O(n + E) memory. Scores are normalised as networkx does for undirected graphs:
 * {@code C(v) = 2 / ((n - 1)(n - 2)) * sum over pairs s < t of sigma_st(v) / sigma_st}, so a
 * star's centre scores 1. JGraphT's own normalisation divides by twice that, hence this class.
 */
public final class Brokerage {
    private Brokerage() {
    }

    /** Normalised betweenness of every vertex. */
    public static Map<Integer, Double> betweenness(Graph<Integer, DefaultEdge> g) {
        List<Integer> vertices = new ArrayList<>(g.vertexSet());
        int n = vertices.size();
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> nb = Graphs.neighborListOf(g, vertices.get(i));
            adj[i] = nb.stream().mapToInt(index::get).toArray();
        }
        double[] score = normalised(adj);
        Map<Integer, Double> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(vertices.get(i), score[i]);
        }
        return out;
    }

    /** Normalised betweenness of each vertex of an adjacency-array graph. */
    public static double[] normalised(int[][] adj) {
        int n = adj.length;
        double[] score = accumulate(adj);
        // Each pair was counted from both ends: halve, then apply 2/((n-1)(n-2)).
        double scale = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0;
        for (int i = 0; i < n; i++) {
            score[i] *= scale;
        }
        return score;
    }

    /**
     * Raw dependency sums over all sources (each unordered pair counted twice). Isolated sources
     * add nothing and are skipped; only the vertices a search reached are reset after it.
     */
    static double[] accumulate(int[][] adj) {
        int n = adj.length;
        double[] score = new double[n];
        int[] stack = new int[n];
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        java.util.Arrays.fill(dist, -1);
        for (int s = 0; s < n; s++) {
            if (adj[s].length == 0) {
                continue;
            }
            dist[s] = 0;
            sigma[s] = 1;
            int head = 0;
            int top = 0;
            stack[top++] = s;
            // The stack doubles as the BFS queue: vertices are appended in order of distance.
            while (head < top) {
                int v = stack[head++];
                for (int w : adj[v]) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        stack[top++] = w;
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            for (int i = top - 1; i >= 0; i--) {
                int w = stack[i];
                for (int v : adj[w]) {
                    if (dist[v] == dist[w] - 1) {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }
                if (w != s) {
                    score[w] += delta[w];
                }
            }
            for (int i = 0; i < top; i++) {
                int w = stack[i];
                dist[w] = -1;
                sigma[w] = 0;
                delta[w] = 0;
            }
        }
        return score;
    }
}
