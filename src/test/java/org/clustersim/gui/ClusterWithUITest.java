package org.clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.clustersim.model.ActorKind;
import org.clustersim.output.Palette;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Display2D;

/** The GUI on the copper-craft scenario: the display draws the network, the charts receive data. */
class ClusterWithUITest {
    private static final int MONTHS = 24;
    private GuiHarness h;

    @AfterEach
    void close() throws Exception {
        if (h != null) {
            h.dispose();
        }
    }

    @Test
    void displayDrawsTheNetworkInKindColours(@TempDir Path dir) throws Exception {
        h = GuiHarness.open("dinanderie.yaml");
        h.start();
        h.run(MONTHS);
        File png = dir.resolve("display.png").toFile();
        h.gui.display().takeSnapshot(png, Display2D.TYPE_PNG);
        BufferedImage image = ImageIO.read(png);
        Set<Integer> colours = new HashSet<>();
        int artisanPixels = 0;
        int artisan = Palette.kindColor(ActorKind.ARTISAN).getRGB() & 0xFFFFFF;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb == artisan) {
                    artisanPixels++;
                }
            }
        }
        assertTrue(colours.size() >= 8, "a near-blank display: " + colours.size() + " colours");
        assertTrue(artisanPixels > 60 * 20, "the 60 artisans should be drawn, found " + artisanPixels + " pixels");
    }

    @Test
    void chartsReceiveOnePointPerMonth() throws Exception {
        h = GuiHarness.open("dinanderie.yaml");
        h.start();
        h.run(MONTHS);
        LiveCharts charts = h.gui.charts();
        assertEquals(LiveCharts.TRENDS.size(), charts.trends().getSeriesCount());
        for (int k = 0; k < charts.trends().getSeriesCount(); k++) {
            XYSeries s = charts.trends().getSeries(k);
            assertEquals(MONTHS + 1, s.getItemCount(), s.getKey() + " points");
            assertEquals(MONTHS, s.getMaxX());
        }
        assertEquals(MONTHS + 1, charts.stage().getItemCount());
    }

    @Test
    void restartClearsTheChartsAndKeepsTheLevers() throws Exception {
        h = GuiHarness.open("dinanderie.yaml");
        h.start();
        h.run(5);
        ((Levers) h.gui.getSimulationInspectedObject()).setTurnoverPeriod(6);
        h.start();
        h.run(3);
        assertEquals(4, h.gui.charts().stage().getItemCount());
        assertEquals(6, ((Levers) h.gui.getSimulationInspectedObject()).getTurnoverPeriod());
    }

    @Test
    void networkFieldsHoldEveryActorAndOnlyTrustedTies() throws Exception {
        h = GuiHarness.open("mecanique.yaml");
        h.start();
        h.run(MONTHS);
        NetworkFields f = h.gui.fields();
        assertEquals(h.model.actors().size(), f.actors().getAllObjects().numObjs);
        assertTrue(f.ties().getAllNodes().numObjs > 0);
        for (Object node : f.ties().getAllNodes()) {
            for (Object e : f.ties().getEdgesOut(node)) {
                double trust = (Double) ((sim.field.network.Edge) e).info;
                assertTrue(trust >= NetworkFields.SHOWN_TRUST, "edge of trust " + trust);
            }
        }
    }

    @Test
    void aboutPageIsShipped() {
        assertInstanceOf(java.net.URL.class, ClusterWithUI.getInfo());
    }
}
