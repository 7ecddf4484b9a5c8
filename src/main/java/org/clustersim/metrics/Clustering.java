package org.clustersim.metrics;

/**
 * Clustering and connectivity of an undirected graph given as adjacency arrays (each edge in
 * both lists, no self-loops, no duplicates): the average local clustering coefficient (Watts
 * and Strogatz 1998), where a vertex of degree k at the corner of t triangles scores
 * {@code 2t / (k (k - 1))} and vertices of degree below 2 score 0 (networkx's convention), by
 * triangle counting in O(aE) for arboricity a, so that hubs cost no more than their edges; and
 * the size of the largest connected component by breadth-first search, in O(n + E).
 */
final class Clustering {
    private Clustering() {
    }

    /**
     * Average local clustering coefficient, summed in vertex order and divided by n.
     *
     * <p>Triangles are counted by the "forward" algorithm (Chiba and Nishizeki 1985, "Arboricity
     * and subgraph listing algorithms", SIAM J. Comput. 14(1); Latapy 2008, "Main-memory triangle
     * computations for very large (sparse (power-law)) graphs", Theor. Comput. Sci. 407): rank the
     * vertices by degree, ties by index, orient every edge from lower to higher rank, and for every
     * oriented edge (u, v) look for the common out-neighbours of u and v. Each triangle is found
     * once, from its lowest-ranked corner. Beyond O(n + E), the work is the sum over oriented edges
     * (v, w) of the in-degree of v, and v's in-degree is at most its degree, the smaller of the
     * edge's two: by Chiba and Nishizeki's lemma that sum is at most 2aE for arboricity a, so the
     * cost is O(aE), and O(E sqrt(E)) on any graph. Scanning every neighbour's list instead costs
     * O(sum of k^2): 2.5e9 steps for one hub of degree 50,000, whereas here a hub ranks above its
     * neighbours, its out-list is empty and its edges cost one step each.
     */
    static double average(int[][] adj) {
        int n = adj.length;
        long[] triangles = triangles(adj);
        double sum = 0;
        for (int v = 0; v < n; v++) {
            int k = adj[v].length;
            if (k < 2) {
                continue;
            }
            // 2t is the number of links among the neighbours counted from both of their ends,
            // as the previous O(sum of k^2) scan counted them: same operands, same double.
            long links = 2 * triangles[v];
            sum += (double) links / ((double) k * (k - 1));
        }
        return sum / n;
    }

    /**
     * Number of triangles at each vertex (each triangle adds 1 to each of its three corners).
     * Long counts: a vertex of degree 100,000 can be the corner of 5e9 triangles.
     */
    static long[] triangles(int[][] adj) {
        int n = adj.length;
        // Out-lists in compressed rows: start[u] .. start[u + 1] - 1 in target.
        int[] start = new int[n + 1];
        for (int u = 0; u < n; u++) {
            int out = 0;
            for (int v : adj[u]) {
                if (before(adj, u, v)) {
                    out++;
                }
            }
            start[u + 1] = Math.addExact(start[u], out);
        }
        int[] target = new int[start[n]];
        for (int u = 0; u < n; u++) {
            int next = start[u];
            for (int v : adj[u]) {
                if (before(adj, u, v)) {
                    target[next++] = v;
                }
            }
        }
        long[] triangles = new long[n];
        // mark[w] == u + 1 while w is an out-neighbour of u: no reset between vertices.
        int[] mark = new int[n];
        for (int u = 0; u < n; u++) {
            for (int i = start[u]; i < start[u + 1]; i++) {
                mark[target[i]] = u + 1;
            }
            for (int i = start[u]; i < start[u + 1]; i++) {
                int v = target[i];
                for (int j = start[v]; j < start[v + 1]; j++) {
                    int w = target[j];
                    if (mark[w] == u + 1) {
                        triangles[u]++;
                        triangles[v]++;
                        triangles[w]++;
                    }
                }
            }
        }
        return triangles;
    }

    /** Whether u ranks below v: lower degree first, ties broken by index (a strict total order). */
    private static boolean before(int[][] adj, int u, int v) {
        int du = adj[u].length;
        int dv = adj[v].length;
        return du < dv || (du == dv && u < v);
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
