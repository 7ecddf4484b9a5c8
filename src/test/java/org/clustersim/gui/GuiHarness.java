package org.clustersim.gui;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.ClusterModel;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * A GUI under test: the model, its {@link ClusterWithUI} and a console that is never shown nor
 * closed (closing the last console exits the JVM). Months are stepped by hand, as the console's
 * play thread does, so that tests are deterministic.
 */
final class GuiHarness {
    final Scenario scenario;
    final ClusterModel model;
    final ClusterWithUI gui;
    final Console console;
    private boolean started;

    private GuiHarness(Scenario scenario, ClusterModel model, ClusterWithUI gui, Console console) {
        this.scenario = scenario;
        this.model = model;
        this.gui = gui;
        this.console = console;
    }

    /** Skips the calling test when there is no display (plain {@code mvn verify}). */
    static void assumeDisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run to test the GUI");
    }

    /** Opens the GUI on a shipped scenario's first variant, with the scenario's seed and months. */
    static GuiHarness open(String scenarioFile) throws Exception {
        return open(scenarioFile, 0);
    }

    /** The same, the console pausing after {@code months} months (the scenario's when 0). */
    static GuiHarness open(String scenarioFile, int months) throws Exception {
        assumeDisplay();
        Scenario s = ScenarioLoader.load(Path.of("scenarios", scenarioFile));
        ClusterModel m = new ClusterModel(s.seed(), s.variants().get(0).config());
        ClusterWithUI gui = new ClusterWithUI(m, months > 0 ? months : s.steps());
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> console[0] = new ClassroomConsole(gui));
        return new GuiHarness(s, m, gui, console[0]);
    }

    /**
     * Starts a run the way the console does: the previous run finished, the seed set with
     * {@code setSeed(long)}, then start.
     */
    void start() throws Exception {
        if (started) {
            gui.finish();
        }
        started = true;
        model.setSeed(scenario.seed());
        SwingUtilities.invokeAndWait(gui::start);
    }

    /** Steps {@code months} months and returns the metric rows after each, starting with month 0. */
    List<double[]> run(int months) throws Exception {
        List<double[]> rows = new ArrayList<>();
        rows.add(Metrics.observe(model));
        for (int k = 0; k < months; k++) {
            synchronized (model.schedule) {
                gui.step();
            }
            rows.add(Metrics.observe(model));
        }
        flushSwing();
        return rows;
    }

    static void flushSwing() throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
    }

    /** Hides and releases the windows, without closing the console (which would exit the JVM). */
    void dispose() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            for (Object f : console.getAllFrames()) {
                ((java.awt.Window) f).dispose();
            }
            console.dispose();
        });
    }
}
