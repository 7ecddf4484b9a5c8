package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PNG writer: ImageIO reads back every pixel, and the same image gives the same bytes. */
class PngWriterTest {
    @TempDir
    Path dir;

    @Test
    void imageIoReadsBackEveryPixel() throws Exception {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        SplittableRandom r = new SplittableRandom(5);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // Runs of flat colour, as in charts, and arbitrary pixels, which exercise the Sub filter's wrap-around.
                image.setRGB(x, y, x < 10 ? 0xFFFFFF : r.nextInt(0x1000000));
            }
        }
        Path file = dir.resolve("a.png");
        PngWriter.write(image, file);
        BufferedImage back = ImageIO.read(file.toFile());
        assertEquals(image.getWidth(), back.getWidth());
        assertEquals(image.getHeight(), back.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(image.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        Path again = dir.resolve("b.png");
        PngWriter.write(image, again);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
    }

    @Test
    void refusesImagesThatAreNotRgb() {
        BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        assertThrows(IllegalArgumentException.class, () -> PngWriter.write(argb, dir.resolve("c.png")));
    }
}
