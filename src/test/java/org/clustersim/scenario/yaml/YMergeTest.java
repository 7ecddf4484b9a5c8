package org.clustersim.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Deep merging rules, built on hand-made trees so that every position is known. */
class YMergeTest {

    private static Position base(int line) {
        return new Position("base.yaml", line, 1);
    }

    private static Position over(int line) {
        return new Position("over.yaml", line, 1);
    }

    private static YScalar text(String text, Position position) {
        return new YScalar(text, true, null, position);
    }

    private static YMap map(Position position, YMap.Entry... entries) {
        return new YMap(List.of(entries), position);
    }

    private static YMap.Entry entry(String key, YNode value) {
        return new YMap.Entry(key, value.position(), value);
    }

    @Test
    void mergesMapsKeyByKeyAndReplacesEverythingElse() {
        YMap baseMap = map(base(1),
                entry("a", text("1", base(1))),
                entry("m", map(base(2), entry("x", text("1", base(3))), entry("y", text("2", base(4))))),
                entry("l", new YList(List.of(text("1", base(5)), text("2", base(6))), base(5))),
                entry("s", map(base(7), entry("k", text("v", base(8))))));
        YMap overrideMap = map(over(1),
                entry("m", map(over(1), entry("y", text("3", over(2))), entry("z", text("4", over(3))))),
                entry("l", new YList(List.of(text("9", over(4))), over(4))),
                entry("s", text("flat", over(5))),
                entry("b", text("2", over(6))));

        YMap merged = YMerge.merge(baseMap, overrideMap);

        YMap expected = map(over(1),
                entry("a", text("1", base(1))),
                entry("m", map(over(1), entry("x", text("1", base(3))), entry("y", text("3", over(2))),
                        entry("z", text("4", over(3))))),
                entry("l", new YList(List.of(text("9", over(4))), over(4))),
                entry("s", text("flat", over(5))),
                entry("b", text("2", over(6))));
        assertEquals(expected, merged);
    }

    @Test
    void nullInTheOverrideUnsetsAValue() {
        YMap merged = YMerge.merge(map(base(1), entry("a", text("1", base(1)))),
                map(over(1), entry("a", text("~", over(1)))));
        assertEquals("nothing (null)", merged.get("a").describe());
    }

    @Test
    void inputsAreLeftUnchanged() {
        YMap baseMap = map(base(1), entry("a", text("1", base(1))));
        YMap overrideMap = map(over(1), entry("b", text("2", over(1))));
        YMerge.merge(baseMap, overrideMap);
        assertEquals(List.of("a"), List.copyOf(baseMap.keys()));
        assertEquals(List.of("b"), List.copyOf(overrideMap.keys()));
    }
}
