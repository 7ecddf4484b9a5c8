package org.clustersim.stats;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One estimated factorial effect, as computed by {@link FactorialEffects}: the mean response with
 * the factor (or the product of two factors) at +1 minus the mean at -1, with its standard error,
 * 95% confidence interval, two-sided p-value and the degrees of freedom of its Student t reference.
 * Quantities that cannot be computed (a standard error of zero: every replication of every run
 * gave the same value) are NaN, printed NA, as in {@link Comparison}.
 *
 * @param term     the factor's name, or two names joined by ':' for an interaction ("decree:control")
 * @param kind     main effect or two-factor interaction
 * @param estimate high minus low
 * @param se       standard error of the estimate
 * @param ciLow    lower bound of the 95% confidence interval
 * @param ciHigh   upper bound of the 95% confidence interval
 * @param p        two-sided p-value of estimate / se against Student's t with {@code df}
 * @param df       degrees of freedom: N - runs (pooled), or m / 3 for m contrasts (Lenth)
 * @param method   where the standard error comes from
 * @param aliases  the main effects and two-factor interactions whose columns equal this one in a
 *                 fraction (so the estimate is their sum), shortest first; empty when none
 */
public record Effect(String term, Kind kind, double estimate, double se, double ciLow, double ciHigh,
                     double p, double df, Method method, List<String> aliases) {

    /** Whether an effect is a main effect or a two-factor interaction. */
    public enum Kind {
        MAIN, INTERACTION;

        /** "main" or "interaction", as written in effects.csv. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a standard error comes from. */
    public enum Method {
        /** The pooled variance of replications within runs (Montgomery, section 6.2). */
        POOLED,
        /** Lenth's (1989) pseudo standard error of an unreplicated design. */
        LENTH;

        /** "pooled" or "lenth", as written in effects.csv. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Effect {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        aliases = List.copyOf(aliases);
    }
}
