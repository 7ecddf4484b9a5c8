package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The manifest records who was there: each variant's actors and groups after population edits,
 * and the edits in words; a scenario without edits has no {@code population_changes}.
 */
class ManifestPopulationTest {
    @Test
    @SuppressWarnings("unchecked")
    void eachVariantsResolvedPopulationIsRecorded() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios", "what-if", "no-cci.yaml"));
        Map<String, Object> m = Manifest.fingerprint(s, List.of(), List.of());
        List<Map<String, Object>> variants = (List<Map<String, Object>>) m.get("variants");
        List<Map<String, Object>> base = (List<Map<String, Object>>) variants.get(0).get("population");
        List<Map<String, Object>> noCci = (List<Map<String, Object>>) variants.get(1).get("population");
        assertEquals(19, base.size());
        assertEquals(18, noCci.size());
        assertEquals(Map.of("name", "CCI", "kind", "commerce_chamber", "site", "city_centre", "count", 1,
                "active", true), base.stream().filter(a -> a.get("name").equals("CCI")).findFirst().orElseThrow());
        assertFalse(noCci.stream().anyMatch(a -> a.get("name").equals("CCI")));
        assertEquals(20, base.get(0).get("count"));
        List<String> changes = (List<String>) m.get("population_changes");
        assertEquals("variant no_cci: actors: removed CCI", changes.get(0));
        assertFalse(Manifest.fingerprint(ScenarioLoader.load(Path.of("scenarios", "mecanique.yaml")), List.of(),
                List.of()).containsKey("population_changes"));
        assertTrue(m.containsKey("resolved_scenario"));
    }
}
