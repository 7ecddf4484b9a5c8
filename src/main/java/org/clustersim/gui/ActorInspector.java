package org.clustersim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import org.clustersim.output.Palette;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The inspector of an actor: MASON's list of its properties, and below it its trust in every
 * actor it knows as a bar list, most trusted first: a bar in the other's kind colour for this
 * actor's trust in it, a thin grey bar under it for the trust back, and the two numbers. The
 * bars follow the run month by month, as the properties do.
 */
final class ActorInspector extends Inspector {
    static final int ROW = 17;
    private static final int NAME_WIDTH = 150;
    private static final int BAR_WIDTH = 160;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color BACK = new Color(0x888888);

    private final SimpleInspector properties;
    private final ActorView actor;
    private final Bars bars = new Bars();
    private List<ActorView.TrustLine> lines;

    ActorInspector(ActorView actor, GUIState gui) {
        this.actor = actor;
        this.properties = new SimpleInspector(actor, gui);
        lines = actor.trustLines();
        setLayout(new BorderLayout(0, 4));
        add(properties, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(bars);
        scroll.setBorder(BorderFactory.createTitledBorder("Trust in others (bar) and back (grey line)"));
        scroll.setPreferredSize(new Dimension(NAME_WIDTH + BAR_WIDTH + 110, 12 * ROW + 30));
        add(scroll, BorderLayout.CENTER);
    }

    /** The lines drawn, most trusted first. */
    List<ActorView.TrustLine> lines() { return lines; }

    @Override
    public void updateInspector() {
        properties.updateInspector();
        lines = actor.trustLines();
        bars.revalidate();
        bars.repaint();
    }

    /** The bar list itself, one row per acquaintance. */
    private final class Bars extends JComponent {
        @Override
        public Dimension getPreferredSize() {
            return new Dimension(NAME_WIDTH + BAR_WIDTH + 90, Math.max(1, lines.size()) * ROW + 4);
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics;
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setFont(FONT);
            FontMetrics fm = g.getFontMetrics();
            int y = 2;
            for (ActorView.TrustLine l : lines) {
                g.setColor(l.gone() ? BACK : Color.BLACK);
                g.drawString(clip(l.name() + " (" + l.kind().key() + ")", fm), 4, y + fm.getAscent());
                int x = NAME_WIDTH;
                g.setColor(new Color(0xEEEEEE));
                g.fillRect(x, y + 2, BAR_WIDTH, 9);
                g.setColor(Palette.kindColor(l.kind()));
                g.fillRect(x, y + 2, (int) Math.round(BAR_WIDTH * l.trust()), 9);
                g.setColor(BACK);
                g.fillRect(x, y + 12, (int) Math.round(BAR_WIDTH * l.back()), 2);
                g.setColor(Color.BLACK);
                g.drawString(String.format(Locale.ROOT, "%.2f / %.2f", l.trust(), l.back()), x + BAR_WIDTH + 6,
                        y + fm.getAscent());
                y += ROW;
            }
        }

        private String clip(String s, FontMetrics fm) {
            String out = s;
            while (out.length() > 3 && fm.stringWidth(out) > NAME_WIDTH - 8) {
                out = out.substring(0, out.length() - 2);
            }
            return out.equals(s) ? s : out + "…";
        }
    }
}
