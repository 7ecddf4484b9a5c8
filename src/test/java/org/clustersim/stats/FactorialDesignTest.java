package org.clustersim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactorialDesignTest {

    @Test
    void fullDesignIsInStandardOrder() {
        FactorialDesign d = FactorialDesign.full(3);
        assertEquals(8, d.runs());
        assertEquals(3, d.factors());
        // (1), a, b, ab, c, ac, bc, abc: A alternates fastest.
        int[][] expected = {{-1, -1, -1}, {1, -1, -1}, {-1, 1, -1}, {1, 1, -1},
            {-1, -1, 1}, {1, -1, 1}, {-1, 1, 1}, {1, 1, 1}};
        for (int r = 0; r < 8; r++) {
            assertArrayEquals(expected[r], new int[] {d.level(r, 0), d.level(r, 1), d.level(r, 2)}, "run " + r);
        }
        assertEquals("", d.generators());
        assertEquals("I", d.definingRelation());
        assertEquals(Integer.MAX_VALUE, d.resolution());
        assertEquals(List.of(), d.aliases("AB"));
        assertEquals("2^3 full factorial", d.toString());
    }

    /**
     * The smallest run size of each resolution: resolution III holds up to N - 1 factors in N runs,
     * IV up to N / 2, V up to 5, 6, 8 and 11 in 16, 32, 64 and 128 runs (Montgomery, Table 8.14);
     * a resolution above k needs the full factorial.
     */
    @Test
    void catalogueGivesTheSmallestFractionOfEachResolution() {
        int[][] runs = {
            // k:   2  3  4   5   6   7   8   9   10  11  12  13  14  15
            /*III*/ {4, 4, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16},
            /*IV*/ {4, 8, 8, 16, 16, 16, 16, 32, 32, 32, 32, 32, 32, 32},
            /*V*/ {4, 8, 16, 16, 32, 64, 64, 128, 128, 128}};
        for (int res = 3; res <= 5; res++) {
            int[] expected = runs[res - 3];
            for (int k = 2; k < 2 + expected.length; k++) {
                FactorialDesign d = FactorialDesign.fractional(k, res);
                assertEquals(expected[k - 2], d.runs(), "k=" + k + " resolution " + res);
                assertTrue(d.resolution() >= res, "k=" + k + " resolution " + res + ": got " + d.resolution());
                assertEquals(d.generators(), FactorialDesign.of(k, d.generators()).generators());
            }
        }
    }

    @Test
    void montgomeryGeneratorsAndDefiningRelation() {
        FactorialDesign six = FactorialDesign.fractional(6, 4);
        assertEquals("E=ABC, F=BCD", six.generators());
        assertEquals("I = ABCE = ADEF = BCDF", six.definingRelation());
        assertEquals(4, six.resolution());
        assertEquals(List.of("CE"), six.aliases("AB"));
        assertEquals(List.of("EF"), six.aliases("AD"));
        assertEquals(List.of("BE"), six.aliases("AC"));
        assertEquals(List.of(), six.aliases("A"));
        assertEquals("2^(6-2) resolution IV: E=ABC, F=BCD", six.toString());
        assertEquals(six.generators(), FactorialDesign.of(6, " E = ABC ,F=BCD ").generators());
        assertEquals("E=ABC, F=BCD, G=ACD", FactorialDesign.fractional(7, 4).generators());
        assertEquals("E=BCD, F=ACD, G=ABC, H=ABD", FactorialDesign.fractional(8, 4).generators());
        assertEquals("F=BCDE, G=ACDE, H=ABDE, J=ABCE", FactorialDesign.fractional(9, 4).generators());
        assertEquals("F=ABCD, G=ABCE, H=ABDE, J=ACDE, K=BCDE", FactorialDesign.fractional(10, 4).generators());
        assertEquals("E=ABCD", FactorialDesign.fractional(5, 5).generators());
        assertEquals(List.of(), FactorialDesign.fractional(5, 5).aliases("AB"));
        // Resolution III: in the 2^(7-4) with D=AB, E=AC, F=BC, G=ABC, A = BD = CE = FG (Montgomery, sec. 8.5).
        assertEquals(List.of("BD", "CE", "FG"), FactorialDesign.fractional(7, 3).aliases("A"));
    }

    /**
     * What resolution IV means, checked on the columns themselves: every main-effect column is
     * orthogonal to every other main effect and to every two-factor interaction; two interaction
     * columns are equal exactly when the defining relation says they are aliased, else orthogonal.
     */
    @ParameterizedTest
    @ValueSource(ints = {6, 7, 8, 9, 10})
    void resolutionIvColumnsAreOrthogonalAndAliasesMatchTheColumns(int k) {
        FactorialDesign d = FactorialDesign.fractional(k, 4);
        assertEquals(4, d.resolution());
        List<int[]> mains = new ArrayList<>();
        List<String> mainNames = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            mains.add(column(d, i));
            mainNames.add(FactorialDesign.letter(i));
        }
        List<int[]> pairs = new ArrayList<>();
        List<String> pairNames = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                pairs.add(product(mains.get(i), mains.get(j)));
                pairNames.add(mainNames.get(i) + mainNames.get(j));
            }
        }
        for (int i = 0; i < k; i++) {
            assertEquals(0, sum(mains.get(i)), "balance of " + mainNames.get(i));
            assertEquals(List.of(), d.aliases(mainNames.get(i)));
            for (int j = i + 1; j < k; j++) {
                assertEquals(0, dot(mains.get(i), mains.get(j)), mainNames.get(i) + " . " + mainNames.get(j));
            }
            for (int p = 0; p < pairs.size(); p++) {
                assertEquals(0, dot(mains.get(i), pairs.get(p)), mainNames.get(i) + " . " + pairNames.get(p));
            }
        }
        for (int p = 0; p < pairs.size(); p++) {
            List<String> aliases = d.aliases(pairNames.get(p));
            for (int q = 0; q < pairs.size(); q++) {
                if (q == p) {
                    continue;
                }
                boolean aliased = aliases.contains(pairNames.get(q));
                int expected = aliased ? d.runs() : 0;
                assertEquals(expected, dot(pairs.get(p), pairs.get(q)), pairNames.get(p) + " . " + pairNames.get(q));
            }
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.full(1));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.full(16));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.fractional(6, 2));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.fractional(6, 6));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.fractional(12, 5));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.of(6, "E=AB, F=AB"));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.of(6, "F=ABC, E=BCD"));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.of(6, "E=A, F=BCD"));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.of(6, "E=ABX, F=BCD"));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.of(6, "E=ABF, F=BCD"));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.of(6, "E=AAB, F=BCD"));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.of(3, "B=AC, C=AB"));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.of(6, "E=ABC,,F=BCD"));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.of(6, "E=ABC, F=BCD,"));
        assertThrows(NullPointerException.class, () -> FactorialDesign.of(6, null));
        assertThrows(IllegalArgumentException.class, () -> FactorialDesign.letter(15));
        FactorialDesign d = FactorialDesign.fractional(6, 4);
        assertThrows(IllegalArgumentException.class, () -> d.level(16, 0));
        assertThrows(IllegalArgumentException.class, () -> d.level(0, 6));
        assertThrows(IllegalArgumentException.class, () -> d.aliases("AZ"));
        assertThrows(IllegalArgumentException.class, () -> d.aliases("AA"));
        assertThrows(IllegalArgumentException.class, () -> d.aliases("AG"));
        assertThrows(IllegalArgumentException.class, () -> d.aliases(""));
    }

    private static int[] column(FactorialDesign d, int factor) {
        int[] c = new int[d.runs()];
        for (int r = 0; r < c.length; r++) {
            c[r] = d.level(r, factor);
        }
        return c;
    }

    private static int[] product(int[] a, int[] b) {
        int[] c = new int[a.length];
        for (int r = 0; r < c.length; r++) {
            c[r] = a[r] * b[r];
        }
        return c;
    }

    private static int dot(int[] a, int[] b) {
        int s = 0;
        for (int r = 0; r < a.length; r++) {
            s += a[r] * b[r];
        }
        return s;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }
}
