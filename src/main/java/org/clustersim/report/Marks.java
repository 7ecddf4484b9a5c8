package org.clustersim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.clustersim.output.Charts;

/**
 * The months the time series mark: when each policy instrument of a variant starts and, for a
 * bounded window, ends, and when each scheduled event happens, as the manifest records them. A
 * chart shows a dashed line and a short label per month; the caption says what happens then, in
 * full. A sweep's points share their arm's instruments, so each arm is read once.
 *
 * @param timeline the chart's time axis and marks
 * @param caption  the sentence the captions add ("Dashed lines: ..."), empty when nothing is marked
 */
record Marks(Charts.Timeline timeline, String caption) {
    private static final int LABEL_CHARACTERS = 30;

    static Marks of(RunInfo info) {
        Map<Integer, Map<String, Set<String>>> what = new TreeMap<>();
        Map<Integer, Set<String>> events = new TreeMap<>();
        Map<Integer, Set<String>> eventLabels = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Arms.Arm arm : Arms.arms(info.variants())) {
            if (!seen.add(Sweep.arm(arm.name()))) {
                continue;
            }
            for (Arms.Instrument i : arm.instruments()) {
                if (i.start() >= 1 && i.start() <= info.steps()) {
                    add(what, i.start(), Sweep.arm(arm.name()), words(i.key()));
                }
                if (i.end() >= 1 && i.end() < info.steps()) {
                    add(what, i.end() + 1, Sweep.arm(arm.name()), words(i.key()) + " ends");
                }
            }
            for (Arms.Event e : arm.events()) {
                if (e.month() >= 1 && e.month() <= info.steps()) {
                    events.computeIfAbsent(e.month(), k -> new LinkedHashSet<>())
                            .add(words(e.event()) + (e.actors().isEmpty() ? "" : " " + String.join(" and ", e.actors())));
                    eventLabels.computeIfAbsent(e.month(), k -> new LinkedHashSet<>()).add(words(e.event()));
                }
            }
        }
        Set<Integer> months = new java.util.TreeSet<>(what.keySet());
        months.addAll(events.keySet());
        List<Charts.Marker> markers = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (int m : months) {
            List<String> parts = new ArrayList<>();
            Set<String> label = new LinkedHashSet<>();
            Map<String, Set<String>> byArm = what.getOrDefault(m, Map.of());
            byArm.forEach((arm, keys) -> parts.add(arm + ": " + String.join(", ", keys)));
            if (!byArm.isEmpty()) {
                label.add(String.join(", ", byArm.keySet()) + " policy");
            }
            parts.addAll(events.getOrDefault(m, Set.of()));
            label.addAll(eventLabels.getOrDefault(m, Set.of()));
            markers.add(new Charts.Marker(m, shortened(String.join(", ", label))));
            sentences.add(info.month(m) + ": " + String.join("; ", parts));
        }
        String caption = sentences.isEmpty() ? "" : " Dashed lines mark the start of " + String.join(". ", sentences)
                + ".";
        return new Marks(new Charts.Timeline(info.start(), markers), caption);
    }

    private static void add(Map<Integer, Map<String, Set<String>>> what, int month, String arm, String text) {
        what.computeIfAbsent(month, k -> new LinkedHashMap<>()).computeIfAbsent(arm, k -> new LinkedHashSet<>())
                .add(text);
    }

    private static String words(String key) {
        return key.replace('_', ' ');
    }

    private static String shortened(String label) {
        return label.length() <= LABEL_CHARACTERS ? label : label.substring(0, LABEL_CHARACTERS - 1) + "\u2026";
    }
}
