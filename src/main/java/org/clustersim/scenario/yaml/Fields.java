package org.clustersim.scenario.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed reading of one mapping's values, collecting problems instead of stopping at the first.
 *
 * <p>A binder creates one {@code Fields} per mapping (the scenario, its parameters, each
 * agent group...) and asks for each value with its default and bounds. Every mistake is added
 * to the shared {@link Problems} at the exact position of the key or value, and the default is
 * returned so binding can go on; the user then sees all mistakes from a single run.
 *
 * <p>A key whose value is null ({@code key:} with nothing after it, or {@code ~}) counts as
 * absent, so a file that {@code extends} another can unset a value, except for the keys a binder
 * passes to {@link #refuseNull} (a run's steps, seed, replications). Numbers follow the spelling
 * checks in {@link ScalarValues}; in short, non-finite numbers are rejected because no model
 * parameter has a meaningful infinite value, and booleans are only {@code true} or {@code false}
 * because YAML 1.1's {@code yes}/{@code no}/{@code on}/{@code off} surprise people (the
 * "Norway problem").
 */
public final class Fields {

    private final YMap map;
    private final Problems problems;
    private final String context;

    /**
     * Creates accessors over one mapping.
     *
     * @param map      the mapping to read
     * @param problems where mistakes are collected
     * @param context  what the mapping is, for messages, e.g. "parameters"
     */
    public Fields(YMap map, Problems problems, String context) {
        this.map = map;
        this.problems = problems;
        this.context = context;
    }

    /**
     * Reports every key that is not allowed, at the key, with a spelling suggestion when one
     * allowed key is close.
     *
     * @param allowed the keys this mapping may hold
     */
    public void checkKeys(Set<String> allowed) {
        for (YMap.Entry entry : map.entries()) {
            if (!allowed.contains(entry.key())) {
                problems.add(entry.keyPosition(), "unknown key '" + entry.key() + "' in " + context
                        + Suggestions.hint(entry.key(), allowed));
            }
        }
    }

    /**
     * A finite number within bounds; use infinite bounds for an open side.
     *
     * @return the value, or {@code fallback} when absent or wrong
     */
    public double doubleValue(String key, double fallback, double min, double max) {
        YNode value = present(key);
        return value == null ? fallback : ScalarValues.toDouble(value, key, min, max, fallback, problems);
    }

    /**
     * A whole number within bounds; {@link Integer#MIN_VALUE} or {@link Integer#MAX_VALUE}
     * leave a side open.
     *
     * @return the value, or {@code fallback} when absent or wrong
     */
    public int intValue(String key, int fallback, int min, int max) {
        YNode value = present(key);
        return value == null ? fallback : ScalarValues.toInt(value, key, min, max, fallback, problems);
    }

    /**
     * Any 64-bit whole number, such as a random seed.
     *
     * @return the value, or {@code fallback} when absent or wrong
     */
    public long longValue(String key, long fallback) {
        YNode value = present(key);
        return value == null ? fallback : ScalarValues.toLong(value, key, fallback, problems);
    }

    /**
     * {@code true} or {@code false}, nothing else.
     *
     * @return the value, or {@code fallback} when absent or wrong
     */
    public boolean bool(String key, boolean fallback) {
        YNode value = present(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof YScalar scalar && (scalar.text().equals("true") || scalar.text().equals("false"))) {
            return scalar.text().equals("true");
        }
        problems.add(value.position(), "expected true or false for '" + key + "', got " + ScalarValues.shown(value));
        return fallback;
    }

    /**
     * Any single value taken as text (so {@code 12} gives "12").
     *
     * @return the text, or {@code fallback} when absent or not a single value
     */
    public String string(String key, String fallback) {
        YNode value = present(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof YScalar scalar) {
            return scalar.text();
        }
        problems.add(value.position(), "expected text for '" + key + "', got " + ScalarValues.shown(value));
        return fallback;
    }

    /**
     * Text that must be given.
     *
     * @return the text, or null after reporting that it is missing or not text
     */
    public String requiredString(String key) {
        if (present(key) == null) {
            YNode nullValue = map.get(key);
            if (nullValue == null) {
                problems.add(map.position(), "missing required key '" + key + "' in " + context);
            } else {
                problems.add(nullValue.position(), "'" + key + "' needs a value");
            }
            return null;
        }
        return string(key, null);
    }

    /**
     * Reports each of {@code keys} that is written without a value ({@code steps: ~}, or nothing
     * after the colon). For a key with a default, leaving it out keeps the default; writing it
     * empty is more likely a value lost in editing than a request for the default.
     */
    public void refuseNull(String... keys) {
        for (String key : keys) {
            YNode value = map.get(key);
            if (value != null && present(key) == null) {
                problems.add(value.position(), "'" + key + "' needs a value");
            }
        }
    }

    /**
     * An enum constant, spelled in YAML as the constant's name in lower case
     * ({@code state_firm} for {@code STATE_FIRM}), as is usual for YAML keys and values.
     *
     * @return the constant, or {@code fallback} when absent or unknown
     */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        YNode value = present(key);
        if (value == null) {
            return fallback;
        }
        List<String> spellings = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String spelling = constant.name().toLowerCase(Locale.ROOT);
            if (value instanceof YScalar scalar && scalar.text().equals(spelling)) {
                return constant;
            }
            spellings.add(spelling);
        }
        if (value instanceof YScalar scalar) {
            problems.add(value.position(), "unknown value '" + scalar.text() + "' for '" + key + "'"
                    + Suggestions.hint(scalar.text(), spellings));
        } else {
            problems.add(value.position(), "expected one of " + String.join(", ", spellings) + " for '" + key
                    + "', got " + ScalarValues.shown(value));
        }
        return fallback;
    }

    /**
     * A nested mapping.
     *
     * @return the mapping, or null when absent or not a mapping (the latter is reported)
     */
    public YMap map(String key) {
        YNode value = present(key);
        if (value == null || value instanceof YMap) {
            return (YMap) value;
        }
        problems.add(value.position(), "expected a mapping for '" + key + "', got " + ScalarValues.shown(value));
        return null;
    }

    /**
     * A nested list.
     *
     * @return the list, or null when absent or not a list (the latter is reported)
     */
    public YList list(String key) {
        YNode value = present(key);
        if (value == null || value instanceof YList) {
            return (YList) value;
        }
        problems.add(value.position(), "expected a list for '" + key + "', got " + ScalarValues.shown(value));
        return null;
    }

    /** The value under a key, or null when it is absent or written as null. */
    private YNode present(String key) {
        YNode value = map.get(key);
        if (value instanceof YScalar scalar && scalar.isNull()) {
            return null;
        }
        return value;
    }
}
