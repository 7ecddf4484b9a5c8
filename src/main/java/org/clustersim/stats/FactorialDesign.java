package org.clustersim.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A regular two-level factorial design: k factors (2 &le; k &le; 15) at levels -1 and +1, either
 * the full 2^k or a 2^(k-p) fraction whose last p factors are generated as products of the first
 * q = k - p base factors (Montgomery, <i>Design and Analysis of Experiments</i>, 8th ed., 2013,
 * sections 8.2 to 8.4; Box, Hunter and Hunter, <i>Statistics for Experimenters</i>, 2nd ed., 2005,
 * chapter 6). Runs are in standard (Yates) order of the base factors: in run r, base factor i is at
 * +1 when bit i of r is set, so A alternates fastest: (1), a, b, ab, c, ...
 *
 * <p>Factors are named by letters as in Montgomery: A to P without I, which denotes the identity.
 * The defining relation is the set of words (products of factors) equal to the identity: each
 * generator X=W gives the word WX, and every product of such words is a word too. Two effects
 * are aliased (their columns are identical) when their product is a word; the resolution is the
 * length of the shortest word, so in resolution IV no main effect is aliased with another or with a
 * two-factor interaction, and in resolution V no two-factor interaction is aliased with another.
 */
public final class FactorialDesign {

    /** The factor letters, A to P without I (Montgomery's convention). */
    private static final String LETTERS = "ABCDEFGHJKLMNOP";
    public static final int MIN_FACTORS = 2;
    public static final int MAX_FACTORS = LETTERS.length();
    /** Order of words and aliases: shorter first, then alphabetically (AD before BC). */
    private static final Comparator<String> BY_LENGTH_THEN_NAME =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private final int factors;
    private final int base;
    /** For each factor, the base factors whose product it is, as a bit set. */
    private final int[] columns;
    /** The words of the defining relation, as bit sets of factors, shortest first. */
    private final List<Integer> words;

    private FactorialDesign(int factors, int base, int[] columns) {
        this.factors = factors;
        this.base = base;
        this.columns = columns;
        List<Integer> generatorWords = new ArrayList<>();
        for (int f = base; f < factors; f++) {
            generatorWords.add(columns[f] | 1 << f);
        }
        List<Integer> all = new ArrayList<>();
        // Every non-empty product of generator words; a product of words is their symmetric difference.
        for (int subset = 1; subset < 1 << generatorWords.size(); subset++) {
            int word = 0;
            for (int g = 0; g < generatorWords.size(); g++) {
                if ((subset >> g & 1) == 1) {
                    word ^= generatorWords.get(g);
                }
            }
            all.add(word);
        }
        all.sort(Comparator.comparing(FactorialDesign::letters, BY_LENGTH_THEN_NAME));
        this.words = List.copyOf(all);
    }

    /** The full 2^k factorial. */
    public static FactorialDesign full(int k) {
        checkFactors(k);
        int[] columns = new int[k];
        for (int f = 0; f < k; f++) {
            columns[f] = 1 << f;
        }
        return new FactorialDesign(k, k, columns);
    }

    /**
     * The smallest catalogued regular fraction of {@code k} factors whose resolution is at least
     * {@code resolution} (3, 4 or 5), with the generators of Montgomery's Table 8.14 (see
     * {@link FractionCatalogue} for the sources). The full factorial is returned when no fraction can
     * reach that resolution (k &lt; resolution: a word has at most k letters).
     *
     * @throws IllegalArgumentException when k or the resolution is out of range, or for resolution V
     *         with 12 to 15 factors (256-run fractions, which the catalogue does not hold)
     */
    public static FactorialDesign fractional(int k, int resolution) {
        checkFactors(k);
        if (resolution < 3 || resolution > 5) {
            throw new IllegalArgumentException("resolution must be 3, 4 or 5 (III, IV or V), got " + resolution);
        }
        if (resolution > k) {
            return full(k);
        }
        for (String generators : FractionCatalogue.fractions(k)) {
            FactorialDesign design = of(k, generators);
            if (design.resolution() >= resolution) {
                return design;
            }
        }
        throw new IllegalArgumentException("no resolution " + roman(resolution) + " fraction of " + k
                + " factors is catalogued (the smallest needs 256 runs); use full(" + k
                + ") or give generators to of(k, generators)");
    }

