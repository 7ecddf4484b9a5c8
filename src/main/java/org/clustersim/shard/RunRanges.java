package org.clustersim.shard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.clustersim.format.RunKey;

/** Short descriptions of sets of runs for messages: {@code impose replications 1-15, 17}. */
final class RunRanges {
    private RunRanges() {
    }

    /** The runs grouped by variant (in order of first appearance), replications as ranges. */
    static String describe(List<RunKey> runs) {
        Map<String, SortedSet<Integer>> byVariant = new LinkedHashMap<>();
        for (RunKey k : runs) {
            byVariant.computeIfAbsent(k.variant(), v -> new TreeSet<>()).add(k.replication());
        }
        List<String> parts = new ArrayList<>();
        byVariant.forEach((v, reps) -> parts.add(v + (reps.size() == 1 ? " replication " : " replications ")
                + join(reps)));
        return String.join(", ", parts);
    }

    /** Sorted numbers with consecutive ones as ranges: {@code 1-3, 5}. */
    static String join(SortedSet<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer last = null;
        for (int n : numbers) {
            if (last != null && n == last + 1) {
                last = n;
                continue;
            }
            if (start != null) {
                parts.add(range(start, last));
            }
            start = n;
            last = n;
        }
        if (start != null) {
            parts.add(range(start, last));
        }
        return String.join(", ", parts);
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
