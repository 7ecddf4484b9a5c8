package org.clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clustersim.experiment.Replication;
import org.clustersim.metrics.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sim.display.Console;

/**
 * The GUI must not change the dynamics: with its observer scheduled, the same scenario and seed
 * give, month by month, the same metric rows as a headless {@link Replication}.
 */
class GuiDeterminismTest {
    private static final int MONTHS = 36;
    private GuiHarness h;

    @AfterEach
    void close() throws Exception {
        if (h != null) {
            h.dispose();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dinanderie.yaml", "mecanique.yaml"})
    void steppedByHandMatchesHeadless(String file) throws Exception {
        h = GuiHarness.open(file);
        h.start();
        List<double[]> gui = h.run(MONTHS);
        double[][] headless = Replication.run(h.scenario.variants().get(0).config(), h.scenario.seed(), MONTHS).values();
        for (int month = 0; month <= MONTHS; month++) {
            assertArrayEquals(headless[month], gui.get(month), 0.0, "month " + month + " of " + file);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mecanique.yaml"})
    void playedByTheConsoleMatchesHeadless(String file) throws Exception {
        h = GuiHarness.open(file, MONTHS);
        Console c = h.console;
        c.pressPlay();
        long deadline = System.currentTimeMillis() + 60_000;
        while ((c.getPlayState() != Console.PS_PAUSED || h.model.schedule.getSteps() < MONTHS)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(MONTHS, h.model.schedule.getSteps());
        double[] gui;
        synchronized (h.model.schedule) {
            gui = Metrics.observe(h.model);
        }
        c.pressStop();
        double[][] headless = Replication.run(h.scenario.variants().get(0).config(), h.scenario.seed(), MONTHS).values();
        assertArrayEquals(headless[MONTHS], gui, 0.0);
        assertTrue(h.gui.charts().stage().getItemCount() > 0);
    }
}
