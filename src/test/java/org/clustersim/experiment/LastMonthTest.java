package org.clustersim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clustersim.model.ModelConfig;
import org.clustersim.model.Param;
import org.clustersim.model.Parameters;
import org.clustersim.model.TestConfigs;
import org.junit.jupiter.api.Test;

/**
 * {@link Replication#lastMonth} observes once, at the end, and its row is the last row of the
 * same run observed every month: observing never touches the model (the explorations rely on it).
 */
class LastMonthTest {
    @Test
    void theLastRowIsTheSameAsAFullyObservedRunsLastRow() {
        for (String preset : new String[] {"propose", "impose"}) {
            ModelConfig c = TestConfigs.mechanical(preset, 20);
            Parameters p = c.parameters();
            p.set(Param.OBSERVE_EVERY, 6);
            ModelConfig config = c.withParameters(p);
            double[][] full = Replication.run(config, 99, 40).values();
            double[][] last = Replication.lastMonth(config, 99, 40).values();
            assertEquals(1, last.length);
            assertArrayEquals(full[full.length - 1], last[0], preset);
        }
    }
}
