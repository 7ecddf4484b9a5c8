package org.clustersim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.scenario.ScenarioLoader;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * The array-based measures the metrics use agree with JGraphT's implementations on the
 * strong-tie graphs of real runs (both clusters, several months): density, average clustering,
 * largest component and betweenness (JGraphT's normalisation is half of networkx's), which is
 * also exact when given as many pivots as actors.
 */
class NetworkMeasuresOracleTest {
    @Test
    void agreeWithJGraphTOnRealRuns() throws Exception {
        for (String file : new String[] {"scenarios/mecanique.yaml", "scenarios/dinanderie.yaml"}) {
            ClusterModel m = new ClusterModel(5, ScenarioLoader.load(Path.of(file)).variants().get(0).config());
            m.start();
            for (int month = 1; month <= 90; month++) {
                m.schedule.step(m);
                if (month % 30 != 0) {
                    continue;
                }
                NetworkMeasures ours = NetworkMeasures.of(m, 0.6);
                Graph<Integer, DefaultEdge> g = StrongTieGraph.build(m, 0.6);
                int n = g.vertexSet().size();
                assertEquals(2.0 * g.edgeSet().size() / (n * (n - 1.0)), ours.density(), 1e-12, file);
                assertEquals(new ClusteringCoefficient<>(g).getAverageClusteringCoefficient(), ours.clustering(),
                        1e-12, file + " month " + month);
                int largest = new ConnectivityInspector<>(g).connectedSets().stream().mapToInt(s -> s.size()).max()
                        .orElse(0);
                assertEquals((double) largest / n, ours.largestComponentShare(), 1e-12, file);
                var reference = new BetweennessCentrality<>(g, true).getScores();
                // As many pivots as actors: every source is used, so the scores are exact, bit for bit.
                NetworkMeasures allPivots = NetworkMeasures.of(m, 0.6, m.actors().size());
                for (Actor a : m.actors()) {
                    if (a.isActive()) {
                        assertEquals(2 * reference.get(a.getId()), ours.betweenness(a.getId()), 1e-9, a.getName());
                        assertEquals(ours.betweenness(a.getId()), allPivots.betweenness(a.getId()), 0.0, a.getName());
                    }
                }
            }
        }
    }
}
