package org.clustersim.metrics;

/**
 * Clustering and connectivity of an undirected graph given as adjacency arrays: the average
 * local clustering coefficient (Watts and Strogatz 1998), where a vertex of degree k with L
 * links among its neighbours scores {@code 2L / (k (k - 1))} and vertices of degree below 2
 * score 0 (networkx's convention), in O(sum of k^2); and the size of the largest connected
 * component by breadth-first search, in O(n + E).
 */
final class Clustering {
    private Clustering() {
    }

    static double average(int[][] adj) {
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
            // Each link among the neighbours was seen from both of its ends.
            sum += (double) links / ((double) k * (k - 1));
        }
        return sum / n;
    }

    static int largestComponent(int[][] adj) {
        int n = adj.length;
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        int largest = 0;
        for (int s = 0; s < n; s++) {
            if (seen[s]) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            seen[s] = true;
            while (head < tail) {
                int v = queue[head++];
                for (int w : adj[v]) {
                    if (!seen[w]) {
                        seen[w] = true;
                        queue[tail++] = w;
                    }
                }
            }
            largest = Math.max(largest, tail);
        }
        return largest;
    }
}
