package org.clustersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clustersim.model.Param;
import org.clustersim.scenario.yaml.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps and command-line overrides: the grid is the full factorial, a list takes its points, a
 * Latin hypercube puts exactly one point in each of its n strata per parameter, and
 * {@code --set} overrides any value with errors reported at the override.
 */
class SweepTest {
    @TempDir
    Path tmp;

    private Scenario load(String sweep, List<String> sets) throws IOException, ScenarioException {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "extends: " + Path.of("scenarios/impose-vs-propose.yaml").toAbsolutePath() + "\n" + sweep);
        return ScenarioLoader.load(f, sets);
    }

    @Test
    void gridIsTheFullFactorialTimesVariants() throws Exception {
        Scenario s = load("sweep:\n  parameters:\n    trust_gain: [0.03, 0.06]\n"
                + "    alliance_threshold: {min: 0.3, max: 0.7, steps: 3}\n", List.of());
        assertEquals(2 * 3 * 2, s.variants().size());
        assertEquals("propose[trust_gain=0.03;alliance_threshold=0.3]", s.variants().get(0).name());
        assertEquals("impose[trust_gain=0.06;alliance_threshold=0.7]", s.variants().get(11).name());
        assertEquals(0.5, s.variants().get(2).config().parameters().get(Param.ALLIANCE_THRESHOLD), 1e-12);
    }

    @Test
    void listTakesTheGivenPoints() throws Exception {
        Scenario s = load("sweep:\n  design: list\n  points:\n    - {trust_gain: 0.02}\n    - {trust_gain: 0.1, scar: 0}\n",
                List.of());
        assertEquals(4, s.variants().size());
        assertEquals(0.0, s.variants().get(3).config().parameters().get(Param.SCAR), 1e-12);
    }

    @Test
    void latinHypercubeHasOnePointPerStratum() throws Exception {
        Scenario s = load("sweep:\n  design: lhs\n  samples: 8\n  parameters:\n"
                + "    trust_gain: {min: 0.0, max: 0.08}\n    trust_loss: {min: 0.1, max: 0.5}\n", List.of());
        assertEquals(16, s.variants().size());
        boolean[] gain = new boolean[8];
        boolean[] loss = new boolean[8];
        for (int i = 0; i < 16; i += 2) {
            var p = s.variants().get(i).config().parameters();
            gain[(int) Math.min(7, p.get(Param.TRUST_GAIN) / 0.01)] = true;
            loss[(int) Math.min(7, (p.get(Param.TRUST_LOSS) - 0.1) / 0.05)] = true;
        }
        for (int k = 0; k < 8; k++) {
            assertTrue(gain[k] && loss[k], "stratum " + k + " empty");
        }
        assertEquals(s.variants().get(0).name(), load("sweep:\n  design: lhs\n  samples: 8\n  parameters:\n"
                + "    trust_gain: {min: 0.0, max: 0.08}\n    trust_loss: {min: 0.1, max: 0.5}\n", List.of())
                .variants().get(0).name(), "the design depends on the seed only");
    }

    @Test
    void setOverridesAnyValueAndReportsItsOwnErrors() throws Exception {
        Scenario s = load("", List.of("parameters.trust_gain=0.1", "replications=7", "policy.preset=impose",
                "policy.instruments.control.intensity=0.4"));
        assertEquals(7, s.replications());
        var control = (org.clustersim.model.policy.Control) s.variants().get(0).config().policy().instruments("control").get(0);
        assertEquals(0.4, control.intensity(), 0.0, "a preset's instrument changed from the command line");
        assertEquals(0.1, s.variants().get(0).config().parameters().get(Param.TRUST_GAIN), 1e-12);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> load("", List.of("parameters.trust_gian=0.1")));
        assertEquals("--set parameters.trust_gian=0.1:1:12: unknown key 'trust_gian' in parameters;"
                + " did you mean 'trust_gain'?", e.problems().get(0).toString());
    }

    @Test
    void unknownSweepParameterIsReported() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> load("sweep:\n  parameters:\n    trust_gian: [0.1]\n", List.of()));
        assertTrue(e.getMessage().contains("s.yaml:4:5: unknown parameter 'trust_gian' in sweep; did you mean 'trust_gain'?"),
                e.getMessage());
    }
}
