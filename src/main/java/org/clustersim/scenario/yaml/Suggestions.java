package org.clustersim.scenario.yaml;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean ...?" hints for misspelled keys and values.
 *
 * <p>Most unknown names in a hand-written file are typos of a valid one, so naming the
 * closest valid name saves the user a trip to the documentation. Closeness is the
 * Levenshtein edit distance (V. I. Levenshtein, 1966), computed by Apache Commons Text.
 * A candidate is only suggested within max(2, length/3) edits: enough for a transposition or
 * two slips, but not so loose that unrelated names are proposed.
 */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /**
     * A hint to append to an "unknown ..." message.
     *
     * @param word       what the user wrote
     * @param candidates the valid names
     * @return {@code "; did you mean 'x'?"} when one candidate is close enough, otherwise
     *         {@code "; expected one of: a, b, c"} (sorted)
     */
    public static String hint(String word, Collection<String> candidates) {
        SortedSet<String> sorted = new TreeSet<>(candidates);
        int limit = Math.max(2, word.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        // Sorted iteration and a strict "<" make ties go to the alphabetically first name,
        // so the hint does not depend on the caller's collection order.
        for (String candidate : sorted) {
            int distance = DISTANCE.apply(word, candidate);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return "; did you mean '" + best + "'?";
        }
        return "; expected one of: " + String.join(", ", sorted);
    }
}
