package org.clustersim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * {@link Clustering#average}: known answers on tiny graphs computed by hand; bit-identical
 * results to the previous O(sum of k^2) scan (kept below as the reference) on several hundred
 * seeded random graphs, sparse to nearly complete, with and without hubs; agreement with
 * JGraphT's average clustering coefficient, whose convention (degree below 2 scores 0, mean over
 * all vertices) is the same; and a graph with a hub of degree 100,000, where the old scan would
 * take about 1e10 steps, completing with the hub's triangles counted right.
 */
class ClusteringTest {
    private static int[][] graph(int n, int[][] edges) {
        RandomGraphs g = new RandomGraphs(n);
        for (int[] e : edges) {
            g.edge(e[0], e[1]);
        }
        return g.adjacency(new SplittableRandom(1));
    }

    /**
     * The previous implementation, verbatim: for each vertex, mark its neighbours and count the
     * marked entries of their lists. Package-private so that {@link GraphMeasuresTiming} can time
     * it against the new one.
     */
    static double oldAverage(int[][] adj) {
        int n = adj.length;
        int[] mark = new int[n];
        java.util.Arrays.fill(mark, -1);
        double sum = 0;
        for (int v = 0; v < n; v++) {
            int k = adj[v].length;
            if (k < 2) {
                continue;
            }
            for (int u : adj[v]) {
                mark[u] = v;
            }
            long links = 0;
            for (int u : adj[v]) {
                for (int w : adj[u]) {
                    if (mark[w] == v) {
                        links++;
                    }
                }
            }
            sum += (double) links / ((double) k * (k - 1));
        }
        return sum / n;
    }

    @Test
    void triangleScoresOne() {
        int[][] adj = graph(3, new int[][] {{0, 1}, {1, 2}, {2, 0}});
        assertArrayEquals(new long[] {1, 1, 1}, Clustering.triangles(adj));
        assertEquals(1.0, Clustering.average(adj), 0.0);
    }

