package org.clustersim.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The layers of STYLE.md, checked on every build: formats at the bottom, then the model and
 * scenarios, then experiments, then outputs and reports, then the command line. A cycle between
 * packages, or an import across a line drawn below, fails with the packages named.
 */
class PackageDependenciesTest {
    private static final String PREFIX = "org.clustersim";

    /** Imports that would each close a cycle that was broken, or reach sideways; with why not. */
    private static final Map<String, String> FORBIDDEN = Map.of(
            "model.rules -> model.policy", "policy may use the rules, not the other way round",
            "experiment -> output", "results are written above the runner, through its RunSink",
            "stats -> output", "statistics read numbers, outputs write them",
            "shard -> report", "shards are results, not reports",
            "sensitivity -> report", "charts are drawn by output",
            "bench -> report", "charts are drawn by output",
            "sensitivity -> explore", "explorations build on the sensitivity designs, not the other way round",
            "patterns -> calibration", "calibration and robustness build on the patterns, not the other way round");

    private final PackageGraph main = PackageGraph.scan(Path.of("src", "main", "java"), PREFIX);

    @Test
    void noCycleBetweenPackages() {
        assertEquals(List.of(), collapsedModel(main).cycles(), "cycles between packages (each as a closed path)");
    }

    @Test
    void theModelImportsNothingOfOursOutsideIt() {
        List<String> outside = new ArrayList<>();
        for (String p : main.packages()) {
            if (isModel(p)) {
                main.dependencies(p).stream().filter(q -> !isModel(q)).forEach(q -> outside.add(p + " -> " + q));
            }
        }
        assertEquals(List.of(), outside, "the model depends on MASON and nothing else of ours");
    }

    @Test
    void noForbiddenImport() {
        List<String> found = new ArrayList<>();
        FORBIDDEN.forEach((edge, why) -> {
            String[] ends = edge.split(" -> ");
            if (main.dependencies(ends[0]).contains(ends[1])) {
                found.add(edge + " (" + why + ")");
            }
        });
        assertEquals(List.of(), found);
        assertTrue(main.packages().containsAll(List.of("format", "model.rules", "model.policy", "report")),
                "the scan found the packages: " + main.packages());
    }

    @Test
    void aCycleIsFoundAndNamed() {
        PackageGraph g = new PackageGraph();
        g.add("a", "b");
        g.add("b", "c");
        g.add("c", "a");
        g.add("c", "d");
        g.add("d", "e");
        assertEquals(List.of(List.of("a", "b", "c", "a")), g.cycles());
    }

    /**
     * The graph with model, model.rules and model.policy as one node: the model and the rules
     * and instruments acting on it are one layer (MASON's model and its Steppables), kept apart
     * from the rest by {@link #theModelImportsNothingOfOursOutsideIt}.
     */
    private static PackageGraph collapsedModel(PackageGraph g) {
        PackageGraph c = new PackageGraph();
        for (String p : g.packages()) {
            c.add(layer(p), layer(p));
            g.dependencies(p).forEach(q -> c.add(layer(p), layer(q)));
        }
        return c;
    }

    private static String layer(String p) {
        return isModel(p) ? "model" : p;
    }

    private static boolean isModel(String p) {
        return p.equals("model") || p.startsWith("model.");
    }
}