    /**
     * The fraction of {@code k} factors with the given generators, written as {@link #generators()}
     * prints them ("E=ABC, F=BCD"): the generated factors are the last ones, in order, each a
     * product of at least two base factors; an empty string gives the full factorial.
     *
     * @throws IllegalArgumentException for a malformed generator, or when two main effects would be
     *         aliased (resolution below III)
     */
    public static FactorialDesign of(int k, String generators) {
        checkFactors(k);
        Objects.requireNonNull(generators, "generators");
        // Spaces are only for reading: "E = ABC" is "E=ABC".
        String compact = generators.replaceAll("\\s+", "");
        List<String> parts = compact.isEmpty() ? List.of() : List.of(compact.split(",", -1));
        int q = k - parts.size();
        if (q < 2) {
            throw new IllegalArgumentException(parts.size() + " generators for " + k + " factors leave "
                    + q + " base factors; at least 2 are needed");
        }
        int[] columns = new int[k];
        for (int f = 0; f < q; f++) {
            columns[f] = 1 << f;
        }
        for (int g = 0; g < parts.size(); g++) {
            String part = parts.get(g);
            String expected = LETTERS.substring(q + g, q + g + 1);
            if (!part.startsWith(expected + "=")) {
                throw new IllegalArgumentException("generator '" + part + "' should define factor " + expected
                        + " (generated factors are the last " + parts.size() + ", in order)");
            }
            String word = part.substring(2);
            int mask = parse(word);
            if (mask < 0 || mask >= 1 << q || Integer.bitCount(mask) != word.length() || word.length() < 2) {
                throw new IllegalArgumentException("generator '" + part + "' must be a product of at least two"
                        + " distinct base factors among " + LETTERS.substring(0, q));
            }
            columns[q + g] = mask;
        }
        FactorialDesign design = new FactorialDesign(k, q, columns);
        if (design.resolution() < 3) {
            throw new IllegalArgumentException("generators '" + generators + "' alias two main effects ("
                    + design.definingRelation() + "): resolution II");
        }
        return design;
    }

    /** Number of runs, 2^q. */
    public int runs() {
        return 1 << base;
    }

    /** Number of factors k. */
    public int factors() {
        return factors;
    }

    /** Level (-1 or +1) of {@code factor} (0-based) in {@code run} (0-based, standard order). */
    public int level(int run, int factor) {
        if (run < 0 || run >= runs()) {
            throw new IllegalArgumentException("run " + run + " is not in [0, " + runs() + ")");
        }
        if (factor < 0 || factor >= factors) {
            throw new IllegalArgumentException("factor " + factor + " is not in [0, " + factors + ")");
        }
        return sign(run, columns[factor]);
    }

    /** The generators, e.g. "E=ABC, F=BCD"; empty for the full factorial. */
    public String generators() {
        List<String> parts = new ArrayList<>();
        for (int f = base; f < factors; f++) {
            parts.add(letter(f) + "=" + letters(columns[f]));
        }
        return String.join(", ", parts);
    }

    /**
     * The defining relation, words shortest first then alphabetically, e.g. "I = ABCE = ADEF = BCDF"
     * for E=ABC, F=BCD; "I" alone for the full factorial.
     */
    public String definingRelation() {
        StringBuilder text = new StringBuilder("I");
        words.forEach(w -> text.append(" = ").append(letters(w)));
        return text.toString();
    }

