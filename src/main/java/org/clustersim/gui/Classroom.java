package org.clustersim.gui;

import java.awt.Window;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.clustersim.experiment.SeedDerivation;
import org.clustersim.model.ClusterModel;
import org.clustersim.scenario.Scenario;

/**
 * The whole teaching GUI on one scenario: the model, its {@link ClusterWithUI}, the
 * {@link ClassroomConsole} and the {@link LessonWindow}, laid out for a 1600 x 1000 screen. The
 * run opens paused at month 0, so that the initial network shows before play is pressed. Build
 * and use it on Swing's thread, except {@link #runMonths}, which steps the model as the console's
 * play thread would.
 */
public final class Classroom {
    private final ClusterWithUI gui;
    private final ClassroomConsole console;
    private final LessonWindow lesson;

    private Classroom(ClusterWithUI gui, ClassroomConsole console, LessonWindow lesson) {
        this.gui = gui;
        this.console = console;
        this.lesson = lesson;
    }

    /**
     * Opens the GUI on {@code scenario}'s first variant with the seed of its replication 1, so that
     * the window shows a run the command line also makes; {@code folder} holds the scenarios the
     * lesson window offers.
     */
    public static Classroom open(Scenario scenario, Path folder) throws IOException {
        String variant = scenario.variants().get(0).name();
        long seed = SeedDerivation.seed(scenario.seed(), variant, 1);
        ClusterModel model = new ClusterModel(seed, scenario.variants().get(0).config());
        ClusterWithUI gui = new ClusterWithUI(model, seed, scenario.name(), scenario.steps());
        ClassroomConsole console = new ClassroomConsole(gui);
        LessonWindow lesson = new LessonWindow(console, gui, folder, scenario);
        JFrame window = lesson.frame();
        window.setLocation(0, 620);
        console.registerFrame(window);
        window.setVisible(true);
        console.registerFrame(lesson.compareFrame());
        new RunExport(gui).addTo(console);
        console.setBounds(1017, 590, 583, 410);
        console.setVisible(true);
        console.pressPause();
        return new Classroom(gui, console, lesson);
    }

    public ClassroomConsole console() { return console; }

    ClusterWithUI gui() { return gui; }

    public LessonWindow lesson() { return lesson; }

    /**
     * Steps {@code months} months from a paused run, as the month-by-month button does, so that
     * every display (the console's month included) follows. Call off Swing's thread.
     */
    public void runMonths(int months) throws Exception {
        for (int k = 0; k < months; k++) {
            SwingUtilities.invokeAndWait(console::stepMonth);
        }
        SwingUtilities.invokeAndWait(() -> { });
    }

    /** Every window shown, the console last. */
    public List<Window> windows() {
        List<Window> shown = new ArrayList<>();
        for (Object f : console.getAllFrames()) {
            if (((Window) f).isVisible()) {
                shown.add((Window) f);
            }
        }
        shown.add(console);
        return shown;
    }

    /** Brings the console's Model tab, with the levers, to the front. */
    public void showLevers() {
        javax.swing.JTabbedPane tabs = console.getTabPane();
        int model = tabs.indexOfTab("Model");
        if (model >= 0) {
            tabs.setSelectedIndex(model);
        }
    }

    /** Hides and releases every window, without closing the console (which would exit the JVM). */
    public void dispose() {
        for (Object f : console.getAllFrames()) {
            ((Window) f).dispose();
        }
        console.dispose();
    }
}
