package org.clustersim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link Brokerage#normalised(int[][], int)}: exact, bit for bit, whenever the pivots cover the
 * non-isolated vertices; the pivot choice and the extrapolation checked by hand on a star; and the
 * estimate's accuracy on random graphs, with tolerances set from what 20 seeds gave (stated at
 * each assertion) so that they fail for a wrong extrapolation or pivot choice, not for noise.
 */
class BrokeragePivotsTest {
    /** Erdős–Rényi, 2,000 vertices, mean degree 8, and its exact scores, shared by two tests. */
    private static final int[][] ER_2000 = RandomGraphs.erdosRenyi(2000, 8, 1);
    private static final double[] ER_2000_EXACT = Brokerage.normalised(ER_2000);

    private static int[][] graph(int n, int[][] edges) {
        RandomGraphs g = new RandomGraphs(n);
        for (int[] e : edges) {
            g.edge(e[0], e[1]);
        }
        return g.adjacency(new SplittableRandom(1));
    }

    @Test
    void enoughPivotsGiveTheExactScoresBitForBit() {
        // 30 vertices, 10 of them isolated: 20 pivots already cover every source.
        SplittableRandom r = new SplittableRandom(3);
        RandomGraphs g = new RandomGraphs(30);
        for (int k = 0; k < 45; k++) {
            g.edge(r.nextInt(20), r.nextInt(20));
        }
        int[][] adj = g.adjacency(r);
        assertEquals(20, IntStream.range(0, 30).filter(v -> adj[v].length > 0).count());
        double[] exact = Brokerage.normalised(adj);
        for (int pivots : new int[] {0, -1, 20, 25, 30, Integer.MAX_VALUE}) {
            assertArrayEquals(exact, Brokerage.normalised(adj, pivots), "pivots " + pivots);
        }
        // 19 pivots leave one source out: an estimate, no longer the exact scores.
        assertTrue(!Arrays.equals(exact, Brokerage.normalised(adj, 19)));
    }

    @Test
    void allVerticesAsPivotsOnAPathAndARandomGraph() {
        int n = 50;
        int[][] path = new int[n - 1][];
        for (int i = 0; i < n - 1; i++) {
            path[i] = new int[] {i, i + 1};
        }
        double[] scores = Brokerage.normalised(graph(n, path), n);
        for (int i = 0; i < n; i++) {
            // Vertex i lies on the one shortest path of each of the i (n - 1 - i) pairs it separates.
            assertEquals(2.0 * i * (n - 1 - i) / ((n - 1.0) * (n - 2.0)), scores[i], 1e-12, "vertex " + i);
        }
        int[][] random = RandomGraphs.erdosRenyi(300, 4, 11);
        assertArrayEquals(Brokerage.normalised(random), Brokerage.normalised(random, 300));
    }

    @Test
    void pivotsAreTheMiddlesOfEqualBlocks() {
        int[] ten = IntStream.range(0, 10).toArray();
        assertArrayEquals(new int[] {1, 3, 6, 8}, Brokerage.evenlySpaced(ten, 4));
        assertArrayEquals(new int[] {0, 2, 4, 5, 7, 9}, Brokerage.evenlySpaced(ten, 6));
        for (int m = 2; m < 60; m++) {
            int[] vertices = IntStream.range(0, m).map(v -> 3 * v).toArray();
            for (int count = 1; count < m; count++) {
                int[] p = Brokerage.evenlySpaced(vertices, count);
                for (int i = 1; i < count; i++) {
                    assertTrue(p[i] > p[i - 1], "distinct and increasing: m " + m + " count " + count);
                }
            }
        }
    }

    @Test
    void starByHand() {
        // Centre 0 and 9 leaves, n = m = 10. A leaf source gives the centre a dependency of 8
        // (the other leaves), the centre as source gives it 0; exact raw score 9 * 8 = 72 and
        // normalisation 1 / ((n - 1)(n - 2)) = 1/72, so the exact score is 1. The estimate cannot
        // be 1 for every pivot count: 4 pivots are leaves 1, 3, 6, 8: 4 * 8 * 10/4 / 72 = 10/9;
        // 6 pivots include the centre: 5 * 8 * 10/6 / 72 = 25/27. Leaves always score 0.
        int[][] star = graph(10, IntStream.range(1, 10).mapToObj(v -> new int[] {0, v}).toArray(int[][]::new));
        assertEquals(10.0 / 9.0, Brokerage.normalised(star, 4)[0], 1e-12);
        assertEquals(25.0 / 27.0, Brokerage.normalised(star, 6)[0], 1e-12);
        for (int pivots = 1; pivots <= 10; pivots++) {
            double[] b = Brokerage.normalised(star, pivots);
            assertTrue(b[0] > 0.8 && b[0] < 1.25, "pivots " + pivots + ": " + b[0]);
            for (int leaf = 1; leaf < 10; leaf++) {
                assertEquals(0.0, b[leaf], 0.0);
            }
        }
        assertEquals(1.0, Brokerage.normalised(star, 10)[0], 1e-15);
    }

