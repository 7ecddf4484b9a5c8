package org.clustersim.scenario;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a scenario tells its readers, not its model: the calendar month of the first simulated
 * month (so that reports show dates), the smallest effect of interest the file sets for some
 * metrics (a difference below it is not called "more" or "less"; Lakens, Scheel and Isager 2018,
 * "Equivalence testing for psychological research"), and the one-line purpose of each variant.
 *
 * @param start           the month of step 1 ({@code start: 2011-01}), or null when the file gives none
 * @param smallestEffects metric name to the smallest difference of interest, in the metric's unit
 * @param descriptions    variant name (with its sweep point) to its description; variants without one are absent
 */
public record Presentation(YearMonth start, Map<String, Double> smallestEffects, Map<String, String> descriptions) {
    public Presentation {
        smallestEffects = Collections.unmodifiableMap(new LinkedHashMap<>(smallestEffects));
        descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
    }
}
