package org.clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.clustersim.experiment.Replication;
import org.clustersim.experiment.SeedDerivation;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.ClusterModel;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import sim.display.Console;

/**
 * The whole teaching GUI as a class uses it: play plays from the first press, the month-by-month
 * button steps, the compare button runs two mixes on the console's seed, and the displays follow
 * a reset and a change of scenario.
 */
class ClassroomTest {
    /** Generous: the play thread pauses 60 ms a month, so 12 months take about a second. */
    private static final long PATIENCE_MS = 30_000;
    private Classroom room;

    @AfterEach
    void close() throws Exception {
        if (room != null) {
            SwingUtilities.invokeAndWait(room::dispose);
        }
    }

    private void open(String file) throws Exception {
        GuiHarness.assumeDisplay();
        Scenario s = ScenarioLoader.load(Path.of("scenarios", file));
        Classroom[] opened = new Classroom[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                opened[0] = Classroom.open(s, Path.of("scenarios"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        room = opened[0];
    }

    private ClusterModel model() {
        return room.gui().model();
    }

    @Test
    void onePressOfPlayRunsMonthAfterMonth() throws Exception {
        open("dinanderie.yaml");
        assertEquals(Console.PS_PAUSED, room.console().getPlayState(), "the GUI opens paused at month 0");
        SwingUtilities.invokeAndWait(room.console()::pressPlay);
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (model().schedule.getSteps() <= 12 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(model().schedule.getSteps() > 12, "month " + model().schedule.getSteps() + " after one press");
        SwingUtilities.invokeAndWait(room.console()::pressPause);
        long paused = model().schedule.getSteps();
        SwingUtilities.invokeAndWait(room.console()::stepMonth);
        assertEquals(paused + 1, model().schedule.getSteps(), "month by month: one month a press");
        assertEquals(Console.PS_PAUSED, room.console().getPlayState());
        SwingUtilities.invokeAndWait(room.console()::pressPlay);
        Thread.sleep(500);
        assertTrue(model().schedule.getSteps() > paused + 2, "play resumes a paused run, it does not step it");
        SwingUtilities.invokeAndWait(room.console()::pressStop);
    }

    @Test
    void theWindowsRunIsReplicationOneOfTheFirstVariant() throws Exception {
        open("lesson/impose-or-propose-copper.yaml");
        Scenario s = ScenarioLoader.load(Path.of("scenarios", "lesson/impose-or-propose-copper.yaml"));
        long seed = SeedDerivation.seed(s.seed(), "propose", 1);
        assertTrue(seed != (int) seed, "a seed beyond 32 bits, which MASON's console would cut");
        assertEquals(seed, room.gui().seed());
        room.runMonths(12);
        double[][] headless = Replication.run(s.variant("propose").config(), seed, 12).values();
        assertArrayEquals(headless[12], Metrics.observe(model()), 0.0);
    }

    @Test
    void resetGoesBackToMonthZeroWithTheRunAsAGhost() throws Exception {
        open("dinanderie.yaml");
        room.runMonths(6);
        SwingUtilities.invokeAndWait(() -> room.gui().levers().setDecree(true));
        SwingUtilities.invokeAndWait(room.console()::reset);
        GuiHarness.flushSwing();
        assertEquals(0, model().schedule.getSteps());
        assertEquals(0, room.gui().fields().model().month(), "the network display shows month 0");
        LiveCharts charts = room.gui().charts();
        assertEquals(1, charts.stage().getItemCount(), "the new run's month 0");
        assertEquals(7, charts.ghostTrends().getSeries(0).getItemCount(), "the previous run's months 0 to 6");
        assertTrue(charts.ghostLabel().endsWith("previous run, dinanderie"), charts.ghostLabel());
        room.runMonths(2);
        SwingUtilities.invokeAndWait(room.console()::reset);
        GuiHarness.flushSwing();
        assertEquals(3, charts.ghostTrends().getSeries(0).getItemCount());
        assertTrue(charts.ghostLabel().endsWith("previous run, dinanderie with decree on"), charts.ghostLabel());
    }

    @Test
    void compareRunsTwoMixesOnTheConsolesSeed() throws Exception {
        open("mecanique.yaml");
        boolean[] found = new boolean[1];
        SwingUtilities.invokeAndWait(() -> found[0] = room.lesson().compare("propose", "impose"));
        assertTrue(found[0], "mixes: " + room.lesson().mixKeys());
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!room.lesson().compared() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        double[][][] results = room.lesson().compareView().results();
        assertEquals(2, results.length);
        assertEquals(room.gui().months() + 1, results[0].length);
        double[][] console = Replication.run(room.gui().scenario(), room.gui().seed(), room.gui().months()).values();
        assertArrayEquals(console[room.gui().months()], results[0][room.gui().months()], 0.0,
                "propose is the scenario's own policy: the same run as the console's on its seed");
        int members = Metrics.names().indexOf("members");
        assertEquals(1.0, results[1][30][members], 1e-9, "impose: a decree enrols every target firm at month 25");
        assertTrue(results[0][30][members] < 1.0);
        assertTrue(room.lesson().compareFrame().isVisible());
    }

    @Test
    void compareOffersTheVariantsOfALessonFileAndThePresets() throws Exception {
        open("lesson/brokers.yaml");
        assertEquals(java.util.List.of(PolicyMix.CURRENT, "without_cci", "with_cci", "none", "propose", "impose"),
                room.lesson().mixKeys());
        SwingUtilities.invokeAndWait(() -> assertFalse(room.lesson().compare("propose", "nonsense")));
    }
}
