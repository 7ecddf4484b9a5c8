package org.clustersim.scenario.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Deep merge of two mappings, used by {@code extends} and by experiment variants.
 *
 * <p>Rules, chosen so a derived file only states what it changes:
 * <ul>
 *   <li>keys present in only one map are kept as they are;</li>
 *   <li>when both maps hold a mapping under a key, the two are merged key by key;</li>
 *   <li>otherwise the override's value replaces the base's, including lists (merging lists
 *       item by item would make it impossible to remove an item) and null, which is how a
 *       derived file unsets a value.</li>
 * </ul>
 * The result keeps the positions of whichever node won, so a later error points at the file
 * that actually set the value. Keys keep the base's order, followed by keys new in the
 * override.
 */
public final class YMerge {

    private YMerge() {
    }

    /**
     * Merges {@code override} over {@code base}; neither input is changed.
     *
     * @param base     the inherited values
     * @param override the values that take precedence
     * @return a new map; its own position is the override's
     */
    public static YMap merge(YMap base, YMap override) {
        List<YMap.Entry> merged = new ArrayList<>();
        for (YMap.Entry baseEntry : base.entries()) {
            YMap.Entry overrideEntry = override.entry(baseEntry.key());
            merged.add(overrideEntry == null ? baseEntry : mergeEntry(baseEntry, overrideEntry));
        }
        for (YMap.Entry overrideEntry : override.entries()) {
            if (base.entry(overrideEntry.key()) == null) {
                merged.add(overrideEntry);
            }
        }
        return new YMap(merged, override.position());
    }

    private static YMap.Entry mergeEntry(YMap.Entry baseEntry, YMap.Entry overrideEntry) {
        if (baseEntry.value() instanceof YMap baseMap && overrideEntry.value() instanceof YMap overrideMap) {
            return new YMap.Entry(overrideEntry.key(), overrideEntry.keyPosition(), merge(baseMap, overrideMap));
        }
        return overrideEntry;
    }
}
