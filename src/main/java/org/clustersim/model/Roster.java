package org.clustersim.model;

import java.util.Arrays;

/**
 * The per-actor facts that the hot loops read for every tie (is the partner active, a member,
 * where does it sit, of what kind), in primitive arrays indexed by actor id. Scanning an
 * actor's ties then touches one small array instead of each partner's object: at 100,000 actors
 * the partners' objects do not fit in the processor's cache, these arrays do (a data-oriented
 * layout, as in MASON's own fields of primitives). Whether an actor is active is held here only;
 * {@link Actor#setMembership} keeps the member bit in step with the actor's membership.
 */
public final class Roster {
    private static final int ACTIVE = 1;
    private static final int MEMBER = 2;
    private static final int SITE_SHIFT = 2;
    private static final ActorKind[] KINDS = ActorKind.values();

    /** Bit 0 active, bit 1 member, bits 2-4 the site: partner choice reads one byte per tie. */
    private byte[] state = new byte[64];
    private byte[] kind = new byte[64];
    private int size;

    void add(int id, ActorKind k, Site s) {
        if (id >= state.length) {
            int n = Math.max(id + 1, state.length * 2);
            state = Arrays.copyOf(state, n);
            kind = Arrays.copyOf(kind, n);
        }
        state[id] = (byte) (s.ordinal() << SITE_SHIFT);
        kind[id] = (byte) k.ordinal();
        size = Math.max(size, id + 1);
    }

    void clear() {
        Arrays.fill(state, 0, size, (byte) 0);
        size = 0;
    }

    void setActive(int id, boolean v) { set(id, ACTIVE, v); }

    void setMember(int id, boolean v) { set(id, MEMBER, v); }

    private void set(int id, int bit, boolean v) {
        state[id] = (byte) (v ? state[id] | bit : state[id] & ~bit);
    }

    public boolean isActive(int id) { return (state[id] & ACTIVE) != 0; }

    /** Active and a member of the cluster. */
    public boolean isActiveMember(int id) { return (state[id] & (ACTIVE | MEMBER)) == (ACTIVE | MEMBER); }

    public boolean isMember(int id) { return (state[id] & MEMBER) != 0; }

    /** The site's ordinal, for tables indexed by site. */
    public int siteOrdinal(int id) { return state[id] >>> SITE_SHIFT; }

    public ActorKind kind(int id) { return KINDS[kind[id]]; }
}