    @Test
    void isolatedVerticesAreNeitherPivotsNorCountedInTheExtrapolation() {
        // The star above plus isolated vertices 10 to 14: m is still 10, the 4 pivots are still
        // leaves 1, 3, 6, 8 and the raw estimate still 4 * 8 * 10/4 = 80; only the normalisation
        // changes, to 1 / (14 * 13).
        RandomGraphs g = new RandomGraphs(15);
        for (int leaf = 1; leaf < 10; leaf++) {
            g.edge(0, leaf);
        }
        double[] b = Brokerage.normalised(g.adjacency(new SplittableRandom(2)), 4);
        assertEquals(80.0 / (14 * 13), b[0], 1e-12);
    }

    @Test
    void sameGraphSameEstimate() {
        int[][] adj = RandomGraphs.erdosRenyi(500, 6, 4);
        assertArrayEquals(Brokerage.normalised(adj, 50), Brokerage.normalised(adj, 50));
    }

    @Test
    void tenPercentOfPivotsOnARandomGraph() {
        // Erdős–Rényi, 2,000 vertices, mean degree 8, 200 pivots. Betweenness is flat in such a
        // graph, so single scores are noisy (the top scores differ by a few percent, while the
        // estimate's error on one of the top 20 vertices reaches 40-100%) and the estimate's
        // top vertex ranked 0th to 91st among the exact scores over 20 seeds: only aggregate
        // agreement is asserted. Over 20 seeds: relative error of the sum 0.03% to 1.3%, Pearson
        // correlation with the exact scores 0.82 to 0.87. Without the m/pivots extrapolation the
        // sum would be 90% short; with random scores the correlation would be near 0.
        int[][] adj = ER_2000;
        double[] exact = ER_2000_EXACT;
        double[] estimate = Brokerage.normalised(adj, 200);
        double errorOfSum = relativeErrorOfSum(exact, estimate);
        assertTrue(Math.abs(errorOfSum) < 0.02, "relative error of the sum " + errorOfSum);
        assertTrue(correlation(exact, estimate) > 0.75, "correlation " + correlation(exact, estimate));
    }

    @Test
    void halfOfTheVerticesAsPivotsOnARandomGraph() {
        // The same graph with 1,000 pivots. Over 20 seeds: relative error of the sum at most 0.4%,
        // correlation 0.977 to 0.980, 13 to 18 of the exact top 20 in the estimate's top 20, and
        // the estimate's top vertex among the exact top 3 in 19 seeds (13th in the other).
        int[][] adj = ER_2000;
        double[] exact = ER_2000_EXACT;
        double[] estimate = Brokerage.normalised(adj, 1000);
        double errorOfSum = relativeErrorOfSum(exact, estimate);
        assertTrue(Math.abs(errorOfSum) < 0.01, "relative error of the sum " + errorOfSum);
        assertTrue(correlation(exact, estimate) > 0.95, "correlation " + correlation(exact, estimate));
        int[] exactTop = top(exact, 20);
        int[] estimateTop = top(estimate, 20);
        long shared = Arrays.stream(estimateTop).filter(v -> Arrays.stream(exactTop).anyMatch(w -> w == v)).count();
        assertTrue(shared >= 10, "shared top 20: " + shared);
        assertTrue(Arrays.stream(exactTop, 0, 5).anyMatch(v -> v == estimateTop[0]), "top vertex in the exact top 5");
    }

    @Test
    void hubsStandOutFromTenPercentOfPivots() {
        // The case the metrics care about (is a coordinator the top broker?): the same random
        // graph with hubs of degree 200, 100 and 50. With 200 pivots the hubs come first in the
        // exact order on all of 20 seeds, and the largest hub's estimate was within 12% of its
        // exact score (about 0.25, where the fourth vertex scores under 0.01).
        SplittableRandom r = new SplittableRandom(1);
        int[][] adj = new RandomGraphs(2000).randomEdges(8000, r).hub(17, 200, r).hub(500, 100, r).hub(1234, 50, r)
                .adjacency(r);
        double[] exact = Brokerage.normalised(adj);
        double[] estimate = Brokerage.normalised(adj, 200);
        assertArrayEquals(new int[] {17, 500, 1234}, top(exact, 3));
        assertArrayEquals(new int[] {17, 500, 1234}, top(estimate, 3));
        assertEquals(exact[17], estimate[17], 0.2 * exact[17]);
    }

    private static double relativeErrorOfSum(double[] exact, double[] estimate) {
        double a = Arrays.stream(exact).sum();
        return (Arrays.stream(estimate).sum() - a) / a;
    }

    private static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** The {@code count} highest-scoring vertices, highest first (ties by index). */
    private static int[] top(double[] score, int count) {
        return IntStream.range(0, score.length).boxed()
                .sorted(Comparator.comparingDouble((Integer v) -> -score[v]).thenComparingInt(v -> v))
                .limit(count).mapToInt(Integer::intValue).toArray();
    }
}
