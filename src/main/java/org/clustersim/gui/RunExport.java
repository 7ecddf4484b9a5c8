package org.clustersim.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import org.clustersim.format.RunKey;
import org.clustersim.metrics.Metrics;
import org.clustersim.output.PngWriter;
import org.clustersim.output.TimeseriesWriter;
import org.clustersim.stats.RunSeries;
import sim.display.Console;

/**
 * File &gt; Export of the console: the run shown, so that students can analyse it in a
 * spreadsheet. Into a chosen folder it writes {@code timeseries.csv}, with the columns and
 * number format of a results folder's ({@link TimeseriesWriter}; the variant column holds the
 * run's label, the seed column the console's seed), and the charts as {@code charts.png}.
 */
final class RunExport {
    static final String CSV = "timeseries.csv";
    static final String PNG = "charts.png";
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 1000;

    private final ClusterWithUI gui;

    RunExport(ClusterWithUI gui) {
        this.gui = gui;
    }

    /** Adds "Export..." to the console's File menu. */
    void addTo(Console console) {
        JMenuItem item = new JMenuItem("Export run (CSV and PNG)...");
        item.addActionListener(e -> choose(console));
        JMenu file = console.getJMenuBar().getMenu(0);
        file.addSeparator();
        file.add(item);
    }

    /** Writes the two files into {@code folder}, replacing any of the same names. Call on Swing's thread. */
    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<double[]> rows = gui.charts().rows();
        RunKey key = new RunKey(gui.runLabel(), 1, gui.seed());
        try (TimeseriesWriter w = new TimeseriesWriter(folder.resolve(CSV), Metrics.names())) {
            w.write(new RunSeries(key, Metrics.names(), rows.toArray(new double[0][])));
        }
        BufferedImage charts = gui.charts().chart().createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB,
                null);
        PngWriter.write(charts, folder.resolve(PNG));
    }

    private void choose(Console console) {
        JFileChooser chooser = new JFileChooser(Path.of("").toAbsolutePath().toFile());
        chooser.setDialogTitle("Export the run into a folder (" + CSV + ", " + PNG + ")");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showSaveDialog(console) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path folder = chooser.getSelectedFile().toPath();
        if ((Files.exists(folder.resolve(CSV)) || Files.exists(folder.resolve(PNG)))
                && JOptionPane.showConfirmDialog(console, folder + " already holds an export; replace it?",
                "clustersim: export", JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        try {
            write(folder);
            JOptionPane.showMessageDialog(console, "Wrote " + folder.resolve(CSV) + " and " + PNG + ".");
        } catch (IOException e) {
            JOptionPane.showMessageDialog(console, "Could not export: " + e.getMessage(), "clustersim: export",
                    JOptionPane.ERROR_MESSAGE);
        }
    }
}
