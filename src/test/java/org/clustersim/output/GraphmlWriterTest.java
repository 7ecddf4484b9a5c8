package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clustersim.experiment.Replication;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.report.Network;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GraphML of a mecanique run, parsed back, rebuilds exactly the strong-tie measures of the run. */
class GraphmlWriterTest {

    private static final int STEPS = 120;
    private static Replication run;

    @TempDir
    Path dir;

    @BeforeAll
    static void runMecanique() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/mecanique.yaml"));
        run = Replication.run(s.variants().get(0).config(), 20110101L, STEPS);
    }

    private static double reported(String metric) {
        return run.values()[STEPS][Metrics.names().indexOf(metric)];
    }

    @Test
    void strongTieGraphRebuiltFromFileHasTheRunsMeasures() throws IOException {
        Path file = dir.resolve("net.graphml");
        GraphmlWriter.write(run.finalModel(), file);
        Network net = Network.read(file);
        ClusterModel m = run.finalModel();
        long active = m.actors().stream().filter(Actor::isActive).count();
        assertEquals(active, net.nodes().size());
        net.edges().forEach(e -> assertEquals(Math.min(e.trustAB(), e.trustBA()) >= net.threshold(), e.strong()));

        Graph<String, DefaultEdge> g = net.strongTieGraph();
        int n = g.vertexSet().size();
        double density = 2.0 * g.edgeSet().size() / ((double) n * (n - 1));
        double clustering = new ClusteringCoefficient<>(g).getAverageClusteringCoefficient();
        int largest = new ConnectivityInspector<>(g).connectedSets().stream().mapToInt(Set::size).max().orElse(0);
        assertTrue(g.edgeSet().size() > 0, "a 120-month run has strong ties");
        assertEquals(reported("strong_tie_density"), density, 1e-9);
        assertEquals(reported("clustering_coefficient"), clustering, 1e-9);
        assertEquals(reported("largest_component_share"), (double) largest / n, 1e-9);
    }

    @Test
    void networkxAgreesWhenInstalled() throws Exception {
        assumeTrue(python("import networkx") == 0, "python3 with networkx is not installed");
        Path file = dir.resolve("net.graphml");
        GraphmlWriter.write(run.finalModel(), file);
        Path out = dir.resolve("nx.txt");
        String script = String.join("\n",
                "import sys, networkx as nx",
                "G = nx.read_graphml(sys.argv[1]); t = G.graph['strong_tie_threshold']",
                "S = nx.Graph(); S.add_nodes_from(G.nodes)",
                "S.add_edges_from((a, b) for a, b, d in G.edges(data=True) if min(d['trust_ab'], d['trust_ba']) >= t)",
                "lcc = max(len(c) for c in nx.connected_components(S)) / S.number_of_nodes()",
                "open(sys.argv[2], 'w').write('%r %r %r' % (nx.density(S), nx.average_clustering(S), lcc))");
        assertEquals(0, python(script, file.toString(), out.toString()));
        String[] v = Files.readString(out).trim().split(" ");
        assertEquals(reported("strong_tie_density"), Double.parseDouble(v[0]), 1e-9);
        assertEquals(reported("clustering_coefficient"), Double.parseDouble(v[1]), 1e-9);
        assertEquals(reported("largest_component_share"), Double.parseDouble(v[2]), 1e-9);
    }

    @Test
    void outputIsByteDeterministic() throws IOException {
        GraphmlWriter.write(run.finalModel(), dir.resolve("one.graphml"));
        GraphmlWriter.write(run.finalModel(), dir.resolve("two.graphml"));
        byte[] one = Files.readAllBytes(dir.resolve("one.graphml"));
        assertArrayEquals(one, Files.readAllBytes(dir.resolve("two.graphml")));
        String text = new String(one, StandardCharsets.UTF_8);
        assertTrue(text.contains("<key id=\"strong\" for=\"edge\" attr.name=\"strong\" attr.type=\"boolean\"/>"));
        assertTrue(text.contains("<data key=\"strong_tie_threshold\">0.6</data>"));
    }

    @Test
    void escapesXmlAndJittersWithinTheDisc() {
        assertEquals("a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;", GraphmlWriter.escape("a&b <c> \"d\" 'e'\u0001"));
        assertEquals("network-a_b.graphml", GraphmlWriter.fileName("a/b"));
        for (int id = 0; id < 500; id++) {
            double[] j = GraphmlWriter.jitter(id);
            assertTrue(Math.hypot(j[0], j[1]) <= GraphmlWriter.JITTER_KM + 1e-12);
            assertArrayEquals(j, GraphmlWriter.jitter(id));
        }
    }

    private static int python(String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-c"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
