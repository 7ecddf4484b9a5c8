package org.clustersim.scenario.yaml;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Parsing of single values as numbers, with the same messages as {@link Fields}; use it
 * directly for list items, naming the item e.g. {@code "weights[2]"}.
 *
 * <p>We accept decimal numbers as YAML 1.2 writes them, plus {@code _} between digits
 * ({@code 1_000_000}) as YAML 1.1 allows. Java's own parser is not used on raw text because it
 * also accepts forms no scenario author means, such as {@code 1d}, {@code 0x1p3} or
 * {@code Infinity}. Non-finite spellings get their own message, as a model parameter is never
 * meaningfully infinite or NaN.
 */
public final class ScalarValues {

    private static final Pattern NUMBER =
            Pattern.compile("[-+]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9][0-9_]*)([eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9][0-9_]*");
    private static final Pattern NON_FINITE =
            Pattern.compile("[-+]?(\\.inf|\\.Inf|\\.INF|inf|Inf|Infinity)|\\.nan|\\.NaN|\\.NAN|nan|NaN");
    /** Above 2^53 a double no longer holds every whole number, so "whole" cannot be trusted. */
    private static final double EXACT_LIMIT = 0x1p53;

    private ScalarValues() {
    }

    /**
     * A finite number within bounds (infinite bounds leave a side open).
     *
     * @param node     the value to read
     * @param name     the key or item name used in messages
     * @param min      smallest allowed value
     * @param max      largest allowed value
     * @param fallback returned after a problem is reported
     * @param problems where a problem is reported
     * @return the number, or {@code fallback}
     */
    public static double toDouble(YNode node, String name, double min, double max, double fallback, Problems problems) {
        String low = Double.isInfinite(min) ? null : format(min);
        String high = Double.isInfinite(max) ? null : format(max);
        if (isNonFinite(node)) {
            reportNonFinite(node, name, problems);
            return fallback;
        }
        if (!(node instanceof YScalar scalar) || !NUMBER.matcher(scalar.text()).matches()) {
            problems.add(node.position(), expected("a number", low, high, name, node));
            return fallback;
        }
        double value = Double.parseDouble(scalar.text().replace("_", ""));
        if (Double.isInfinite(value)) {
            reportNonFinite(node, name, problems);
            return fallback;
        }
        if (value < min || value > max) {
            problems.add(node.position(), "'" + name + "' must be " + range(low, high) + ", got " + scalar.text());
            return fallback;
        }
        return value;
    }

    /**
     * A whole number within bounds ({@link Integer#MIN_VALUE} or {@link Integer#MAX_VALUE}
     * leave a side open).
     *
     * @return the number, or {@code fallback} after a problem is reported
     */
    public static int toInt(YNode node, String name, int min, int max, int fallback, Problems problems) {
        String low = min == Integer.MIN_VALUE ? null : Integer.toString(min);
        String high = max == Integer.MAX_VALUE ? null : Integer.toString(max);
        Long value = whole(node, name, low, high, problems);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            // Both bounds are named: with an open side, the limit hit may be the int range itself.
            problems.add(node.position(), "'" + name + "' must be " + range(Integer.toString(min), Integer.toString(max))
                    + ", got " + ((YScalar) node).text());
            return fallback;
        }
        return value.intValue();
    }

    /**
     * Any 64-bit whole number.
     *
     * @return the number, or {@code fallback} after a problem is reported
     */
    public static long toLong(YNode node, String name, long fallback, Problems problems) {
        Long value = whole(node, name, null, null, problems);
        return value == null ? fallback : value;
    }

    /** How a value appears after "got": quoted text for a single value, else its kind. */
    static String shown(YNode node) {
        return node instanceof YScalar scalar && !scalar.isNull() ? "'" + scalar.text() + "'" : node.describe();
    }

    /** Reads a whole number without range checks beyond 64 bits; null after reporting a problem. */
    private static Long whole(YNode node, String name, String low, String high, Problems problems) {
        if (isNonFinite(node)) {
            reportNonFinite(node, name, problems);
            return null;
        }
        if (!(node instanceof YScalar scalar) || !NUMBER.matcher(scalar.text()).matches()) {
            problems.add(node.position(), expected("a whole number", low, high, name, node));
            return null;
        }
        String digits = scalar.text().replace("_", "");
        if (INTEGER.matcher(scalar.text()).matches()) {
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                // Name the caller's bounds when it has them: "steps" is not a 64-bit value.
                problems.add(node.position(), "'" + name + "' must be "
                        + range(low != null ? low : Long.toString(Long.MIN_VALUE),
                                high != null ? high : Long.toString(Long.MAX_VALUE)) + ", got " + scalar.text());
                return null;
            }
        }
        // Accept "1e3" or "10.0", which are whole, but not "12.5".
        double value = Double.parseDouble(digits);
        if (value != Math.rint(value) || Math.abs(value) > EXACT_LIMIT) {
            problems.add(node.position(), "expected a whole number for '" + name + "', got " + scalar.text());
            return null;
        }
        return (long) value;
    }

    private static boolean isNonFinite(YNode node) {
        return node instanceof YScalar scalar && NON_FINITE.matcher(scalar.text()).matches();
    }

    private static void reportNonFinite(YNode node, String name, Problems problems) {
        problems.add(node.position(), "'" + name + "' must be a finite number, got " + ((YScalar) node).text());
    }

    /** The wrong-type message; bounds are only named when both are set, to keep it short. */
    private static String expected(String what, String low, String high, String name, YNode node) {
        String bounds = low != null && high != null ? " " + range(low, high) : "";
        return "expected " + what + bounds + " for '" + name + "', got " + shown(node);
    }

    private static String range(String low, String high) {
        if (low != null && high != null) {
            return "between " + low + " and " + high;
        }
        return low != null ? "at least " + low : "at most " + high;
    }

    /** Prints bounds as people write them: 0 and 1, not 0.0 and 1.0. */
    private static String format(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
