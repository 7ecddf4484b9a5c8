package org.clustersim.model;

/**
 * A bilateral alliance between two firms (a joint order, a subcontracting contract), formed when
 * trust both ways passes the alliance threshold. It lasts {@code alliance_duration} months
 * unless one partner defects, which breaks it.
 */
public final class Alliance {
    private final Actor a;
    private final Actor b;
    private final int startMonth;
    private boolean ended;

    public Alliance(Actor a, Actor b, int startMonth) {
        this.a = a;
        this.b = b;
        this.startMonth = startMonth;
    }

    public Actor a() { return a; }
    public Actor b() { return b; }
    public int startMonth() { return startMonth; }
    public boolean isEnded() { return ended; }
    public void end() { ended = true; }

    /** Whether this alliance binds the two given actors, in either order. */
    public boolean binds(Actor x, Actor y) {
        return (a == x && b == y) || (a == y && b == x);
    }
}
