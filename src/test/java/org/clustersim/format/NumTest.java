package org.clustersim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class NumTest {

    @Test
    void formatsOrdinaryValues() {
        assertEquals("0.123457", Num.format(0.1234567));
        assertEquals("12", Num.format(12.0));
        assertEquals("0.5", Num.format(0.5));
        assertEquals("-0.000123", Num.format(-0.000123));
        assertEquals("0.666667", Num.format(2.0 / 3.0));
        assertEquals("-3.14159", Num.format(-Math.PI));
        assertEquals("123457", Num.format(123456.7));
        assertEquals("0.0001", Num.format(1e-4));
        assertEquals("0.1", Num.format(0.1));
    }

    @Test
    void formatsIntegersExactly() {
        assertEquals("0", Num.format(0.0));
        assertEquals("0", Num.format(-0.0));
        assertEquals("-7", Num.format(-7.0));
        assertEquals("1234567", Num.format(1234567.0));
        // Integer digits are never rounded away, even beyond 6 significant digits.
        assertEquals("1234567", Num.format(1234567.4));
    }

    @Test
    void formatsSpecialAndExtremeValues() {
        assertEquals("NA", Num.format(Double.NaN));
        assertEquals("Inf", Num.format(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", Num.format(Double.NEGATIVE_INFINITY));
        assertEquals("1.5e-7", Num.format(1.5e-7));
        assertEquals("-1.23457e-5", Num.format(-0.0000123456789));
        assertEquals("2e20", Num.format(2e20));
        assertEquals("1e15", Num.format(1e15));
    }

    @Test
    void exactTiesRoundHalfEven() {
        // 0.5 and 2.5 are exact in binary, so these are true ties at the rounding position.
        assertEquals("1000000", Num.format(999999.5));
        assertEquals("1000002", Num.format(1000002.5));
        assertEquals("0.125", Num.format(0.125));
    }

    /** The fast long-arithmetic path must agree with exact BigDecimal rounding of the double. */
    @Test
    void fastPathMatchesExactRounding() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            double x = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble(-4, 15));
            assertEquals(reference(x), Num.format(x), () -> "x=" + x);
        }
    }

    private static String reference(double x) {
        BigDecimal exact = new BigDecimal(x);
        int integerDigits = exact.abs().compareTo(BigDecimal.ONE) >= 0
                ? exact.abs().toBigInteger().toString().length() : 0;
        BigDecimal rounded = integerDigits >= 6
                ? exact.setScale(0, RoundingMode.HALF_EVEN)
                : exact.round(new MathContext(6, RoundingMode.HALF_EVEN));
        String s = rounded.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
