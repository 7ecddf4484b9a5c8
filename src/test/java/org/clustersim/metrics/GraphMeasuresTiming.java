package org.clustersim.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Not a test: times the average clustering (previous O(sum of k^2) scan against triangle counting)
 * and betweenness (exact against 32 pivots) on an Erdős–Rényi graph of 100,000 vertices and mean
 * degree 10 plus one hub of degree 50,000, the shape of a large cluster with a ministry. Timing
 * is measured here, never asserted in the tests. Run after {@code mvn test-compile}:
 * <pre>
 * java -XX:+UseSerialGC -Xmx2g -cp target/classes:target/test-classes:$(deps) \
 *     org.clustersim.metrics.GraphMeasuresTiming [clustering] [pivots] [sample] [exact]
 * </pre>
 * The exact betweenness takes over an hour on a 2-core machine (n single-source searches of
 * O(E) each); {@code sample} times 1,000 pivots, 1/100 of the sources, whose time times 100
 * extrapolates it, the cost being linear in the number of sources.
 */
final class GraphMeasuresTiming {
    private GraphMeasuresTiming() {
    }

    public static void main(String[] args) {
        SplittableRandom r = new SplittableRandom(42);
        int n = 100_000;
        int[][] adj = new RandomGraphs(n).randomEdges(n * 10L / 2, r).hub(0, 50_000, r).adjacency(r);
        long twiceE = Arrays.stream(adj).mapToLong(a -> a.length).sum();
        System.out.printf("graph: %d vertices, %d edges, hub degree %d%n", n, twiceE / 2, adj[0].length);
        for (String what : args.length > 0 ? args : new String[] {"clustering", "pivots"}) {
            switch (what) {
                case "clustering" -> {
                    time("clustering, triangle counting (warm-up)", () -> Clustering.average(adj));
                    for (int i = 0; i < 3; i++) {
                        time("clustering, triangle counting", () -> Clustering.average(adj));
                    }
                    time("clustering, previous scan (warm-up)", () -> ClusteringTest.oldAverage(adj));
                    time("clustering, previous scan", () -> ClusteringTest.oldAverage(adj));
                }
                case "pivots" -> {
                    time("betweenness, 32 pivots (warm-up)", () -> Brokerage.normalised(adj, 32)[0]);
                    for (int i = 0; i < 3; i++) {
                        time("betweenness, 32 pivots", () -> Brokerage.normalised(adj, 32)[0]);
                    }
                }
                case "sample" -> time("betweenness, 1,000 pivots", () -> Brokerage.normalised(adj, 1000)[0]);
                case "exact" -> time("betweenness, exact", () -> Brokerage.normalised(adj)[0]);
                default -> throw new IllegalArgumentException(what);
            }
        }
    }

    private static void time(String label, java.util.function.DoubleSupplier measure) {
        long start = System.nanoTime();
        double value = measure.getAsDouble();
        System.out.printf("%-45s %10.3f s  (value %.17g)%n", label, (System.nanoTime() - start) / 1e9, value);
    }
}
