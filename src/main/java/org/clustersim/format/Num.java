package org.clustersim.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Deterministic, compact number formatting for CSV and JSON output.
 *
 * <p>Rules, applied to the exact binary value of the double:
 * <ul>
 *   <li>NaN prints {@code NA} (the R convention); infinities print {@code Inf} / {@code -Inf}.</li>
 *   <li>Integer values with magnitude below 1e15 print exactly, without ".0"; {@code -0.0} prints {@code 0}.</li>
 *   <li>Other values with magnitude in [1e-4, 1e15) are rounded (half-even) to 6 significant digits,
 *       but never to fewer than 0 decimals, so integer digits are not lost (1234567.4 prints 1234567),
 *       and printed in plain notation without trailing zeros (0.123457, 0.5, -0.000123).</li>
 *   <li>Magnitudes outside that range print as 6 significant digits in scientific notation
 *       with a lower-case {@code e} and no '+' ({@code 1.5e-7}, {@code 2e20}), which R, pandas and JSON all read.</li>
 * </ul>
 *
 * <p>The common path uses only long arithmetic; exact {@link BigDecimal} rounding is used only
 * when the scaled value lies within 1e-6 of a rounding tie (where the double product could
 * round the wrong way) and for the scientific range.
 */
public final class Num {

    private static final long[] POW10 = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L
    };
    /** Exponent bounds as literals, so the decimal exponent is found by exact double comparisons. */
    private static final double[] DECADES = {
        1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };
    private static final int MIN_EXPONENT = -4;
    private static final int SIGNIFICANT = 6;
    private static final double PLAIN_LIMIT = 1e15;
    private static final MathContext SIX_DIGITS = new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN);

    private Num() {
    }

    /** Formats {@code x} according to the class rules. */
    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "NA";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        double a = Math.abs(x);
        if (a < PLAIN_LIMIT && x == Math.rint(x)) {
            return Long.toString((long) x);
        }
        if (a < DECADES[0] || a >= PLAIN_LIMIT) {
            return scientific(x);
        }
        int exponent = decimalExponent(a);
        int decimals = Math.max(0, SIGNIFICANT - 1 - exponent);
        double scaled = a * POW10[decimals];
        double fraction = scaled - Math.floor(scaled);
        long rounded;
        if (Math.abs(fraction - 0.5) < 1e-6) {
            rounded = new BigDecimal(a).setScale(decimals, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
        } else {
            rounded = (long) Math.rint(scaled);
        }
        return plain(x < 0, rounded, decimals);
    }

    /** Largest e with 10^e &lt;= a, for a in [1e-4, 1e15). */
    private static int decimalExponent(double a) {
        int i = DECADES.length - 1;
        while (a < DECADES[i]) {
            i--;
        }
        return i + MIN_EXPONENT;
    }

    /** Writes rounded / 10^decimals in plain notation without trailing fractional zeros. */
    private static String plain(boolean negative, long rounded, int decimals) {
        long fraction = rounded % POW10[decimals];
        long integer = rounded / POW10[decimals];
        int digits = decimals;
        while (digits > 0 && fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        StringBuilder sb = new StringBuilder(24);
        if (negative && rounded != 0) {
            sb.append('-');
        }
        sb.append(integer);
        if (digits > 0) {
            sb.append('.');
            String f = Long.toString(fraction);
            for (int pad = f.length(); pad < digits; pad++) {
                sb.append('0');
            }
            sb.append(f);
        }
        return sb.toString();
    }

    private static String scientific(double x) {
        BigDecimal bd = new BigDecimal(x).round(SIX_DIGITS).stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - bd.scale();
        StringBuilder sb = new StringBuilder(16);
        if (bd.signum() < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        return sb.append('e').append(exponent).toString();
    }

    /**
     * The value a reader of the CSV gets back: {@code format(v)} parsed again. Statistics are
     * computed from these values, so that a results folder rebuilt from its CSV files (a resumed
     * run) has the same bytes as one computed in a single pass.
     */
    public static double asWritten(double v) {
        return parse(format(v));
    }

    /** Parses a value written by {@link #format(double)}. */
    public static double parse(String s) {
        return switch (s) {
            case "NA" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
