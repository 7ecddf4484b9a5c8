package org.clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.clustersim.model.ActorKind;
import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.Site;
import org.clustersim.model.Tiny;
import org.clustersim.model.Policies;
import org.clustersim.model.policy.VocationalTraining;
import org.clustersim.model.policy.Window;
import org.clustersim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Checks reproducibility: the same configuration and seed give identical metric arrays, a
 * different seed gives different ones, and a run does not change its configuration (thread
 * independence is checked by ExperimentRunnerTest and, on whole files, by RunCommandTest).
 */
class DeterminismTest {

    private static ModelConfig mecanique() throws Exception {
        return ScenarioLoader.load(Path.of("scenarios", "mecanique.yaml")).variants().get(0).config();
    }

    @Test
    void sameSeedSameValuesDifferentSeedDifferentValues() throws Exception {
        ModelConfig config = mecanique();
        double[][] first = Replication.run(config, 12345L, 60).values();
        double[][] second = Replication.run(config, 12345L, 60).values();
        assertEquals(61, first.length, "step 0 plus 60 months");
        for (int s = 0; s < first.length; s++) {
            assertArrayEquals(first[s], second[s], 0.0, "step " + s);
        }
        double[][] other = Replication.run(config, 12346L, 60).values();
        assertFalse(Arrays.deepEquals(first, other), "another seed gives another run");
    }

    @Test
    void aRunLeavesTheConfigurationUnchanged() {
        // a training instrument changes what the run reads; the configuration's values must not move
        ModelConfig config = Tiny.builder()
                .group("artisan", ActorKind.ARTISAN, Site.BARDO, 3)
                .policy(Policies.none(1, null, null, List.of(), List.of(ActorKind.ARTISAN),
                        new VocationalTraining(Window.from(2), 0.9, 0.8)))
                .config();
        Parameters before = config.parameters();
        Replication r = Replication.run(config, 1L, 3);
        r.finalModel().params().set(Param.TRAINING_EFFORT, 0.5);
        assertEquals(0.9, r.finalModel().inForce().trainingEffort(0), 0.0);
        assertEquals(0.8, r.finalModel().inForce().tradeAttractiveness(0), 0.0);
        assertEquals(before, config.parameters());
        assertEquals(Param.TRAINING_EFFORT.defaultValue(), config.parameters().get(Param.TRAINING_EFFORT), 0.0);
    }
}
