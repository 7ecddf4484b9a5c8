package org.clustersim.experiment;

import java.io.PrintStream;

/**
 * Progress on stderr: one line at each tenth of the runs, so that logs stay readable when
 * stderr is a file; nothing at all when quiet.
 */
public final class Progress {
    private final PrintStream out;
    private final long start = System.nanoTime();
    private int lastTenth;

    private Progress(PrintStream out) {
        this.out = out;
    }

    public static Progress to(PrintStream out) { return new Progress(out); }

    public static Progress silent() { return new Progress(null); }

    public void advance(int done, int total) {
        if (out == null) {
            return;
        }
        int tenth = (int) (10L * done / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            out.printf("  %3d%%  %d/%d runs  %.1f s%n", tenth * 10, done, total, (System.nanoTime() - start) / 1e9);
        }
    }
}
