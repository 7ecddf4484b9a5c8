package org.clustersim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.clustersim.scenario.FactorialPlan;

/**
 * The variants of a results folder as its manifest.json records them: name, description, policy
 * preset, instruments (key, months, what, first and last month) and parameters; and what differs
 * between two of them, the levers a comparison is about.
 */
final class Arms {

    /** One instrument of a variant; {@code end} is 0 for an open window. */
    record Instrument(String key, String months, String what, int start, int end) {
    }

    /** One event of a variant. */
    record Event(int month, String event, List<String> actors) {
    }

    /** One variant. */
    record Arm(String name, String description, String preset, List<Instrument> instruments, List<Event> events,
               Map<String, String> parameters) {
    }

    private Arms() {
    }

    /** The variants of the manifest, in its order, a factorial's rows included. */
    static List<Arm> read(Map<?, ?> manifest) {
        List<Arm> out = new ArrayList<>();
        if (!(manifest.get("variants") instanceof List<?> variants)) {
            return out;
        }
        for (Object o : variants) {
            Map<?, ?> v = (Map<?, ?>) o;
            List<Instrument> instruments = new ArrayList<>();
            if (v.get("instruments") instanceof List<?> list) {
                for (Object i : list) {
                    Map<?, ?> im = (Map<?, ?>) i;
                    instruments.add(new Instrument(String.valueOf(im.get("instrument")), String.valueOf(im.get("months")),
                            String.valueOf(im.get("what")), whole(im.get("start")), whole(im.get("end"))));
                }
            }
            List<Event> events = new ArrayList<>();
            if (v.get("events") instanceof List<?> list) {
                for (Object e : list) {
                    Map<?, ?> em = (Map<?, ?>) e;
                    List<String> actors = em.get("actors") instanceof List<?> a
                            ? a.stream().map(String::valueOf).toList() : List.of();
                    events.add(new Event(whole(em.get("month")), String.valueOf(em.get("event")), actors));
                }
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            if (v.get("parameters") instanceof Map<?, ?> p) {
                p.forEach((k, value) -> parameters.put(String.valueOf(k), String.valueOf(value)));
            }
            out.add(new Arm(String.valueOf(v.get("name")), v.get("description") == null ? ""
                    : String.valueOf(v.get("description")), String.valueOf(v.get("policy_preset")), instruments,
                    events, parameters));
        }
        return out;
    }

    /** The variants that are not rows of a factorial design. */
    static List<Arm> arms(List<Arm> all) {
        return all.stream().filter(a -> !FactorialPlan.isRow(a.name())).toList();
    }

    /** The variant of that name, or null. */
    static Arm named(List<Arm> arms, String name) {
        return arms.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The levers that differ between two variants, as "instrument KEY" (present in one only, or
     * with other settings or months) and "parameter KEY" (another value).
     */
    static List<String> changedLevers(Arm a, Arm b) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        a.instruments().forEach(i -> keys.add(i.key()));
        b.instruments().forEach(i -> keys.add(i.key()));
        for (String k : keys) {
            if (!a.instruments().stream().filter(i -> i.key().equals(k)).toList()
                    .equals(b.instruments().stream().filter(i -> i.key().equals(k)).toList())) {
                out.add("instrument " + k);
            }
        }
        Set<String> params = new LinkedHashSet<>(a.parameters().keySet());
        params.addAll(b.parameters().keySet());
        for (String p : params) {
            if (!Objects.equals(a.parameters().get(p), b.parameters().get(p))) {
                out.add("parameter " + p);
            }
        }
        return List.copyOf(out);
    }

    /** The metrics the levers act on ({@link LeverMap}), each once, in the levers' order. */
    static List<String> actedOn(List<String> levers) {
        Set<String> out = new LinkedHashSet<>();
        for (String lever : levers) {
            String key = lever.substring(lever.indexOf(' ') + 1);
            out.addAll(lever.startsWith("instrument ") ? LeverMap.instrument(key) : LeverMap.parameter(key));
        }
        return List.copyOf(out);
    }

    private static int whole(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }
}
