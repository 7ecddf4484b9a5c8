package org.clustersim.stats;

import java.util.List;

/**
 * The regular two-level fractions that {@link FactorialDesign#fractional(int, int)} chooses from:
 * for each number of factors, the generators of the smallest fraction of resolution III, IV and V,
 * in increasing number of runs (a fraction that is the smallest for two resolutions appears once).
 *
 * <p>Sources. Up to eleven factors, and for the 16-run resolution III designs of twelve to fifteen
 * factors: Montgomery, <i>Design and Analysis of Experiments</i>, 8th ed. (2013), Table 8.14
 * "Selected 2^(k-p) fractional factorial designs", itself from Box, Hunter and Hunter,
 * <i>Statistics for Experimenters</i> (1978; 2nd ed. 2005, chapter 6). The 32-run resolution IV
 * designs of twelve to fifteen factors, which that table does not list, are those of the NIST/SEMATECH
 * Dataplot index of minimal resolution-4 designs (file DEXRES4, after Box, Hunter and Hunter):
 * projections of the 2^(16-11) foldover design, whose columns are the products of an odd number of
 * the five base factors. When this table was written, their word-length patterns were checked by
 * enumeration to be the least of all such projections, and the tests check the resolution of every
 * entry.
 *
 * <p>Letters follow Montgomery: A to P without I, which stands for the identity in a defining
 * relation. Generators are the principal fraction (all signs +).
 */
final class FractionCatalogue {

    /** A 16-run resolution III design takes the next generators of this list, in this order. */
    private static final String SATURATED_16 = "E=ABC, F=BCD, G=ACD, H=ABD, J=ABCD, K=AB, L=AC, M=AD, N=BC, O=BD, P=CD";
    /** The 32-run resolution IV designs of 12 to 15 factors take the first k - 5 of these. */
    private static final String EVEN_32 = "F=ABC, G=ABD, H=ABE, J=ACD, K=ACE, L=ADE, M=BCD, N=BCE, O=BDE, P=CDE";

    private FractionCatalogue() {
    }

    /** The generator lists of the catalogued fractions of {@code k} factors, fewest runs first. */
    static List<String> fractions(int k) {
        return switch (k) {
            case 3 -> List.of("C=AB");
            case 4 -> List.of("D=ABC");
            case 5 -> List.of("D=AB, E=AC", "E=ABCD");
            case 6 -> List.of("D=AB, E=AC, F=BC", "E=ABC, F=BCD", "F=ABCDE");
            case 7 -> List.of("D=AB, E=AC, F=BC, G=ABC", "E=ABC, F=BCD, G=ACD", "G=ABCDEF");
            case 8 -> List.of("E=BCD, F=ACD, G=ABC, H=ABD", "G=ABCD, H=ABEF");
            case 9 -> List.of(saturated16(9), "F=BCDE, G=ACDE, H=ABDE, J=ABCE", "H=ACDFG, J=BCEFG");
            case 10 -> List.of(saturated16(10), "F=ABCD, G=ABCE, H=ABDE, J=ACDE, K=BCDE",
                    "H=ABCG, J=BCDE, K=ACDF");
            case 11 -> List.of(saturated16(11), "F=ABC, G=BCD, H=CDE, J=ACD, K=ADE, L=BDE",
                    "H=ABCG, J=BCDE, K=ACDF, L=ABCDEFG");
            case 12, 13, 14, 15 -> List.of(saturated16(k), first(EVEN_32, k - 5));
            default -> List.of();
        };
    }

    private static String saturated16(int k) {
        return first(SATURATED_16, k - 4);
    }

    /** The first {@code n} generators of a comma-separated list. */
    private static String first(String generators, int n) {
        return String.join(", ", List.of(generators.split(", ")).subList(0, n));
    }
}
