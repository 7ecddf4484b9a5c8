package org.clustersim.experiment;

import java.io.PrintStream;

/**
 * Progress on stderr. On a terminal, a bar redrawn in place (at most ten times a second); when
 * stderr is a file or a pipe, one line at each tenth of the runs so that logs stay readable;
 * nothing at all when quiet.
 */
public final class Progress {
    private static final int BAR = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int lastTenth;

    private Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Progress to {@code out}, drawn as a bar when the JVM has a terminal. */
    public static Progress to(PrintStream out) { return new Progress(out, System.console() != null); }

    public static Progress silent() { return new Progress(null, false); }

    public void advance(int done, int total) {
        if (out == null) {
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw >= REDRAW_NANOS || done == total) {
                lastDraw = now;
                int filled = (int) ((long) BAR * done / total);
                out.printf("\r  [%s%s] %3d%%  %d/%d runs  %.1f s", "#".repeat(filled), ".".repeat(BAR - filled),
                        100L * done / total, done, total, seconds);
            }
            return;
        }
        int tenth = (int) (10L * done / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            out.printf("  %3d%%  %d/%d runs  %.1f s%n", tenth * 10, done, total, seconds);
        }
    }

    /** Ends the bar's line. */
    public void finish() {
        if (out != null && terminal) {
            out.println();
        }
    }
}
