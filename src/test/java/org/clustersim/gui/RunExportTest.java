package org.clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.clustersim.experiment.Replication;
import org.clustersim.format.Num;
import org.clustersim.metrics.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File &gt; Export writes the run shown as a results folder's timeseries.csv would, and the charts as PNG. */
class RunExportTest {
    private static final int MONTHS = 10;
    private GuiHarness h;

    @AfterEach
    void close() throws Exception {
        if (h != null) {
            h.dispose();
        }
    }

    @Test
    void exportWritesTheRunsRowsAndAPictureOfTheCharts(@TempDir Path dir) throws Exception {
        h = GuiHarness.open("dinanderie.yaml");
        h.start();
        h.run(MONTHS);
        Exception[] failed = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                new RunExport(h.gui).write(dir);
            } catch (Exception e) {
                failed[0] = e;
            }
        });
        assertEquals(null, failed[0]);
        List<String> lines = Files.readAllLines(dir.resolve(RunExport.CSV));
        assertEquals("variant,replication,seed,step," + String.join(",", Metrics.names()), lines.get(0));
        assertEquals(MONTHS + 2, lines.size(), "a header and months 0 to " + MONTHS);
        double[][] headless = Replication.run(h.scenario.variants().get(0).config(), h.scenario.seed(), MONTHS)
                .values();
        String[] last = lines.get(MONTHS + 1).split(",");
        assertEquals("scenario", last[0], "the run's label");
        assertEquals(Long.toString(h.scenario.seed()), last[2]);
        assertEquals(Integer.toString(MONTHS), last[3]);
        for (int m = 0; m < Metrics.names().size(); m++) {
            assertEquals(Num.format(headless[MONTHS][m]), last[4 + m], Metrics.names().get(m));
        }
        BufferedImage png = ImageIO.read(dir.resolve(RunExport.PNG).toFile());
        assertEquals(1200, png.getWidth());
        assertTrue(png.getRGB(600, 40) != png.getRGB(5, 5) || png.getRGB(600, 500) != png.getRGB(5, 5),
                "a blank picture");
    }
}
