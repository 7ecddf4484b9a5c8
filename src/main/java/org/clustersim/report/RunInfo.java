package org.clustersim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clustersim.format.Json;

/**
 * What a report needs from a folder's manifest.json: what was run (name, description, months,
 * replications, seed, command-line overrides), what the file itself said where the command line
 * changed it, the calendar start, the smallest effects of interest the file set, the warnings of
 * levers that cannot act, and the variants. A manifest written before a key existed reads as
 * without it.
 */
record RunInfo(String text, Map<?, ?> manifest, String scenario, String description, int steps, int replications,
               String seed, YearMonth start, Map<String, Double> smallestEffects, List<String> warnings,
               List<Arms.Arm> variants) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    static RunInfo read(Path dir) throws IOException {
        String text = Files.readString(dir.resolve("manifest.json"), StandardCharsets.UTF_8);
        Map<?, ?> m = (Map<?, ?>) Json.parse(text);
        Map<String, Double> smallest = new LinkedHashMap<>();
        if (m.get("smallest_effects") instanceof Map<?, ?> s) {
            s.forEach((k, v) -> smallest.put(String.valueOf(k), ((Number) v).doubleValue()));
        }
        YearMonth start = null;
        if (m.get("start") != null) {
            try {
                start = YearMonth.parse(String.valueOf(m.get("start")));
            } catch (DateTimeParseException e) {
                throw new IOException(dir.resolve("manifest.json") + ": 'start' is not a month: " + m.get("start"), e);
            }
        }
        List<String> warnings = m.get("warnings") instanceof List<?> w ? w.stream().map(String::valueOf).toList()
                : List.of();
        return new RunInfo(text, m, String.valueOf(m.get("scenario")), String.valueOf(m.get("description")),
                whole(m.get("steps")), whole(m.get("replications")), String.valueOf(m.get("master_seed")), start,
                smallest, warnings, Arms.read(m));
    }

    /** The value the scenario file gave for a run setting, or null when it gave none (or the manifest lacks it). */
    Object fileSetting(String key) {
        return manifest.get("resolved_scenario") instanceof Map<?, ?> tree ? tree.get(key) : null;
    }

    /** The command-line overrides ({@code --set}), as given. */
    List<String> overrides() {
        return manifest.get("overrides") instanceof List<?> o ? o.stream().map(String::valueOf).toList() : List.of();
    }

    /** Month {@code m} (1 is the first simulated month) in words, "month 25 (January 2013)", or "month 25". */
    String month(int m) {
        return start == null ? "month " + m : "month " + m + " (" + start.plusMonths(m - 1L).format(MONTH) + ")";
    }

    /** The period the run covers in words: "120 months (January 2011 to December 2020)" or "120 months". */
    String period() {
        return start == null ? steps + " months" : steps + " months (" + start.format(MONTH) + " to "
                + start.plusMonths(steps - 1L).format(MONTH) + ")";
    }

    private static int whole(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }
}
