package org.clustersim.gui;

import java.awt.FlowLayout;
import java.util.Hashtable;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * The lesson window's run buttons, in words rather than MASON's icons: play (month after month),
 * one month at a time, pause, stop, reset (back to month 0, paused, same seed), and a speed
 * slider that sets the console's pause between months.
 */
final class RunControls {
    /** The pause between months at each position of the speed slider, slowest first, in ms. */
    static final long[] SLEEPS = {800, 400, 200, 100, 60, 20, 0};
    /** The slider's starting position: 60 ms a month, slow enough to follow the network. */
    static final int DEFAULT_SPEED = 4;

    private final JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
    private final JButton play = new JButton("Play");
    private final JButton step = new JButton("Month by month");
    private final JSlider speed = new JSlider(0, SLEEPS.length - 1, DEFAULT_SPEED);

    RunControls(ClassroomConsole console) {
        play.setToolTipText("Runs month after month until you pause or the scenario's last month");
        play.addActionListener(e -> console.pressPlay());
        step.setToolTipText("Advances one month and pauses, to look at each change");
        step.addActionListener(e -> console.stepMonth());
        JButton pause = new JButton("Pause");
        pause.setToolTipText("Pauses the run; press again (or Play) to go on");
        pause.addActionListener(e -> console.pressPause());
        JButton stop = new JButton("Stop");
        stop.setToolTipText("Ends the run; the charts keep it as a faint line when the next one starts");
        stop.addActionListener(e -> console.pressStop());
        JButton reset = new JButton("Reset");
        reset.setToolTipText("Back to month 0, paused, with the same seed and the levers as set");
        reset.addActionListener(e -> console.reset());
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        labels.put(0, new JLabel("slow"));
        labels.put(SLEEPS.length - 1, new JLabel("fast"));
        speed.setLabelTable(labels);
        speed.setPaintLabels(true);
        speed.setSnapToTicks(true);
        speed.setToolTipText("Speed: the pause between two months");
        speed.addChangeListener(e -> console.setPlaySleep(SLEEPS[speed.getValue()]));
        console.setPlaySleep(SLEEPS[DEFAULT_SPEED]);
        panel.add(play);
        panel.add(step);
        panel.add(pause);
        panel.add(stop);
        panel.add(reset);
        panel.add(new JLabel(" Speed"));
        panel.add(speed);
    }

    JPanel panel() { return panel; }

    JButton play() { return play; }

    JButton step() { return step; }
}
