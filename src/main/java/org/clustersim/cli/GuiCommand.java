package org.clustersim.cli;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.clustersim.gui.ClusterWithUI;
import org.clustersim.gui.ScenarioChooser;
import org.clustersim.experiment.SeedDerivation;
import org.clustersim.model.ClusterModel;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import sim.display.Console;

/**
 * {@code clustersim gui [FILE.yaml]}: opens MASON's console on a scenario's first variant, with
 * the network display, the live charts, the levers in the Model tab and a scenario chooser; the
 * run starts paused at month 0, so that the initial network shows before play is pressed.
 * The console starts with the scenario's seed and does not change it between runs, so that a
 * lever can be compared on one seed; it pauses at the scenario's last month. Returns when the
 * console is closed.
 */
@Command(name = "gui", description = "Open the MASON console on a scenario (needs a display).")
final class GuiCommand implements Callable<Integer> {
    static final String DEFAULT_SCENARIO = "scenarios/dinanderie.yaml";
    /** A pause between months, so that a class can follow the network as it changes. */
    static final long PLAY_SLEEP_MS = 60;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "scenario to open (default: " + DEFAULT_SCENARIO + ")")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("clustersim gui needs a display (try xvfb-run -a ./clustersim gui)");
            return Main.BAD_INPUT;
        }
        Path home = Path.of(System.getProperty("clustersim.home", "."));
        Path f = file != null ? file : home.resolve(DEFAULT_SCENARIO);
        Scenario scenario = ScenarioLoader.load(f);
        CountDownLatch closed = new CountDownLatch(1);
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                open(scenario, home.resolve("scenarios"), closed);
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        closed.await();
        return Main.OK;
    }

    private static void open(Scenario scenario, Path folder, CountDownLatch closed) throws Exception {
        // Replication 1 of the first variant, so the window shows a run the command line also makes.
        String variant = scenario.variants().get(0).name();
        ClusterModel model = new ClusterModel(SeedDerivation.seed(scenario.seed(), variant, 1),
                scenario.variants().get(0).config());
        ClusterWithUI gui = new ClusterWithUI(model, scenario.steps());
        Console console = new Console(gui);
        console.setIncrementSeedOnStop(false);
        console.setPlaySleep(PLAY_SLEEP_MS);
        ScenarioChooser chooser = new ScenarioChooser(console, gui, folder, scenario);
        JFrame choice = chooser.frame();
        choice.setLocation(0, 640);
        console.registerFrame(choice);
        choice.setVisible(true);
        console.setBounds(1017, 590, 583, 410);
        console.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closed.countDown();
            }
        });
        console.setVisible(true);
        console.pressPause();
    }
}
