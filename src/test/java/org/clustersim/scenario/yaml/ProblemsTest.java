package org.clustersim.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Positions, problem ordering and messages, and the immutable map's copy operations. */
class ProblemsTest {

    @Test
    void positionsPrintAsFileLineColumn() {
        assertEquals("scenarios/x.yaml:12:5", new Position("scenarios/x.yaml", 12, 5).toString());
        assertEquals("x.yaml:1:1", Position.of("x.yaml").toString());
        assertThrows(IllegalArgumentException.class, () -> new Position("x.yaml", 0, 1));
    }

    @Test
    void problemsAreSortedByFileLineColumnAndDeduplicated() throws Exception {
        Problems problems = new Problems();
        assertTrue(problems.isEmpty());
        problems.throwIfAny();
        problems.add(new Position("b.yaml", 1, 1), "late file");
        problems.add(new Position("a.yaml", 10, 2), "line ten");
        problems.add(new Position("a.yaml", 2, 9), "column nine");
        problems.add(new Position("a.yaml", 2, 3), "column three");
        problems.add(new Position("a.yaml", 2, 3), "column three");
        ScenarioException e = assertThrows(ScenarioException.class, problems::throwIfAny);
        assertEquals("a.yaml:2:3: column three\na.yaml:2:9: column nine\na.yaml:10:2: line ten\nb.yaml:1:1: late file",
                e.getMessage());
        assertEquals(4, e.problems().size());
    }

    @Test
    void mapCopiesLeaveTheOriginalUnchanged() {
        Position p1 = new Position("m.yaml", 1, 1);
        Position p2 = new Position("m.yaml", 2, 1);
        YScalar one = new YScalar("1", true, null, p1);
        YScalar two = new YScalar("2", true, null, p2);
        YMap map = new YMap(List.of(new YMap.Entry("a", p1, one), new YMap.Entry("b", p2, two)), p1);

        YMap replaced = map.with("a", two);
        assertEquals(List.of("a", "b"), List.copyOf(replaced.keys()));
        assertEquals(new YMap.Entry("a", p1, two), replaced.entry("a"));
        YMap added = map.with("c", one);
        assertEquals(new YMap.Entry("c", p1, one), added.entries().get(2));
        assertEquals(List.of("b"), List.copyOf(map.without("a").keys()));
        assertEquals(List.of("a", "b"), List.copyOf(map.keys()));
        assertThrows(IllegalArgumentException.class,
                () -> new YMap(List.of(new YMap.Entry("a", p1, one), new YMap.Entry("a", p2, two)), p1));
    }

    @Test
    void nodesDescribeThemselvesForMessages() {
        Position p = Position.of("d.yaml");
        assertEquals("the text 'abc'", new YScalar("abc", true, null, p).describe());
        assertEquals("the text 'null'", new YScalar("null", false, null, p).describe());
        assertEquals("nothing (null)", new YScalar("", true, null, p).describe());
        assertEquals("the text '" + "x".repeat(40) + "...'", new YScalar("x".repeat(50), true, null, p).describe());
        assertEquals("a list", new YList(List.of(), p).describe());
        assertEquals("a mapping", new YMap(List.of(), p).describe());
    }
}