    /** Length of the shortest word of the defining relation; {@link Integer#MAX_VALUE} when full. */
    public int resolution() {
        return words.isEmpty() ? Integer.MAX_VALUE : Integer.bitCount(words.get(0));
    }

    /**
     * The main effects and two-factor interactions aliased with {@code term} (letters, e.g. "AB"),
     * shortest first then alphabetically, e.g. ["CE"] for AB in the 2^(6-2) with E=ABC, F=BCD.
     * Interactions of three or more factors are left out: they are assumed negligible, the usual
     * reading of a fraction (Montgomery, section 8.2).
     */
    public List<String> aliases(String term) {
        int mask = parse(Objects.requireNonNull(term, "term"));
        if (mask <= 0 || mask >= 1 << factors || Integer.bitCount(mask) != term.length()) {
            throw new IllegalArgumentException("term '" + term + "' is not a product of distinct factors among "
                    + LETTERS.substring(0, factors));
        }
        return aliasMasks(mask).stream().map(FactorialDesign::letters).toList();
    }

    /** The factor sets (bit sets) of order 1 or 2 aliased with the factor set {@code term}, as in {@link #aliases}. */
    List<Integer> aliasMasks(int term) {
        List<Integer> aliases = new ArrayList<>();
        for (int word : words) {
            int alias = term ^ word;
            if (Integer.bitCount(alias) <= 2 && alias != 0) {
                aliases.add(alias);
            }
        }
        aliases.sort(Comparator.comparing(FactorialDesign::letters, BY_LENGTH_THEN_NAME));
        return aliases;
    }

    /** The column of the product of the factors in {@code term} (a bit set), as base factors. */
    int baseColumn(int term) {
        int column = 0;
        for (int f = 0; f < factors; f++) {
            if ((term >> f & 1) == 1) {
                column ^= columns[f];
            }
        }
        return column;
    }

    /** Sign of the product of the base factors in {@code baseColumn} in {@code run}: -1 per factor at its low level. */
    static int sign(int run, int baseColumn) {
        return Integer.bitCount(baseColumn & ~run) % 2 == 0 ? 1 : -1;
    }

    /** The letter of factor {@code factor} (0-based, at most {@link #MAX_FACTORS} - 1). */
    public static String letter(int factor) {
        if (factor < 0 || factor >= MAX_FACTORS) {
            throw new IllegalArgumentException("factor " + factor + " is not in [0, " + MAX_FACTORS + ")");
        }
        return LETTERS.substring(factor, factor + 1);
    }

    /** E.g. "2^(6-2) resolution IV: E=ABC, F=BCD", or "2^3 full factorial". */
    @Override
    public String toString() {
        if (base == factors) {
            return "2^" + factors + " full factorial";
        }
        return "2^(" + factors + "-" + (factors - base) + ") resolution " + roman(resolution()) + ": " + generators();
    }

    private static void checkFactors(int k) {
        if (k < MIN_FACTORS || k > MAX_FACTORS) {
            throw new IllegalArgumentException("number of factors must be in [" + MIN_FACTORS + ", " + MAX_FACTORS
                    + "], got " + k);
        }
    }

    /** Bit set of the letters of {@code word}; -1 (all bits) when a character is not a factor letter. */
    private static int parse(String word) {
        int mask = 0;
        for (char c : word.toCharArray()) {
            int f = LETTERS.indexOf(c);
            if (f < 0) {
                return -1;
            }
            mask |= 1 << f;
        }
        return mask;
    }

    private static String letters(int factorSet) {
        StringBuilder text = new StringBuilder();
        for (int f = 0; f < LETTERS.length(); f++) {
            if ((factorSet >> f & 1) == 1) {
                text.append(LETTERS.charAt(f));
            }
        }
        return text.toString();
    }

    private static String roman(int resolution) {
        // A word has at most 15 letters, so a fraction's resolution is at most XV.
        String[] numerals = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
            "XIV", "XV"};
        return numerals[resolution];
    }
}
