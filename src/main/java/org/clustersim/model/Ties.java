package org.clustersim.model;

import java.util.Arrays;

/**
 * One actor's directed trust in the actors it knows: a sparse, growable table of parallel
 * primitive arrays (partner id, trust, ceiling). Only acquaintances are stored, so memory grows
 * with the number of ties, not with the square of the population. The ceiling is the highest
 * trust the partner can regain: each betrayal lowers it for good (a lasting scar). Entries keep
 * insertion order, except that a removal moves the last entry into the freed slot; both are
 * deterministic in a seeded run. Lookups scan small tables
 * and use an open-addressing index (linear probing) once a table holds {@value #INDEXED_FROM}
 * ties or more, so that hubs with hundreds of ties cost O(1) per lookup.
 */
public final class Ties {
    private static final int INITIAL_CAPACITY = 8;
    static final int INDEXED_FROM = 16;

    private int size;
    private int[] partner = new int[INITIAL_CAPACITY];
    private double[] trust = new double[INITIAL_CAPACITY];
    private double[] ceiling = new double[INITIAL_CAPACITY];
    /** partner id + 1 at a slot, 0 when empty; null until needed or after a removal. */
    private int[] slotKey;
    private int[] slotIndex;

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
        if (slotKey == null) {
            rebuildIndex();
        }
        int mask = slotKey.length - 1;
        for (int s = mix(id) & mask; slotKey[s] != 0; s = (s + 1) & mask) {
            if (slotKey[s] == id + 1) {
                return slotIndex[s];
            }
        }
        return -1;
    }

    private void rebuildIndex() {
        int cap = Integer.highestOneBit(Math.max(INDEXED_FROM, partner.length) * 4);
        slotKey = new int[cap];
        slotIndex = new int[cap];
        for (int k = 0; k < size; k++) {
            insert(partner[k], k);
        }
    }

    private void insert(int id, int index) {
        int mask = slotKey.length - 1;
        int s = mix(id) & mask;
        while (slotKey[s] != 0) {
            s = (s + 1) & mask;
        }
        slotKey[s] = id + 1;
        slotIndex[s] = index;
    }

    private static int mix(int id) {
        return id * 0x9E3779B1;
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
        if (slotKey != null) {
            if (size * 2 >= slotKey.length) {
                slotKey = null;
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
        slotKey = null;
        size--;
        partner[index] = partner[size];
        trust[index] = trust[size];
        ceiling[index] = ceiling[size];
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
