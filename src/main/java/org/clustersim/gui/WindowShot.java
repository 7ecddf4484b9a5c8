package org.clustersim.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.swing.RootPaneContainer;
import org.clustersim.output.PngWriter;

/**
 * A picture of a set of windows as they lie on the screen, each painted by Swing itself (not read
 * back from the screen), so that it works under any display, a virtual one included, and with
 * windows partly off screen or covered. Windows are painted in the order given, the last on top.
 */
public final class WindowShot {
    private static final Color BACKDROP = new Color(0x3C3F41);

    private WindowShot() {
    }

    /** The windows painted into one image spanning them all. Call on Swing's thread. */
    public static BufferedImage capture(List<? extends Window> windows) {
        Rectangle all = null;
        for (Window w : windows) {
            all = all == null ? w.getBounds() : all.union(w.getBounds());
        }
        if (all == null) {
            throw new IllegalArgumentException("no window to capture");
        }
        BufferedImage image = new BufferedImage(all.width, all.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BACKDROP);
        g.fillRect(0, 0, all.width, all.height);
        for (Window w : windows) {
            // The root pane, as on a screen without window decorations (a virtual display).
            Component content = w instanceof RootPaneContainer r ? r.getRootPane() : w;
            int x = w.getX() + (content == w ? 0 : content.getX());
            int y = w.getY() + (content == w ? 0 : content.getY());
            Graphics2D inner = (Graphics2D) g.create(x - all.x, y - all.y, content.getWidth(), content.getHeight());
            content.printAll(inner);
            inner.dispose();
        }
        g.dispose();
        return image;
    }

    /** Writes {@link #capture} of {@code windows} to {@code file} as PNG. Call on Swing's thread. */
    public static void write(List<? extends Window> windows, Path file) throws IOException {
        PngWriter.write(capture(windows), file);
    }
}
