package org.clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.clustersim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clustersim gui FILE --screenshot OUT.png --months N}: the command the documentation's pictures come from. */
class ScreenshotCommandTest {
    @Test
    void screenshotRunsTheMonthsAndWritesAPictureOfEveryWindow(@TempDir Path dir) throws Exception {
        GuiHarness.assumeDisplay();
        Path png = dir.resolve("gui.png");
        int code = Main.execute("gui", "scenarios/dinanderie.yaml", "--screenshot", png.toString(), "--months", "12",
                "--compare", "propose,impose");
        assertEquals(Main.OK, code);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 1200 && image.getHeight() > 800, image.getWidth() + "x" + image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a near-blank picture: " + colours.size() + " colours");
    }

    @Test
    void anUnknownMixIsABadUsage(@TempDir Path dir) {
        GuiHarness.assumeDisplay();
        int code = Main.execute("gui", "scenarios/dinanderie.yaml", "--screenshot", dir.resolve("x.png").toString(),
                "--compare", "propose,nonsense");
        assertEquals(Main.BAD_INPUT, code);
    }

    @Test
    void monthsWithoutAScreenshotIsABadUsage() {
        assertEquals(Main.BAD_INPUT, Main.execute("gui", "--months", "3"));
    }
}
