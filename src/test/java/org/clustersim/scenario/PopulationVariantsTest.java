package org.clustersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.clustersim.model.ActorSpec;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.scenario.yaml.Problem;
import org.clustersim.scenario.yaml.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Population edits inside variants and sweeps, through a rerun from the resolved tree, and in the
 * shipped what-ifs: each variant gets its own population, the base's stays whole.
 */
class PopulationVariantsTest {
    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        return PopulationEditsTest.whatIf(dir, text);
    }

    private static List<String> names(ModelConfig c) {
        return c.actors().stream().map(ActorSpec::name).toList();
    }

    @Test
    void aVariantRemovesTheCciAndTheOtherKeepsIt() throws Exception {
        Scenario s = ScenarioLoader.load(write("variants:\n  base: {}\n  no_cci:\n    actors: {remove: [CCI]}\n"));
        assertTrue(names(s.variant("base").config()).contains("CCI"));
        assertFalse(names(s.variant("no_cci").config()).contains("CCI"));
        assertEquals(19, s.variant("base").config().relations().size());
        assertEquals(11, s.variant("no_cci").config().relations().size());
        assertEquals(List.of("CCI"), s.variant("base").config().policy().coordinators());
        assertTrue(s.changes().stream().allMatch(c -> c.startsWith("variant no_cci: ")), s.changes().toString());
    }

    @Test
    void aSweepCrossesTheEditedVariantWithEveryPoint() throws Exception {
        Scenario s = ScenarioLoader.load(write("""
                variants:
                  base: {}
                  no_cci: {actors: {remove: [CCI]}}
                sweep:
                  design: grid
                  parameters:
                    trust_gain: {min: 0.03, max: 0.09, steps: 3}
                """));
        assertEquals(6, s.variants().size());
        for (Variant v : s.variants()) {
            assertEquals(v.name().startsWith("no_cci"), !names(v.config()).contains("CCI"), v.name());
        }
        assertNotEquals(s.variants().get(1).config().parameters().get(Param.TRUST_GAIN),
                s.variants().get(3).config().parameters().get(Param.TRUST_GAIN));
    }

    @Test
    void aVariantsRemovalIsReportedAtTheVariant() throws Exception {
        Path f = write("variants:\n  no_mim:\n    actors: {remove: [MIM]}\n");
        List<Problem> p = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f)).problems();
        assertEquals(1, p.size(), p.toString());
        assertEquals(new org.clustersim.scenario.yaml.Position(f.toString(), 4, 23), p.get(0).position());
    }

    @Test
    void theFilesEditsReachEveryVariantAndSurviveARerun() throws Exception {
        Scenario s = ScenarioLoader.load(write("""
                actors: {add: [{name: UNIV2, kind: university, site: city_centre}]}
                variants:
                  base: {}
                  no_cci: {actors: {remove: [CCI]}}
                """));
        s.variants().forEach(v -> assertTrue(names(v.config()).contains("UNIV2"), v.name()));
        Scenario again = ScenarioLoader.fromResolved(s.resolved(), dir.resolve("manifest.json"), List.of());
        for (int i = 0; i < s.variants().size(); i++) {
            assertEquals(s.variants().get(i).config(), again.variants().get(i).config());
        }
    }

    @Test
    void theShippedWhatIfsChangeWhatTheySay() throws Exception {
        Path folder = Path.of("scenarios", "what-if");
        ModelConfig[] noCci = pair(folder.resolve("no-cci.yaml"), "no_cci");
        assertEquals(names(noCci[0]).size() - 1, names(noCci[1]).size());
        assertFalse(names(noCci[1]).contains("CCI"));
        ModelConfig[] uni = pair(folder.resolve("university-from-start.yaml"), "university_from_start");
        assertFalse(uni[0].actors().stream().filter(a -> a.name().equals("UC3")).findFirst().orElseThrow().active());
        assertTrue(uni[1].actors().stream().filter(a -> a.name().equals("UC3")).findFirst().orElseThrow().active());
        assertEquals(uni[0].events().size() - 1, uni[1].events().size());
        ModelConfig[] wali = pair(folder.resolve("stable-wali.yaml"), "stable_wali");
        assertEquals(24, wali[0].parameters().getInt(Param.TURNOVER_PERIOD));
        assertEquals(0, wali[1].parameters().getInt(Param.TURNOVER_PERIOD));
        ModelConfig[] added = pair(folder.resolve("second-university.yaml"), "second_university");
        assertEquals(names(added[0]).size() + 1, names(added[1]).size());
        assertEquals(added[0].relations().size() + 3, added[1].relations().size());
    }

    /** The shipped what-if's two variants, base first; both with a description. */
    private static ModelConfig[] pair(Path file, String whatIf) throws Exception {
        Scenario s = ScenarioLoader.load(file);
        assertFalse(s.description().isBlank());
        assertEquals(List.of("base", whatIf), s.variants().stream().map(Variant::name).toList());
        return new ModelConfig[] {s.variant("base").config(), s.variant(whatIf).config()};
    }
}
