package org.clustersim.model;

import java.util.Arrays;

/**
 * One actor's directed trust in the actors it knows: a sparse, growable table of parallel
 * primitive arrays (partner id, trust, ceiling). Only acquaintances are stored, so memory grows
 * with the number of ties, not with the square of the population. The ceiling is the highest
 * trust the partner can regain: each betrayal lowers it for good (a lasting scar). Entries keep
 * insertion order, except that a removal moves the last entry into the freed slot; both are
 * deterministic in a seeded run.
 *
 * <p>Lookups scan tables of fewer than {@value #INDEXED_FROM} ties, whose partner ids fit in a
 * few cache lines, and use an open-addressing index (linear probing, key and position side by
 * side in one array so that a lookup costs one cache miss) for larger ones, so that hubs with
 * thousands of ties cost O(1) per lookup. Removals delete from the index in place.
 */
public final class Ties {
    private static final int INITIAL_CAPACITY = 8;
    static final int INDEXED_FROM = 16;

    private int size;
    private int[] partner = new int[INITIAL_CAPACITY];
    private double[] trust = new double[INITIAL_CAPACITY];
    private double[] ceiling = new double[INITIAL_CAPACITY];
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

    /** Adds a tie (the caller checks it is new) and returns its index. */
    public int add(int id, double initialTrust) {
        if (size == partner.length) {
            int n = size * 2;
            partner = Arrays.copyOf(partner, n);
            trust = Arrays.copyOf(trust, n);
            ceiling = Arrays.copyOf(ceiling, n);
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

    /** Forgets the tie at {@code index}; the last entry takes its place. */
    public void removeAt(int index) {
        if (slots != null) {
            unindex(partner[index]);
            if (index != size - 1) {
                slots[2 * slotOf(partner[size - 1]) + 1] = index;
            }
        }
        size--;
        partner[index] = partner[size];
        trust[index] = trust[size];
        ceiling[index] = ceiling[size];
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
