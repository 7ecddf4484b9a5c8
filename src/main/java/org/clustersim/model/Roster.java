package org.clustersim.model;

import java.util.Arrays;

/**
 * The per-actor facts that the hot loops read for every tie (is the partner active, a member,
 * where does it sit, of what kind), in primitive arrays indexed by actor id. Scanning an
 * actor's ties then touches one small array instead of each partner's object: at 100,000 actors
 * the partners' objects do not fit in the processor's cache, these arrays do (a data-oriented
 * layout, as in MASON's own fields of primitives). {@link Actor}'s setters keep it up to date,
 * so it is never out of step with the actors' own state.
 */
public final class Roster {
    private static final byte ACTIVE = 1;
    private static final byte MEMBER = 2;
    private static final Site[] SITES = Site.values();
    private static final ActorKind[] KINDS = ActorKind.values();

    private byte[] flags = new byte[64];
    private byte[] site = new byte[64];
    private byte[] kind = new byte[64];
    private int size;

    void add(int id, ActorKind k, Site s) {
        if (id >= flags.length) {
            int n = Math.max(id + 1, flags.length * 2);
            flags = Arrays.copyOf(flags, n);
            site = Arrays.copyOf(site, n);
            kind = Arrays.copyOf(kind, n);
        }
        site[id] = (byte) s.ordinal();
        kind[id] = (byte) k.ordinal();
        size = Math.max(size, id + 1);
    }

    void clear() {
        Arrays.fill(flags, 0, size, (byte) 0);
        size = 0;
    }

    void setActive(int id, boolean v) { set(id, ACTIVE, v); }

    void setMember(int id, boolean v) { set(id, MEMBER, v); }

    private void set(int id, byte bit, boolean v) {
        flags[id] = (byte) (v ? flags[id] | bit : flags[id] & ~bit);
    }

    public boolean isActive(int id) { return (flags[id] & ACTIVE) != 0; }

    /** Active and a member of the cluster. */
    public boolean isActiveMember(int id) { return flags[id] == (ACTIVE | MEMBER); }

    public boolean isMember(int id) { return (flags[id] & MEMBER) != 0; }

    /** The site's ordinal, for tables indexed by site. */
    public int siteOrdinal(int id) { return site[id]; }

    public Site site(int id) { return SITES[site[id]]; }

    public ActorKind kind(int id) { return KINDS[kind[id]]; }
}
