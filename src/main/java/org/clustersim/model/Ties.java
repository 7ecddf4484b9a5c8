package org.clustersim.model;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * One actor's directed trust in the actors it knows: a sparse, growable table of parallel
 * primitive arrays (partner id, trust, ceiling, mirror). Only acquaintances are stored, so memory grows
 * with the number of ties, not with the square of the population. The ceiling is the highest
 * trust the partner can regain: each betrayal lowers it for good (a lasting scar). Entries keep
 * insertion order, except that a removal moves the last entry into the freed slot; both are
 * deterministic in a seeded run.
 *
 * <p>Ties exist both ways or not at all, and each entry keeps the position of its mirror, the same
 * tie in the partner's table (the twin pointers of a half-edge structure; de Berg et al.,
 * <i>Computational Geometry</i>, 2008, ch. 2). An encounter then reaches the partner's trust in
 * one step instead of a lookup in the partner's index: in a large population that index is not
 * in the processor's cache, and the lookup was the most frequent memory stall. {@link #link} and
 * {@link #unlink} are the only ways to change the set of ties, so the mirrors cannot go stale.
 *
 * <p>Lookups scan tables of fewer than {@value #INDEXED_FROM} ties, whose partner ids fit in
 * four cache lines read in order, and use an open-addressing index (linear probing, key and
 * position side by side in one array so that a lookup costs one cache miss) for larger ones, so
 * that hubs with thousands of ties cost O(1) per lookup. Removals delete from the index in place.
 * The threshold was 16: at 30,000 actors the indexes of the typical table (about 50 ties) held
 * 40% of the model's int arrays, and inserting into them when two strangers met was 12% of the
 * profile; at 64 the live heap is a fifth smaller (83 against 105 MB) for the same speed.
 */
public final class Ties {
    private static final int INITIAL_CAPACITY = 8;
    static final int INDEXED_FROM = 64;

    private int size;
    private int[] partner = new int[INITIAL_CAPACITY];
    private double[] trust = new double[INITIAL_CAPACITY];
    private double[] ceiling = new double[INITIAL_CAPACITY];
    /** The position of the same tie in the partner's table. */
    private int[] mirror = new int[INITIAL_CAPACITY];
    /**
     * The index: slot s holds partner id + 1 at {@code 2s} (0 when empty) and the tie's position
     * at {@code 2s + 1}; null until the table first reaches {@value #INDEXED_FROM} ties.
     */
    private int[] slots;
    /** 32 minus log2 of the number of slots: a slot is the hash's high bits. */
    private int shift;

    public int size() { return size; }

    public int partner(int index) { return partner[index]; }

    public double trust(int index) { return trust[index]; }

    public double ceiling(int index) { return ceiling[index]; }

    /** The position of the tie at {@code index} in its partner's table. */
    public int mirror(int index) { return mirror[index]; }

    /** Index of the tie to {@code id}, or -1 when unknown. */
    public int indexOf(int id) {
        if (size < INDEXED_FROM) {
            for (int k = 0; k < size; k++) {
                if (partner[k] == id) {
                    return k;
                }
            }
            return -1;
        }
        if (slots == null) {
            rebuildIndex();
        }
        int mask = (slots.length >> 1) - 1;
        for (int s = home(id); slots[2 * s] != 0; s = (s + 1) & mask) {
            if (slots[2 * s] == id + 1) {
                return slots[2 * s + 1];
            }
        }
        return -1;
    }

    /** Trust in {@code id}, or -1 when this actor does not know it. */
    public double trustIn(int id) {
        int k = indexOf(id);
        return k < 0 ? -1 : trust[k];
    }

    /**
     * Makes actors {@code aId} and {@code bId}, whose tables are {@code a} and {@code b}, acquainted
     * (the caller checks they were not) and returns the tie's index in {@code a}.
     */
    public static int link(Ties a, int aId, Ties b, int bId, double trustAB, double trustBA) {
        int ka = a.add(bId, trustAB);
        int kb = b.add(aId, trustBA);
        a.mirror[ka] = kb;
        b.mirror[kb] = ka;
        return ka;
    }

    /**
     * Forgets the tie at {@code ka} in {@code a} both ways; {@code b} is the partner's table and
     * {@code tables} gives any actor's, to repoint the mirrors of the entries that removal moves.
     */
    public static void unlink(Ties a, int ka, Ties b, IntFunction<Ties> tables) {
        int kb = a.mirror[ka];
        a.removeAt(ka, tables);
        // A table holds one tie to a given partner, so the entry moved in a was not b's partner a:
        // b's entries, kb included, are where they were.
        b.removeAt(kb, tables);
    }

    private int add(int id, double initialTrust) {
        if (size == partner.length) {
            int n = size * 2;
            partner = Arrays.copyOf(partner, n);
            trust = Arrays.copyOf(trust, n);
            ceiling = Arrays.copyOf(ceiling, n);
            mirror = Arrays.copyOf(mirror, n);
        }
        partner[size] = id;
        trust[size] = clamp(initialTrust);
        ceiling[size] = 1.0;
        if (slots != null) {
            // Rebuilt, twice as large, when the next lookup needs it: the load stays below 1/2.
            if (size * 4 >= slots.length) {
                slots = null;
            } else {
                insert(id, size);
            }
        }
        return size++;
    }

    /** Sets trust, kept within [0, ceiling]. */
    public void setTrust(int index, double value) {
        trust[index] = Math.min(clamp(value), ceiling[index]);
    }

    /** Lowers the ceiling (a scar) and trust with it if needed. */
    public void setCeiling(int index, double value) {
        ceiling[index] = clamp(value);
        trust[index] = Math.min(trust[index], ceiling[index]);
    }

    /** Forgets the tie at {@code index}; the last entry takes its place and its mirror follows. */
    private void removeAt(int index, IntFunction<Ties> tables) {
        int last = size - 1;
        if (slots != null) {
            unindex(partner[index]);
            if (index != last) {
                slots[2 * slotOf(partner[last]) + 1] = index;
            }
        }
        if (index != last) {
            tables.apply(partner[last]).mirror[mirror[last]] = index;
        }
        size = last;
        partner[index] = partner[last];
        trust[index] = trust[last];
        ceiling[index] = ceiling[last];
        mirror[index] = mirror[last];
    }

    private void rebuildIndex() {
        int capacity = Integer.highestOneBit(Math.max(INDEXED_FROM, size) * 4);
        slots = new int[2 * capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (int k = 0; k < size; k++) {
            insert(partner[k], k);
        }
    }

    private void insert(int id, int index) {
        int mask = (slots.length >> 1) - 1;
        int s = home(id);
        while (slots[2 * s] != 0) {
            s = (s + 1) & mask;
        }
        slots[2 * s] = id + 1;
        slots[2 * s + 1] = index;
    }

    private int slotOf(int id) {
        int mask = (slots.length >> 1) - 1;
        int s = home(id);
        while (slots[2 * s] != id + 1) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /**
     * Deletes a key from the linear-probing index by backward shift (Knuth, TAOCP vol. 3,
     * algorithm 6.4 R), so that removals keep the index valid instead of forcing a rebuild:
     * a hub whose ties lapse every month would otherwise rebuild it at O(degree) per removal.
     */
    private void unindex(int id) {
        int mask = (slots.length >> 1) - 1;
        int hole = slotOf(id);
        for (int s = (hole + 1) & mask; slots[2 * s] != 0; s = (s + 1) & mask) {
            int home = home(slots[2 * s] - 1);
            // The entry at s may fill the hole when its home is not cyclically within (hole, s].
            if (((s - home) & mask) >= ((s - hole) & mask)) {
                slots[2 * hole] = slots[2 * s];
                slots[2 * hole + 1] = slots[2 * s + 1];
                hole = s;
            }
        }
        slots[2 * hole] = 0;
        slots[2 * hole + 1] = 0;
    }

    /**
     * Fibonacci hashing (Knuth, TAOCP vol. 3, 6.4): the high bits of id times 2^32/phi, which
     * spread ids that differ by a multiple of the table's length, as the low bits would not.
     */
    private int home(int id) {
        return (id * 0x9E3779B9) >>> shift;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
