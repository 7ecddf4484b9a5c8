package org.clustersim.patterns;

import java.util.List;

/**
 * The companion run of an observed check with the mechanism that should produce it switched
 * off: a check that still holds without its mechanism is not evidence for it (Grimm et al. 2005,
 * pattern-oriented modelling; Railsback and Grimm 2019, ch. 9 on "knock-out" experiments).
 *
 * @param check     the index of the check in its pattern
 * @param mechanism the mechanism switched off, in words (docs/ODD.md names the rule)
 * @param sets      overrides merged over the pattern's file ({@code --set} syntax) that switch it off
 * @param instead   the check to evaluate in the knocked-out run, or null for the same check; used
 *                  when the mechanism is switched off by a variant of the file (e.g. flattened
 *                  initial trust) rather than by an override
 */
public record Knockout(int check, String mechanism, List<String> sets, Check instead) {
    public Knockout {
        sets = List.copyOf(sets);
    }

    /** Switch the mechanism off with overrides; evaluate the same check. */
    public static Knockout of(int check, String mechanism, String... sets) {
        return new Knockout(check, mechanism, List.of(sets), null);
    }

    /** Evaluate {@code instead} (the same statement on a variant without the mechanism). */
    public static Knockout instead(int check, String mechanism, Check instead) {
        return new Knockout(check, mechanism, List.of(), instead);
    }

    /** The check the knocked-out run is judged by. */
    public Check judged(Pattern p) {
        return instead != null ? instead : p.checks().get(check);
    }
}
