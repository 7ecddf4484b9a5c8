package org.clustersim.gui;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.ImageIcon;
import sim.display.Console;
import sim.portrayal.Inspector;

/**
 * MASON's console as a class expects it (NetLogo's "go"): play runs month after month from the
 * first press, also when the run is paused, where MASON's own play button steps one month. The
 * month-by-month step stays available through {@link #stepMonth} (the lesson window's button).
 * Stop, a new start and a change of scenario refresh every display, so that the Model tab's
 * Stage and LastEvent never show a past run's values.
 */
public final class ClassroomConsole extends Console {
    private static final ImageIcon PLAY = icon("NotPlaying.png");
    private static final ImageIcon PLAY_PRESSED = icon("Playing.png");

    private final ClusterWithUI gui;

    /** A console on {@code gui}; the seed stays the same from one run to the next. */
    public ClassroomConsole(ClusterWithUI gui) {
        super(gui);
        this.gui = gui;
        setIncrementSeedOnStop(false);
        for (AbstractButton b : buttons(getContentPane())) {
            if (is(b, "NotPlaying.png")) {
                b.setToolTipText("Play: runs month after month until paused or the last month");
            }
        }
    }

    /** Plays continuously: from a stopped run it starts one, from a paused run it resumes. */
    @Override
    public synchronized void pressPlay() {
        if (getPlayState() == PS_PAUSED) {
            super.pressPause();
            showPlayIcon();
        } else {
            super.pressPlay();
        }
        refreshAll();
    }

    @Override
    public synchronized void pressPause() {
        super.pressPause();
        if (getPlayState() == PS_PAUSED) {
            showPlayIcon();
        }
        refreshAll();
    }

    @Override
    public synchronized void pressStop() {
        super.pressStop();
        refreshAll();
    }

    /**
     * One month, then paused (MASON's step): a playing run is paused first, a stopped one is
     * started, paused at month 0.
     */
    public synchronized void stepMonth() {
        if (getPlayState() != PS_PAUSED) {
            super.pressPause();
        }
        super.pressPlay();
        showPlayIcon();
        refreshAll();
    }

    /** Stops the run and starts it again from month 0, paused, with the same seed and levers. */
    public synchronized void reset() {
        super.pressStop();
        super.pressPause();
        showPlayIcon();
        refreshAll();
    }

    /** Redraws the displays and the Model tab from the model as it is now. */
    void refreshAll() {
        // While playing, the play thread owns the model and refreshes the displays each month.
        if (gui == null || getPlayState() == PS_PLAYING) {
            return;
        }
        Inspector model = getModelInspector();
        if (model != null) {
            model.updateInspector();
            model.repaint();
        }
        gui.refreshDisplays();
    }

    /** MASON shows its "step" icon on play while paused; here play plays, so it keeps its icon. */
    private void showPlayIcon() {
        for (AbstractButton b : buttons(getContentPane())) {
            if (is(b, "StepOff.png")) {
                b.setIcon(PLAY);
                b.setPressedIcon(PLAY_PRESSED);
            }
        }
    }

    /** MASON's button icons are not public: a button is known by its icon's file. */
    private static boolean is(AbstractButton b, String iconFile) {
        return b.getIcon() instanceof ImageIcon i && i.getDescription() != null
                && i.getDescription().endsWith("/" + iconFile);
    }

    private static ImageIcon icon(String file) {
        return new ImageIcon(Console.class.getResource(file));
    }

    private static List<AbstractButton> buttons(Container c) {
        List<AbstractButton> found = new ArrayList<>();
        for (Component child : c.getComponents()) {
            if (child instanceof AbstractButton b) {
                found.add(b);
            }
            if (child instanceof Container inner) {
                found.addAll(buttons(inner));
            }
        }
        return found;
    }
}
