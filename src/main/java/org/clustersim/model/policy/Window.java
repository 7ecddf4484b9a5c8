package org.clustersim.model.policy;

/**
 * The months during which an instrument is in force, both ends included: from {@code start}
 * (1 is the first month) to {@code end}, or for the rest of the run when {@code end} is
 * {@link #OPEN}.
 *
 * @param start first month in force, at least 1
 * @param end   last month in force, at least {@code start}, or {@link #OPEN}
 */
public record Window(int start, int end) {
    /** No end: in force until the run stops. */
    public static final int OPEN = Integer.MAX_VALUE;

    public Window {
        if (start < 1) {
            throw new IllegalArgumentException("start must be at least 1, got " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end must not come before start " + start + ", got " + end);
        }
    }

    /** From {@code start} for the rest of the run. */
    public static Window from(int start) {
        return new Window(start, OPEN);
    }

    public boolean contains(int month) {
        return month >= start && month <= end;
    }

    /** Whether the window has an end. */
    public boolean isBounded() {
        return end != OPEN;
    }

    @Override
    public String toString() {
        return "months " + start + (isBounded() ? "-" + end : "+");
    }
}
