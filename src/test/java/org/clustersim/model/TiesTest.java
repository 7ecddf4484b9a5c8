package org.clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sparse tie table: lookups agree with a reference map through adds and removals, below and
 * above the size at which the hashed index takes over; trust stays within [0, ceiling].
 */
class TiesTest {
    @Test
    void lookupsAgreeWithAReferenceMapThroughAddsAndRemovals() {
        SplittableRandom r = new SplittableRandom(3);
        Ties t = new Ties();
        Map<Integer, Double> reference = new HashMap<>();
        for (int step = 0; step < 5000; step++) {
            int id = r.nextInt(300);
            if (r.nextInt(4) == 0 && t.indexOf(id) >= 0) {
                t.removeAt(t.indexOf(id));
                reference.remove(id);
            } else if (t.indexOf(id) < 0) {
                double v = r.nextDouble();
                t.add(id, v);
                reference.put(id, v);
            }
            int probe = r.nextInt(300);
            assertEquals(reference.containsKey(probe) ? reference.get(probe) : -1, t.trustIn(probe), 0.0,
                    "id " + probe + " at step " + step + " with " + t.size() + " ties");
        }
        assertEquals(reference.size(), t.size());
    }

    @Test
    void theIndexSurvivesChurnAroundItsThreshold() {
        // Removals delete from the hashed index in place; sizes swing across INDEXED_FROM.
        final int ids = Ties.INDEXED_FROM * 2;
        SplittableRandom r = new SplittableRandom(11);
        Ties t = new Ties();
        Map<Integer, Double> reference = new HashMap<>();
        for (int step = 0; step < 20_000; step++) {
            boolean grow = (step / 500) % 2 == 0;
            int id = r.nextInt(ids);
            int k = t.indexOf(id);
            if (k >= 0 && (!grow || r.nextInt(3) == 0)) {
                t.removeAt(k);
                reference.remove(id);
            } else if (k < 0 && (grow || r.nextInt(3) == 0)) {
                double v = r.nextDouble();
                t.add(id, v);
                reference.put(id, v);
            }
            for (int probe = 0; probe < ids; probe++) {
                double expected = reference.containsKey(probe) ? reference.get(probe) : -1;
                assertEquals(expected, t.trustIn(probe), 0.0, "id " + probe + " at step " + step);
                int at = t.indexOf(probe);
                assertEquals(expected < 0 ? -1 : probe, at < 0 ? -1 : t.partner(at), "index of " + probe);
            }
        }
    }

    @Test
    void trustIsClampedToTheCeiling() {
        Ties t = new Ties();
        int k = t.add(7, 1.5);
        assertEquals(1.0, t.trust(k), 0.0);
        t.setCeiling(k, 0.4);
        assertEquals(0.4, t.trust(k), 0.0);
        t.setTrust(k, 0.9);
        assertEquals(0.4, t.trust(k), 0.0);
        t.setTrust(k, -2);
        assertEquals(0.0, t.trust(k), 0.0);
    }
}
