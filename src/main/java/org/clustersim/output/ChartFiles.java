package org.clustersim.output;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;


import org.clustersim.output.Charts;
import org.clustersim.output.PngWriter;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Writes one drawing as {@code base.png} and {@code base.svg}, both {@link Charts#WIDTH} x
 * {@link Charts#HEIGHT}, from the same drawing code, so the two always show the same picture. The
 * SVG id prefix is fixed, so output is byte-identical from run to run. Also holds the fonts shared
 * by the Java2D figures, sized to stay readable at 1000x600.
 */
public final class ChartFiles {

    /** Something that draws itself on a white canvas of the given size. */
    @FunctionalInterface
    public interface Painter {
        void paint(Graphics2D g, int width, int height);
    }

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Font LABEL_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    public static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartFiles() {
    }

    /** Writes a JFreeChart. */
    public static void write(JFreeChart chart, Path base) throws IOException {
        write(base, (g, w, h) -> chart.draw(g, new Rectangle(0, 0, w, h)));
    }

    /** Writes a Java2D drawing. */
    public static void write(Path base, Painter painter) throws IOException {
        int w = Charts.WIDTH;
        int h = Charts.HEIGHT;
        String name = base.getFileName().toString();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        prepare(g, w, h);
        painter.paint(g, w, h);
        g.dispose();
        PngWriter.write(image, base.resolveSibling(name + ".png"));

        SVGGraphics2D svg = new SVGGraphics2D(w, h);
        // JFreeSVG's default id prefix contains System.nanoTime(); fix it for byte-identical files.
        svg.setDefsKeyPrefix("clustersim");
        prepare(svg, w, h);
        painter.paint(svg, w, h);
        SVGUtils.writeToSVG(base.resolveSibling(name + ".svg").toFile(), svg.getSVGElement());
    }

    private static void prepare(Graphics2D g, int w, int h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, w, h);
    }

    /** Draws {@code text} centred on x with its baseline at y. */
    public static void centred(Graphics2D g, String text, double x, double y) {
        g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
    }

    /** Draws the chart title and an optional subtitle centred at the top, as JFreeChart does. */
    public static void title(Graphics2D g, int width, String title, String subtitle) {
        g.setPaint(Color.BLACK);
        g.setFont(TITLE);
        centred(g, title, width / 2.0, 24);
        if (subtitle != null) {
            g.setFont(SUBTITLE);
            g.setPaint(new Color(0x444444));
            centred(g, subtitle, width / 2.0, 44);
        }
    }
}
