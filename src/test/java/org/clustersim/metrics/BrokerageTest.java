package org.clustersim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * Known answers for {@link Brokerage}: a star and a path computed by hand, and agreement with
 * JGraphT's Brandes implementation (whose normalisation is half of networkx's) on a random graph.
 */
class BrokerageTest {
    private static Graph<Integer, DefaultEdge> graph(int n, int[][] edges) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
        }
        for (int[] e : edges) {
            g.addEdge(e[0], e[1]);
        }
        return g;
    }

    @Test
    void bitParallelSearchAgreesWithTheArrayVersionOnSmallGraphs() {
        // Graphs of up to 64 vertices take the bit-mask path; the array path is the reference.
        for (int g = 0; g < 300; g++) {
            int n = 2 + g % 63;
            int[][] adj = RandomGraphs.erdosRenyi(n, 1 + g % 12, 1000 + g);
            int[] sources = java.util.stream.IntStream.range(0, n).filter(v -> adj[v].length > 0).toArray();
            double[] small = Brokerage.accumulateSmall(adj, sources);
            double[] arrays = Brokerage.accumulateArrays(adj, sources);
            for (int v = 0; v < n; v++) {
                assertEquals(arrays[v], small[v], 1e-9 * Math.max(1, arrays[v]), "graph " + g + ", vertex " + v);
            }
        }
    }

    @Test
    void starCentreScoresOneAndLeavesZero() {
        // Centre 0 lies on all C(4,2) = 6 shortest paths between leaves: 6 * 2/((5-1)(5-2)) = 1.
        Map<Integer, Double> b = Brokerage.betweenness(graph(5, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
        assertEquals(1.0, b.get(0), 1e-12);
        assertEquals(0.0, b.get(3), 1e-12);
    }

    @Test
    void pathOfFourByHand() {
        // Path 0-1-2-3: vertex 1 lies on paths 0-2 and 0-3: 2 * 2/(3*2) = 2/3.
        Map<Integer, Double> b = Brokerage.betweenness(graph(4, new int[][] {{0, 1}, {1, 2}, {2, 3}}));
        assertEquals(2.0 / 3.0, b.get(1), 1e-12);
        assertEquals(2.0 / 3.0, b.get(2), 1e-12);
        assertEquals(0.0, b.get(0), 1e-12);
    }

    @Test
    void splitShortestPathsCountHalf() {
        // Square 0-1-2-3-0: pair (0,2) has two shortest paths, via 1 and via 3: each gets 1/2.
        // Vertex 1: 1/2 * 2/(3*2) = 1/6.
        Map<Integer, Double> b = Brokerage.betweenness(graph(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
        assertEquals(1.0 / 6.0, b.get(1), 1e-12);
    }

    @Test
    void agreesWithJGraphTTimesTwo() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        Graph<Integer, DefaultEdge> g = graph(40, new int[0][]);
        for (int k = 0; k < 90; k++) {
            int a = r.nextInt(40);
            int c = r.nextInt(40);
            if (a != c) {
                g.addEdge(a, c);
            }
        }
        Map<Integer, Double> ours = Brokerage.betweenness(g);
        Map<Integer, Double> theirs = new BetweennessCentrality<>(g, true).getScores();
        for (int v = 0; v < 40; v++) {
            assertEquals(2 * theirs.get(v), ours.get(v), 1e-9, "vertex " + v);
        }
    }
}