    @Test
    void squareWithOneDiagonal() {
        // Square 0-1-2-3-0 with diagonal 0-2: triangles 012 and 023. Vertices 0 and 2 have
        // degree 3 and two triangles: 2*2/(3*2) = 2/3; vertices 1 and 3 have degree 2 and one
        // triangle: 1. Average (2/3 + 1 + 2/3 + 1) / 4 = 5/6.
        int[][] adj = graph(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}});
        assertArrayEquals(new long[] {2, 1, 2, 1}, Clustering.triangles(adj));
        assertEquals(5.0 / 6.0, Clustering.average(adj), 1e-15);
    }

    @Test
    void starScoresZero() {
        int[][] adj = graph(6, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}});
        assertArrayEquals(new long[6], Clustering.triangles(adj));
        assertEquals(0.0, Clustering.average(adj), 0.0);
    }

    @Test
    void bowtie() {
        // Triangles 0-1-2 and 0-3-4 sharing vertex 0 (degree 4, two triangles: 2*2/(4*3) = 1/3);
        // the four others have degree 2 and one triangle: 1. Average (1/3 + 4) / 5 = 13/15.
        int[][] adj = graph(5, new int[][] {{0, 1}, {1, 2}, {2, 0}, {0, 3}, {3, 4}, {4, 0}});
        assertArrayEquals(new long[] {2, 1, 1, 1, 1}, Clustering.triangles(adj));
        assertEquals(13.0 / 15.0, Clustering.average(adj), 1e-15);
    }

    @Test
    void isolatedVerticesAndPairsScoreZero() {
        int[][] adj = graph(5, new int[][] {{0, 1}, {1, 2}, {2, 0}, {3, 4}});
        assertEquals(3.0 / 5.0, Clustering.average(adj), 1e-15);
        assertEquals(0.0, Clustering.average(new int[1][0]), 0.0);
    }

    @Test
    void bitIdenticalToThePreviousScanOnRandomGraphs() {
        SplittableRandom r = new SplittableRandom(2024);
        int hubGraphs = 0;
        for (int trial = 0; trial < 400; trial++) {
            int[][] adj = trial % 20 == 0 ? sparseGraphWithHub(r) : randomGraph(r);
            if (maxDegree(adj) > adj.length / 2 && adj.length > 20) {
                hubGraphs++;
            }
            assertEquals(oldAverage(adj), Clustering.average(adj), 0.0, "trial " + trial);
        }
        assertTrue(hubGraphs > 100, "graphs with a hub: " + hubGraphs);
    }

    @Test
    void agreesWithJGraphT() {
        SplittableRandom r = new SplittableRandom(99);
        for (int trial = 0; trial < 150; trial++) {
            int[][] adj = randomGraph(r);
            double theirs = new ClusteringCoefficient<>(jgrapht(adj)).getAverageClusteringCoefficient();
            assertEquals(theirs, Clustering.average(adj), 1e-12, "trial " + trial);
        }
    }

    @Test
    void aHubOfDegree100000CompletesAndItsTrianglesAreTheEdgesAmongItsNeighbours() {
        // 200,000 vertices, hub 0 joined to 100,000 of them, 400,000 random edges besides.
        // No time is asserted: this is the graph shape the old O(sum of k^2) scan cannot finish.
        int n = 200_000;
        SplittableRandom r = new SplittableRandom(5);
        int[][] adj = new RandomGraphs(n).hub(0, 100_000, r).randomEdges(400_000, r).adjacency(r);
        boolean[] nearHub = new boolean[n];
        for (int v : adj[0]) {
            nearHub[v] = true;
        }
        long edgesAmongNeighbours = 0;
        for (int u = 1; u < n; u++) {
            for (int w : adj[u]) {
                if (u < w && nearHub[u] && nearHub[w]) {
                    edgesAmongNeighbours++;
                }
            }
        }
        assertEquals(edgesAmongNeighbours, Clustering.triangles(adj)[0]);
        double c = Clustering.average(adj);
        assertTrue(c >= 0 && c <= 1, "clustering " + c);
    }

    /**
     * A graph of 1 to 120 vertices whose edge probability ranges from nearly 0 to nearly 1 (so
     * that degree ties, cliques and empty graphs all occur), with up to three hubs joined to 50%
     * to 100% of the vertices in about half of the graphs.
     */
    private static int[][] randomGraph(SplittableRandom r) {
        int n = 1 + r.nextInt(120);
        double p = Math.pow(r.nextDouble(), 3);
        RandomGraphs g = new RandomGraphs(n).randomEdges(Math.round(p * n * (n - 1) / 2), r);
        if (n > 2 && r.nextBoolean()) {
            for (int h = 1 + r.nextInt(3); h > 0; h--) {
                g.hub(r.nextInt(n), (int) ((0.5 + 0.5 * r.nextDouble()) * (n - 1)), r);
            }
        }
        return g.adjacency(r);
    }

    /** 1,000 to 3,000 vertices of mean degree 2 to 20 and one hub joined to half of them. */
    private static int[][] sparseGraphWithHub(SplittableRandom r) {
        int n = 1000 + r.nextInt(2001);
        double meanDegree = 2 + 18 * r.nextDouble();
        return new RandomGraphs(n).randomEdges(Math.round(n * meanDegree / 2), r).hub(r.nextInt(n), n / 2 + 1, r)
                .adjacency(r);
    }

    private static int maxDegree(int[][] adj) {
        int max = 0;
        for (int[] list : adj) {
            max = Math.max(max, list.length);
        }
        return max;
    }

    private static Graph<Integer, DefaultEdge> jgrapht(int[][] adj) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < adj.length; v++) {
            g.addVertex(v);
        }
        for (int v = 0; v < adj.length; v++) {
            for (int w : adj[v]) {
                if (v < w) {
                    g.addEdge(v, w);
                }
            }
        }
        return g;
    }
}
