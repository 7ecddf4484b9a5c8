package org.clustersim.scenario.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A YAML mapping with text keys, in file order, remembering where each key was written.
 *
 * <p>Key positions matter on their own: an unknown or duplicate key is reported at the key,
 * while a bad value is reported at the value. Instances are immutable; {@link #with} and
 * {@link #without} return new maps, which is what merging ({@link YMerge}) and scenario
 * variants need.
 */
public final class YMap implements YNode {

    /**
     * One {@code key: value} line of a mapping.
     *
     * @param key         the key's text
     * @param keyPosition where the key is written
     * @param value       the value, with its own position
     */
    public record Entry(String key, Position keyPosition, YNode value) {

        /** All three parts are always known. */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyPosition, "keyPosition");
            Objects.requireNonNull(value, "value");
        }
    }

    private final Map<String, Entry> entries;
    private final Position position;

    /**
     * Creates a mapping.
     *
     * @param entries  the entries in order; keys must be distinct (readers report duplicates
     *                 as {@link Problem}s before building a map)
     * @param position where the mapping starts
     */
    public YMap(List<Entry> entries, Position position) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (byKey.putIfAbsent(entry.key(), entry) != null) {
                throw new IllegalArgumentException("duplicate key '" + entry.key() + "' at " + entry.keyPosition());
            }
        }
        this.entries = Collections.unmodifiableMap(byKey);
        this.position = Objects.requireNonNull(position, "position");
    }

    /**
     * The value stored under a key.
     *
     * @param key the key's text
     * @return the value, or null when the key is absent
     */
    public YNode get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    /**
     * The whole entry for a key, including where the key was written.
     *
     * @param key the key's text
     * @return the entry, or null when the key is absent
     */
    public Entry entry(String key) {
        return entries.get(key);
    }

    /**
     * The keys in file order.
     *
     * @return an unmodifiable, ordered set
     */
    public Set<String> keys() {
        return entries.keySet();
    }

    /**
     * The entries in file order.
     *
     * @return an immutable list
     */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * A copy with one value set. A key already present keeps its place and key position;
     * a new key goes last and takes the value's position as its key position.
     *
     * @param key   the key's text
     * @param value the new value
     * @return a new map; this one is unchanged
     */
    public YMap with(String key, YNode value) {
        List<Entry> copy = new ArrayList<>();
        boolean replaced = false;
        for (Entry entry : entries.values()) {
            if (entry.key().equals(key)) {
                copy.add(new Entry(key, entry.keyPosition(), value));
                replaced = true;
            } else {
                copy.add(entry);
            }
        }
        if (!replaced) {
            copy.add(new Entry(key, value.position(), value));
        }
        return new YMap(copy, position);
    }

    /**
     * A copy without one key.
     *
     * @param key the key's text
     * @return a new map; this one is unchanged
     */
    public YMap without(String key) {
        List<Entry> copy = new ArrayList<>(entries.values());
        copy.removeIf(entry -> entry.key().equals(key));
        return new YMap(copy, position);
    }

    @Override
    public Position position() {
        return position;
    }

    @Override
    public String describe() {
        return "a mapping";
    }

    /** Value equality, like the record node types, so trees can be compared in tests. */
    @Override
    public boolean equals(Object other) {
        return other instanceof YMap map && map.position.equals(position)
                && List.copyOf(map.entries.values()).equals(List.copyOf(entries.values()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(List.copyOf(entries.values()), position);
    }

    @Override
    public String toString() {
        return "YMap" + entries.values() + "@" + position;
    }
}
