package org.clustersim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** PRIM on synthetic data whose box of cases is known. */
class PrimTest {
    /** 4,000 uniform points in [0,1]^3; cases: x0 < 0.3 and x1 > 0.6, with 3% of outcomes flipped. */
    private static Prim.Result known(double flip) {
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        int n = 4000;
        double[][] x = new double[n][3];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 3; d++) {
                x[i][d] = r.nextDouble();
            }
            y[i] = (x[i][0] < 0.3 && x[i][1] > 0.6) ^ r.nextBoolean(flip);
        }
        return Prim.run(x, y, Prim.Settings.DEFAULT);
    }

    @Test
    void findsTheKnownBox() {
        Prim.Result res = known(0.03);
        Prim.Box b = res.box();
        assertEquals(0.3, b.hi()[0], 0.05, "upper limit of x0");
        assertEquals(0.6, b.lo()[1], 0.05, "lower limit of x1");
        assertTrue(res.restricts(0) && res.restricts(1));
        assertTrue(b.density() > 0.85, "density " + b.density());
        assertTrue(b.coverage() > 0.6, "coverage " + b.coverage());
        assertTrue(res.quasiP()[0] < 1e-6 && res.quasiP()[1] < 1e-6, "the true restrictions are significant");
        assertTrue(b.hi()[2] - b.lo()[2] > 0.9, "x2 plays no part: the box keeps nearly all its range");
    }

    @Test
    void trajectoryStartsWithEveryPointAndGetsDenser() {
        Prim.Result res = known(0);
        Prim.Box first = res.trajectory().get(0);
        assertEquals(1.0, first.mass(), 1e-12);
        assertEquals(1.0, first.coverage(), 1e-12);
        assertEquals(0.12, first.density(), 0.02, "0.3 x 0.4 of the square");
        for (Prim.Box b : res.trajectory()) {
            assertTrue(b.mass() >= Prim.Settings.DEFAULT.minMass());
            assertTrue(b.coverage() >= 0 && b.coverage() <= 1 && b.density() >= 0 && b.density() <= 1);
        }
        assertTrue(res.box().density() >= res.trajectory().get(res.chosen()).density(), "pasting never lowers density");
        assertEquals(1.0, res.box().density(), 1e-12, "without noise the box is pure");
    }

    @Test
    void aHandCountedCase() {
        // Ten points on a line, cases at 0 and 1: peeling 10% at a time from the top keeps them.
        double[][] x = new double[10][1];
        boolean[] y = new boolean[10];
        for (int i = 0; i < 10; i++) {
            x[i][0] = i;
            y[i] = i < 2;
        }
        Prim.Result res = Prim.run(x, y, new Prim.Settings(0.1, 0.1, 0.2, 0.5, 0.05));
        assertEquals(1.0, res.box().hi()[0], 1e-12);
        assertEquals(0.0, res.box().lo()[0], 1e-12);
        assertEquals(1.0, res.box().density(), 1e-12);
        assertEquals(1.0, res.box().coverage(), 1e-12);
        // Two cases among 2 points drawn from 10 with 2 cases: p = 1 / C(10, 2) = 1/45.
        assertEquals(1 / 45.0, res.quasiP()[0], 1e-12);
    }
}
