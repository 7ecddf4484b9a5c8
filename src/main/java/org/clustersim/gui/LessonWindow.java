package org.clustersim.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
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

/**
 * The lesson window: a menu of the shipped scenarios ({@code scenarios/*.yaml}, then the lesson's,
 * {@code scenarios/lesson/*.yaml}), the {@link RunControls}, and the compare row: two policy mixes
 * of the open scenario ({@link PolicyMix}) and a button that runs them side by side on the
 * console's seed ({@link CompareView}). Choosing a scenario stops the run, loads the file's first
 * variant (the levers go back to that scenario's values) and starts it paused at month 0; the
 * console's seed is kept, so that two scenarios can be compared on one seed.
 */
public final class LessonWindow {
    private final JFrame frame = new JFrame("clustersim: lesson");
    private final JComboBox<Path> menu;
    private final JLabel description = new JLabel();
    private final JComboBox<PolicyMix> mixA = new JComboBox<>();
    private final JComboBox<PolicyMix> mixB = new JComboBox<>();
    private final JButton compare = new JButton("Compare");
    private final CompareView compareView = new CompareView();
    private final ClassroomConsole console;
    private final ClusterWithUI gui;
    private Scenario scenario;

    /** A window over the scenario files of {@code folder} and its {@code lesson} folder, showing {@code current}. */
    public LessonWindow(ClassroomConsole console, ClusterWithUI gui, Path folder, Scenario current) throws IOException {
        this.console = console;
        this.gui = gui;
        this.scenario = current;
        List<Path> files = new ArrayList<>(shipped(folder));
        files.addAll(shipped(folder.resolve("lesson")));
        Path shown = files.stream().filter(f -> isSameFile(f, current.file())).findFirst().orElse(null);
        if (shown == null) {
            files.add(0, current.file());
            shown = current.file();
        }
        menu = new JComboBox<>(files.toArray(new Path[0]));
        menu.setRenderer(new FileNameRenderer(folder));
        menu.setSelectedItem(shown);
        menu.addActionListener(e -> choose((Path) menu.getSelectedItem()));
        compare.setToolTipText("Runs the two mixes on the console's seed, side by side, in a window of their own");
        compare.addActionListener(e -> pressCompare());
        describe();
        JPanel top = new JPanel(new BorderLayout(6, 6));
        top.add(new JLabel("Scenario:"), BorderLayout.WEST);
        top.add(menu, BorderLayout.CENTER);
        top.add(description, BorderLayout.SOUTH);
        JPanel comparing = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        comparing.add(new JLabel("Compare"));
        comparing.add(mixA);
        comparing.add(new JLabel("with"));
        comparing.add(mixB);
        comparing.add(compare);
        JPanel rows = new JPanel(new BorderLayout());
        rows.add(new RunControls(console).panel(), BorderLayout.NORTH);
        rows.add(comparing, BorderLayout.CENTER);
        JPanel panel = new JPanel(new BorderLayout(6, 6));
        panel.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        panel.add(top, BorderLayout.NORTH);
        panel.add(rows, BorderLayout.CENTER);
        frame.setContentPane(panel);
        frame.setSize(1000, 210);
    }

    public JFrame frame() { return frame; }

    /** The window the compare button fills. */
    public JFrame compareFrame() { return compareView.frame(); }

    CompareView compareView() { return compareView; }

    /** True once the compare window shows its two runs. */
    public boolean compared() {
        return compareView.results() != null;
    }

    /**
     * Chooses the mixes named {@code a} and {@code b} (keys of {@link PolicyMix}: "levers", a
     * variant, or a preset) and presses compare; false if the open scenario has no such mix.
     */
    public boolean compare(String a, String b) {
        PolicyMix left = PolicyMix.find(items(mixA), a);
        PolicyMix right = PolicyMix.find(items(mixB), b);
        if (left == null || right == null) {
            return false;
        }
        mixA.setSelectedItem(left);
        mixB.setSelectedItem(right);
        pressCompare();
        return true;
    }

    /** The keys of the mixes the open scenario offers, in menu order. */
    public List<String> mixKeys() {
        return items(mixA).stream().map(PolicyMix::key).toList();
    }

    void pressCompare() {
        PolicyMix a = (PolicyMix) mixA.getSelectedItem();
        PolicyMix b = (PolicyMix) mixB.getSelectedItem();
        // "As the levers set it now" is read at the press, not when the menu was filled.
        a = a.key().equals(PolicyMix.CURRENT) ? current() : a;
        b = b.key().equals(PolicyMix.CURRENT) ? current() : b;
        compareView.frame().setLocation(frame.getX(), Math.max(0, frame.getY() - 560));
        compareView.compare(a, b, gui.seed(), gui.months(), scenario.name());
    }

    private PolicyMix current() {
        return new PolicyMix(PolicyMix.CURRENT, "as the levers set it now", gui.levers().applyTo(gui.scenario()));
    }

    private void choose(Path file) {
        if (file == null || isSameFile(file, scenario.file())) {
            return;
        }
        Scenario s;
        try {
            s = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(frame, e.getMessage(), "clustersim: invalid scenario",
                    JOptionPane.ERROR_MESSAGE);
            menu.setSelectedItem(scenario.file());
            return;
        }
        scenario = s;
        console.pressStop();
        gui.useScenario(s.name(), s.variants().get(0).config(), s.steps());
        console.pressPause();
        describe();
    }

    /** Shows the scenario's description and fills the compare menus with its mixes. */
    private void describe() {
        Scenario s = scenario;
        String first = s.variants().size() > 1 ? " (first variant: " + s.variants().get(0).name() + ")" : "";
        description.setText("<html>" + escape(s.description().strip()) + escape(first) + "</html>");
        List<PolicyMix> mixes = PolicyMix.of(s, s.variants().get(0).config());
        mixA.removeAllItems();
        mixB.removeAllItems();
        for (PolicyMix m : mixes) {
            mixA.addItem(m);
            mixB.addItem(m);
        }
        // By default the paper's contrast, or the file's first two variants.
        List<String> keys = mixes.stream().map(PolicyMix::key).toList();
        boolean variants = s.variants().size() > 1;
        mixA.setSelectedIndex(variants ? 1 : Math.max(0, keys.indexOf("propose")));
        mixB.setSelectedIndex(variants ? 2 : Math.max(0, keys.indexOf("impose")));
    }

    private static List<PolicyMix> items(JComboBox<PolicyMix> box) {
        List<PolicyMix> out = new ArrayList<>();
        for (int i = 0; i < box.getItemCount(); i++) {
            out.add(box.getItemAt(i));
        }
        return out;
    }

    private static List<Path> shipped(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ScenarioLoader::isScenarioFile).sorted().toList();
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Shows a path by its name under the scenarios folder ("lesson/charter.yaml"). */
    private static final class FileNameRenderer extends DefaultListCellRenderer {
        private final Path folder;

        FileNameRenderer(Path folder) {
            this.folder = folder.toAbsolutePath().normalize();
        }

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                boolean focus) {
            Object name = value;
            if (value instanceof Path p) {
                Path abs = p.toAbsolutePath().normalize();
                name = abs.startsWith(folder) ? folder.relativize(abs).toString() : p.getFileName().toString();
            }
            return super.getListCellRendererComponent(list, name, index, selected, focus);
        }
    }

    /** HTML 3.2 entities: what Swing's HTML renderer knows. */
    private static String escape(String s) {
        return StringEscapeUtils.escapeHtml3(s);
    }
}
