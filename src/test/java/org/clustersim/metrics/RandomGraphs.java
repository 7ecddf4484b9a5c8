package org.clustersim.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded random simple undirected graphs as adjacency arrays, for the graph-measure tests and
 * the timing in {@link GraphMeasuresTiming}: uniform random edges (Erdős–Rényi G(n, M), with
 * repeated pairs dropped) plus optional hubs joined to many distinct vertices, as a star-like
 * ministry or chamber is in the model.
 */
final class RandomGraphs {
    private final int n;
    private long[] keys = new long[16];
    private int size;

    RandomGraphs(int n) {
        this.n = n;
    }

    /** Adds edge u-v (self-loops are ignored, duplicates dropped when the arrays are built). */
    RandomGraphs edge(int u, int v) {
        if (u == v) {
            return this;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = (long) Math.min(u, v) * n + Math.max(u, v);
        return this;
    }

    /** Draws {@code count} uniform random vertex pairs. */
    RandomGraphs randomEdges(long count, SplittableRandom r) {
        for (long i = 0; i < count; i++) {
            edge(r.nextInt(n), r.nextInt(n));
        }
        return this;
    }

    /** Joins {@code hub} to {@code degree} distinct other vertices chosen at random. */
    RandomGraphs hub(int hub, int degree, SplittableRandom r) {
        int[] others = new int[n - 1];
        for (int v = 0, i = 0; v < n; v++) {
            if (v != hub) {
                others[i++] = v;
            }
        }
        // Partial Fisher-Yates shuffle: the first `degree` entries are a uniform sample.
        for (int i = 0; i < degree; i++) {
            int j = i + r.nextInt(others.length - i);
            int t = others[i];
            others[i] = others[j];
            others[j] = t;
            edge(hub, others[i]);
        }
        return this;
    }

    /** The adjacency arrays, each list in random order so that no code relies on sorted lists. */
    int[][] adjacency(SplittableRandom r) {
        long[] unique = Arrays.stream(keys, 0, size).sorted().distinct().toArray();
        int[] degree = new int[n];
        for (long k : unique) {
            degree[(int) (k / n)]++;
            degree[(int) (k % n)]++;
        }
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = new int[degree[v]];
        }
        int[] fill = new int[n];
        for (long k : unique) {
            int u = (int) (k / n);
            int v = (int) (k % n);
            adj[u][fill[u]++] = v;
            adj[v][fill[v]++] = u;
        }
        for (int[] list : adj) {
            for (int i = list.length - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = list[i];
                list[i] = list[j];
                list[j] = t;
            }
        }
        return adj;
    }

    /** G(n, M) with M = n * meanDegree / 2 drawn pairs: mean degree just under meanDegree. */
    static int[][] erdosRenyi(int n, double meanDegree, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return new RandomGraphs(n).randomEdges(Math.round(n * meanDegree / 2), r).adjacency(r);
    }
}
