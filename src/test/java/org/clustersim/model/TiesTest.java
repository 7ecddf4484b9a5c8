package org.clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sparse tie tables: lookups agree with a reference map through links and unlinks, below and
 * above the size at which the hashed index takes over; every entry's mirror is the same tie in
 * the partner's table; trust stays within [0, ceiling].
 */
class TiesTest {
    /** Actor 0 is the hub whose table the tests follow; the others are its possible partners. */
    private final Ties[] tables = new Ties[301];

    TiesTest() {
        for (int id = 0; id < tables.length; id++) {
            tables[id] = new Ties();
        }
    }

    private void link(int a, int b, double trustAB) {
        Ties.link(tables[a], a, tables[b], b, trustAB, 1 - trustAB);
    }

    private void unlink(int a, int b) {
        Ties.unlink(tables[a], tables[a].indexOf(b), tables[b], id -> tables[id]);
    }

    /** Every entry's mirror points back to it, with the partner's own trust. */
    private void assertMirrors(Map<Long, Double> trust, String when) {
        for (int a = 0; a < tables.length; a++) {
            Ties t = tables[a];
            for (int k = 0; k < t.size(); k++) {
                int b = t.partner(k);
                Ties back = tables[b];
                assertEquals(a, back.partner(t.mirror(k)), "mirror of " + a + "->" + b + " " + when);
                assertEquals(k, back.mirror(t.mirror(k)), "mirror of the mirror " + when);
                assertEquals(trust.get(key(b, a)), back.trust(t.mirror(k)), 0.0, "trust " + b + "->" + a);
            }
        }
    }

    private static long key(int a, int b) {
        return a * 1000L + b;
    }

    @Test
    void lookupsAndMirrorsAgreeWithAReferenceMapThroughLinksAndUnlinks() {
        SplittableRandom r = new SplittableRandom(3);
        Map<Long, Double> reference = new HashMap<>();
        for (int step = 0; step < 5000; step++) {
            // Pairs among the first 40 actors, so that partners' tables grow and shrink too.
            int a = r.nextInt(40);
            int b = r.nextInt(40);
            if (a == b) {
                continue;
            }
            if (r.nextInt(4) == 0 && tables[a].indexOf(b) >= 0) {
                unlink(a, b);
                reference.remove(key(a, b));
                reference.remove(key(b, a));
            } else if (tables[a].indexOf(b) < 0) {
                double v = r.nextDouble();
                link(a, b, v);
                reference.put(key(a, b), v);
                reference.put(key(b, a), 1 - v);
            }
            int probe = r.nextInt(40);
            Double expected = reference.get(key(a, probe));
            assertEquals(expected == null ? -1 : expected, tables[a].trustIn(probe), 0.0,
                    "id " + probe + " at step " + step + " with " + tables[a].size() + " ties");
            if (step % 100 == 0) {
                assertMirrors(reference, "at step " + step);
            }
        }
        assertMirrors(reference, "at the end");
    }

    @Test
    void theIndexSurvivesChurnAroundItsThreshold() {
        // Removals delete from the hashed index in place; the hub's size swings across INDEXED_FROM.
        final int ids = Ties.INDEXED_FROM * 2;
        SplittableRandom r = new SplittableRandom(11);
        Ties hub = tables[0];
        Map<Long, Double> reference = new HashMap<>();
        for (int step = 0; step < 20_000; step++) {
            boolean grow = (step / 500) % 2 == 0;
            int id = 1 + r.nextInt(ids);
            int k = hub.indexOf(id);
            if (k >= 0 && (!grow || r.nextInt(3) == 0)) {
                unlink(0, id);
                reference.remove(key(0, id));
                reference.remove(key(id, 0));
            } else if (k < 0 && (grow || r.nextInt(3) == 0)) {
                double v = r.nextDouble();
                link(0, id, v);
                reference.put(key(0, id), v);
                reference.put(key(id, 0), 1 - v);
            }
            for (int probe = 1; probe <= ids; probe++) {
                Double expected = reference.get(key(0, probe));
                assertEquals(expected == null ? -1 : expected, hub.trustIn(probe), 0.0,
                        "id " + probe + " at step " + step);
                int at = hub.indexOf(probe);
                assertEquals(expected == null ? -1 : probe, at < 0 ? -1 : hub.partner(at), "index of " + probe);
            }
        }
        assertMirrors(reference, "at the end");
    }

    @Test
    void trustIsClampedToTheCeiling() {
        int k = Ties.link(tables[0], 0, tables[7], 7, 1.5, 0.2);
        Ties t = tables[0];
        assertEquals(1.0, t.trust(k), 0.0);
        t.setCeiling(k, 0.4);
        assertEquals(0.4, t.trust(k), 0.0);
        t.setTrust(k, 0.9);
        assertEquals(0.4, t.trust(k), 0.0);
        t.setTrust(k, -2);
        assertEquals(0.0, t.trust(k), 0.0);
        assertEquals(0.2, tables[7].trust(t.mirror(k)), 0.0, "the partner's side is its own");
    }
}
