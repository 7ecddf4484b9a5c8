package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Map<String, Object> cci = base.stream().filter(a -> a.get("name").equals("CCI")).findFirst().orElseThrow();
        assertEquals(List.of("CCI", "commerce_chamber", "city_centre", 1, true),
                List.of(cci.get("name"), cci.get("kind"), cci.get("site"), cci.get("count"), cci.get("active")));
        assertFalse(noCci.stream().anyMatch(a -> a.get("name").equals("CCI")));
        assertEquals(20, base.get(0).get("count"));
        List<String> changes = (List<String>) m.get("population_changes");
        assertEquals("variant no_cci: actors: removed CCI", changes.get(0));
        assertFalse(Manifest.fingerprint(ScenarioLoader.load(Path.of("scenarios", "mecanique.yaml")), List.of(),
                List.of()).containsKey("population_changes"));
        assertTrue(m.containsKey("resolved_scenario"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangedFieldIsRecordedInTheVariantsPopulation(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("open.yaml");
        Files.writeString(f, "extends: " + Path.of("scenarios", "mecanique.yaml").toAbsolutePath()
                + "\nvariants:\n  base: {}\n  open:\n    actors: {change: {CCI: {openness: 0.5}}}\n");
        Map<String, Object> m = Manifest.fingerprint(ScenarioLoader.load(f), List.of(), List.of());
        List<Map<String, Object>> variants = (List<Map<String, Object>>) m.get("variants");
        assertEquals(List.of(0.8, 0.5), variants.stream().map(v -> ((List<Map<String, Object>>) v.get("population"))
                .stream().filter(a -> a.get("name").equals("CCI")).findFirst().orElseThrow().get("openness")).toList());
    }
}
