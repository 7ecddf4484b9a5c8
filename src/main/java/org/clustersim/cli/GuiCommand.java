package org.clustersim.cli;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.clustersim.gui.Classroom;
import org.clustersim.gui.WindowShot;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clustersim gui [FILE.yaml]}: opens MASON's console on a scenario's first variant, with
 * the network display, the live charts, the levers in the Model tab and the lesson window
 * ({@link Classroom}); returns when the console is closed. With {@code --screenshot OUT.png} it
 * runs {@code --months} months instead, optionally presses compare, writes a picture of every
 * window and exits: the pictures of the documentation are made this way, under any display.
 */
@Command(name = "gui", description = "Open the MASON console on a scenario (needs a display, e.g. xvfb-run).")
final class GuiCommand implements Callable<Integer> {
    static final String DEFAULT_SCENARIO = "scenarios/dinanderie.yaml";
    /** How long a screenshot waits for the compare window's two runs. */
    private static final long COMPARE_TIMEOUT_MS = 120_000;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "scenario to open (default: " + DEFAULT_SCENARIO + ")")
    Path file;

    @Option(names = "--screenshot", paramLabel = "OUT.png",
            description = "run --months months, write a picture of every window to OUT.png and exit")
    Path screenshot;

    @Option(names = "--months", paramLabel = "N", description = "months to run before the screenshot (default: 0)")
    int months;

    @Option(names = "--compare", paramLabel = "A,B", split = ",",
            description = "before the screenshot, compare two policy mixes (levers, a variant, none, propose, impose)")
    String[] compare;

    @Override
    public Integer call() throws Exception {
        String bad = checkOptions();
        if (bad != null) {
            System.err.println("clustersim gui: " + bad);
            return Main.BAD_INPUT;
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("clustersim gui needs a display (try xvfb-run -a ./clustersim gui)");
            return Main.BAD_INPUT;
        }
        Path home = Path.of(System.getProperty("clustersim.home", "."));
        Scenario scenario = ScenarioLoader.load(file != null ? file : home.resolve(DEFAULT_SCENARIO));
        Classroom[] opened = new Classroom[1];
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                opened[0] = Classroom.open(scenario, home.resolve("scenarios"));
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        Classroom room = opened[0];
        return screenshot != null ? screenshot(room) : untilClosed(room);
    }

    private String checkOptions() {
        if (months < 0 || months > ScenarioLoader.MAX_STEPS) {
            return "--months must be between 0 and " + ScenarioLoader.MAX_STEPS + ", got " + months;
        }
        if (screenshot == null && (months > 0 || compare != null)) {
            return "--months and --compare go with --screenshot";
        }
        if (compare != null && compare.length != 2) {
            return "--compare takes two mixes, A,B";
        }
        return null;
    }

    private static int untilClosed(Classroom room) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        room.console().addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closed.countDown();
            }
        });
        closed.await();
        return Main.OK;
    }

    private int screenshot(Classroom room) throws Exception {
        try {
            SwingUtilities.invokeAndWait(room::showLevers);
            room.runMonths(months);
            if (compare != null) {
                boolean[] found = new boolean[1];
                SwingUtilities.invokeAndWait(() -> found[0] = room.lesson().compare(compare[0], compare[1]));
                if (!found[0]) {
                    System.err.println("clustersim gui: --compare: this scenario's mixes are "
                            + String.join(", ", room.lesson().mixKeys()));
                    return Main.BAD_INPUT;
                }
                long deadline = System.currentTimeMillis() + COMPARE_TIMEOUT_MS;
                while (!room.lesson().compared() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
                SwingUtilities.invokeAndWait(() -> { });
            }
            IOException[] failed = new IOException[1];
            SwingUtilities.invokeAndWait(() -> {
                try {
                    WindowShot.write(room.windows(), screenshot);
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                System.err.println("clustersim gui: cannot write " + screenshot + ": " + RunCommand.reason(failed[0]));
                return Main.FAILURE;
            }
            System.err.println("clustersim gui: wrote " + screenshot + " at month " + months);
            return Main.OK;
        } finally {
            SwingUtilities.invokeAndWait(room::dispose);
        }
    }
}
