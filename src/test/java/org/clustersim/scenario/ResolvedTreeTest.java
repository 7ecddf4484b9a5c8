package org.clustersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustersim.scenario.yaml.Position;
import org.clustersim.scenario.yaml.YMap;
import org.clustersim.scenario.yaml.YScalar;
import org.junit.jupiter.api.Test;

/** The plain form a manifest embeds loads back into the same scenario, without any file. */
class ResolvedTreeTest {

    @Test
    void anExperimentLoadsBackFromItsPlainForm() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios", "sweep-sanctions.yaml"),
                List.of("parameters.trust_gain=0.0612345678"));
        assertEquals(s.name(), s.resolved().get("name"));
        assertFalse(s.resolved().containsKey("extends"), "extends is resolved");
        Scenario again = ScenarioLoader.fromResolved(s.resolved(), Path.of("manifest.json"), List.of());
        assertEquals(s.variants().stream().map(Variant::name).toList(),
                again.variants().stream().map(Variant::name).toList());
        for (int v = 0; v < s.variants().size(); v++) {
            assertEquals(s.variants().get(v).config().parameters(), again.variants().get(v).config().parameters());
        }
        assertEquals(List.of(s.steps(), s.seed(), s.replications()),
                List.of(again.steps(), again.seed(), again.replications()));
        assertEquals(s.resolved(), again.resolved());
    }

    @Test
    void nullsAndTextRoundTrip() {
        Position at = Position.of("manifest.json");
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("a", null);
        plain.put("b", List.of("null", "0.1"));
        YMap tree = (YMap) ResolvedTree.fromPlain(plain, at);
        assertTrue(((YScalar) tree.get("a")).isNull());
        assertEquals(plain, ResolvedTree.toPlain(tree));
        assertThrows(IllegalArgumentException.class, () -> ResolvedTree.fromPlain(Map.of("n", 1.5), at));
    }
}
