package org.clustersim.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import org.apache.commons.text.StringEscapeUtils;
import org.clustersim.scenario.Scenario;
import org.clustersim.scenario.ScenarioLoader;
import org.clustersim.scenario.yaml.ScenarioException;
import sim.display.Console;

/**
 * A small window with a menu of the shipped scenarios ({@code scenarios/*.yaml}). Choosing one
 * stops the run, loads the file's first variant into the GUI (the levers go back to that
 * scenario's values) and starts it paused at month 0, ready to play. The console's seed is kept,
 * so that two scenarios can be compared on one seed.
 */
public final class ScenarioChooser {
    private final JFrame frame = new JFrame("clustersim: scenario");
    private final JComboBox<Path> menu;
    private final JLabel description = new JLabel();
    private final Console console;
    private final ClusterWithUI gui;
    private Path current;

    /** A chooser over the YAML files of {@code folder}, showing {@code current} first. */
    public ScenarioChooser(Console console, ClusterWithUI gui, Path folder, Scenario current) throws IOException {
        this.console = console;
        this.gui = gui;
        this.current = current.file();
        List<Path> files = new ArrayList<>(shipped(folder));
        Path shown = files.stream().filter(f -> isSameFile(f, this.current)).findFirst().orElse(null);
        if (shown == null) {
            files.add(0, this.current);
            shown = this.current;
        }
        menu = new JComboBox<>(files.toArray(new Path[0]));
        menu.setRenderer(new FileNameRenderer());
        menu.setSelectedItem(shown);
        describe(current);
        menu.addActionListener(e -> choose((Path) menu.getSelectedItem()));
        JPanel panel = new JPanel(new BorderLayout(6, 6));
        panel.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        panel.add(new JLabel("Scenario:"), BorderLayout.WEST);
        panel.add(menu, BorderLayout.CENTER);
        panel.add(description, BorderLayout.SOUTH);
        frame.setContentPane(panel);
        frame.setSize(460, 150);
    }

    public JFrame frame() { return frame; }

    private void choose(Path file) {
        if (file == null || isSameFile(file, current)) {
            return;
        }
        Scenario s;
        try {
            s = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(frame, e.getMessage(), "clustersim: invalid scenario", JOptionPane.ERROR_MESSAGE);
            menu.setSelectedItem(current);
            return;
        }
        current = file;
        describe(s);
        console.pressStop();
        gui.useScenario(s.variants().get(0).config(), s.steps());
        console.pressPause();
    }

    private void describe(Scenario s) {
        String first = s.variants().size() > 1 ? " (first variant: " + s.variants().get(0).name() + ")" : "";
        description.setText("<html>" + escape(s.description().strip()) + escape(first) + "</html>");
    }

    private static List<Path> shipped(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ScenarioLoader::isScenarioFile).sorted().toList();
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Shows a path by its file name. */
    private static final class FileNameRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                boolean focus) {
            Object name = value instanceof Path p ? p.getFileName().toString() : value;
            return super.getListCellRendererComponent(list, name, index, selected, focus);
        }
    }

    /** HTML 3.2 entities: what Swing's HTML renderer knows. */
    private static String escape(String s) {
        return StringEscapeUtils.escapeHtml3(s);
    }
}
