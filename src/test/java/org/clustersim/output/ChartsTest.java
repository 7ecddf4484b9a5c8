package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.clustersim.stats.Band;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    @TempDir
    Path dir;

    /** Two variants over three months; the last point of "b" has no interval (NA). */
    private static List<Band> bands() {
        return List.of(
                new Band("a", "cooperation_rate", new int[] {0, 1, 2},
                        new double[] {0.2, 0.3, 0.4}, new double[] {0.1, 0.2, 0.3}, new double[] {0.3, 0.4, 0.5}),
                new Band("b", "cooperation_rate", new int[] {0, 1, 2},
                        new double[] {0.5, 0.6, 0.7}, new double[] {0.45, 0.55, Double.NaN},
                        new double[] {0.55, 0.65, Double.NaN}),
                new Band("a", "cohesion", new int[] {0, 1, 2},
                        new double[] {1, 2, 3}, new double[] {0.5, 1.5, 2.5}, new double[] {1.5, 2.5, 3.5}),
                new Band("b", "cohesion", new int[] {0, 1, 2},
                        new double[] {2, 2, 2}, new double[] {1, 1, 1}, new double[] {3, 3, 3}));
    }

    @Test
    void timeSeriesChartWritesPngSvgAndPlottedData() throws IOException {
        Path base = dir.resolve("coop");
        Charts.timeSeriesWithBands(bands().subList(0, 2), "Cooperation", true, base);
        assertImage(dir.resolve("coop.png"));
        assertSvg(dir.resolve("coop.svg"));
        assertEquals("variant,metric,step,mean,ci_low,ci_high\n"
                + "a,cooperation_rate,0,0.2,0.1,0.3\n"
                + "a,cooperation_rate,1,0.3,0.2,0.4\n"
                + "a,cooperation_rate,2,0.4,0.3,0.5\n"
                + "b,cooperation_rate,0,0.5,0.45,0.55\n"
                + "b,cooperation_rate,1,0.6,0.55,0.65\n"
                + "b,cooperation_rate,2,0.7,NA,NA\n", Files.readString(dir.resolve("coop.csv")));
    }

    @Test
    void keyFigureHasBothPanelsData() throws IOException {
        Path base = dir.resolve("key");
        Charts.keyFigure(bands(), "Key figure", new Charts.Panel("cooperation_rate", true),
                new Charts.Panel("cohesion", false), base);
        assertImage(dir.resolve("key.png"));
        assertSvg(dir.resolve("key.svg"));
        List<String> lines = Files.readAllLines(dir.resolve("key.csv"));
        assertEquals(13, lines.size());
        assertEquals("a,cohesion,0,1,0.5,1.5", lines.get(7));
    }

    @Test
    void outputIsByteDeterministic() throws IOException {
        Charts.timeSeriesWithBands(bands(), "Both", false, dir.resolve("one"));
        Charts.timeSeriesWithBands(bands(), "Both", false, dir.resolve("two"));
        for (String ext : List.of(".png", ".svg", ".csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one" + ext)), Files.readAllBytes(dir.resolve("two" + ext)), ext);
        }
    }

    private static void assertImage(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 2, "colours: " + colours.size());
    }

    private static void assertSvg(Path svg) throws IOException {
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"), text.substring(0, 40));
        assertTrue(text.contains("</svg>"));
        assertFalse(text.contains("\r"));
    }
}
