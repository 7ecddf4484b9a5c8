package org.clustersim.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed accessors: values, defaults, and the exact message and position of each mistake. */
class FieldsTest {

    enum Kind { STATE_FIRM, PRIVATE_WORKSHOP }

    @TempDir
    Path dir;

    private final Problems problems = new Problems();
    private String file;

    private Fields fields(String yaml) throws IOException, ScenarioException {
        Path path = dir.resolve("f.yaml");
        Files.writeString(path, yaml);
        file = path.toString();
        return new Fields(YamlReader.read(path), problems, "parameters");
    }

    private void assertProblems(String... expected) {
        assertEquals(List.of(expected), problems.list().stream().map(p -> p.toString().substring(file.length() + 1)).toList());
    }

    @Test
    void unknownKeyGetsASuggestion() throws Exception {
        fields("trust_gain: 0.5\ntrust_gian: 0.2\n").checkKeys(Set.of("trust_gain", "trust_loss"));
        assertProblems("2:1: unknown key 'trust_gian' in parameters; did you mean 'trust_gain'?");
    }

    @Test
    void unknownKeyFarFromAnyListsTheAllowedKeys() throws Exception {
        fields("colour: red\n").checkKeys(Set.of("trust_loss", "trust_gain"));
        assertProblems("1:1: unknown key 'colour' in parameters; expected one of: trust_gain, trust_loss");
    }

    @Test
    void numbersAreReadAndDefaultsApply() throws Exception {
        Fields f = fields("gain: 0.25\nbig: 1_000.5\nsteps: 10.0\nexp: 1e3\nseed: 9007199254740993\nflag: false\nempty:\n");
        assertEquals(0.25, f.doubleValue("gain", 0, 0, 1));
        assertEquals(1000.5, f.doubleValue("big", 0, 0, Double.POSITIVE_INFINITY));
        assertEquals(10, f.intValue("steps", 0, 1, 100));
        assertEquals(1000, f.intValue("exp", 0, 0, Integer.MAX_VALUE));
        assertEquals(9007199254740993L, f.longValue("seed", 0));
        assertEquals(false, f.bool("flag", true));
        assertEquals(0.7, f.doubleValue("empty", 0.7, 0, 1));
        assertEquals(7, f.intValue("absent", 7, 0, 10));
        assertTrue(problems.isEmpty());
    }

    @Test
    void wrongTypeAndRangeForDoubles() throws Exception {
        Fields f = fields("trust_gain: high\nrate: 1.5\nlow: -2\nlist: [1]\n");
        assertEquals(0.1, f.doubleValue("trust_gain", 0.1, 0, 1));
        assertEquals(0.2, f.doubleValue("rate", 0.2, 0, 1));
        assertEquals(0.3, f.doubleValue("low", 0.3, 0, Double.POSITIVE_INFINITY));
        assertEquals(0.4, f.doubleValue("list", 0.4, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertProblems("1:13: expected a number between 0 and 1 for 'trust_gain', got 'high'",
                "2:7: 'rate' must be between 0 and 1, got 1.5",
                "3:6: 'low' must be at least 0, got -2",
                "4:7: expected a number for 'list', got a list");
    }

    @Test
    void nonFiniteNumbersAreRejected() throws Exception {
        Fields f = fields("a: .nan\nb: .inf\nc: NaN\nd: Infinity\ne: -.inf\nf: 1e999\ng: .inf\n");
        for (String key : List.of("a", "b", "c", "d", "e", "f")) {
            assertEquals(0.5, f.doubleValue(key, 0.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        }
        assertEquals(3, f.intValue("g", 3, 0, 10));
        assertProblems("1:4: 'a' must be a finite number, got .nan", "2:4: 'b' must be a finite number, got .inf",
                "3:4: 'c' must be a finite number, got NaN", "4:4: 'd' must be a finite number, got Infinity",
                "5:4: 'e' must be a finite number, got -.inf", "6:4: 'f' must be a finite number, got 1e999",
                "7:4: 'g' must be a finite number, got .inf");
    }

    @Test
    void integersMustBeWholeAndInRange() throws Exception {
        Fields f = fields("steps: 12.5\nagents: abc\ncount: 500\nhuge: 3000000000\nseed: 99999999999999999999\n");
        assertEquals(1, f.intValue("steps", 1, 1, 100));
        assertEquals(2, f.intValue("agents", 2, 1, 100));
        assertEquals(3, f.intValue("count", 3, 1, 100));
        assertEquals(4, f.intValue("huge", 4, 0, Integer.MAX_VALUE));
        assertEquals(5L, f.longValue("seed", 5));
        assertProblems("1:8: expected a whole number for 'steps', got 12.5",
                "2:9: expected a whole number between 1 and 100 for 'agents', got 'abc'",
                "3:8: 'count' must be between 1 and 100, got 500",
                "4:7: 'huge' must be between 0 and 2147483647, got 3000000000",
                "5:7: 'seed' must be between -9223372036854775808 and 9223372036854775807, got 99999999999999999999");
    }

    @Test
    void booleansAreOnlyTrueOrFalse() throws Exception {
        Fields f = fields("a: true\nb: yes\nc: 'false'\n");
        assertTrue(f.bool("a", false));
        assertEquals(false, f.bool("b", false));
        assertEquals(false, f.bool("c", true));
        assertProblems("2:4: expected true or false for 'b', got 'yes'");
    }

    @Test
    void textAndRequiredText() throws Exception {
        Fields f = fields("name: 12\nlabel: [x]\nnote:\n");
        assertEquals("12", f.string("name", "d"));
        assertEquals("d", f.string("label", "d"));
        assertNull(f.requiredString("title"));
        assertNull(f.requiredString("note"));
        assertProblems("1:1: missing required key 'title' in parameters", "2:8: expected text for 'label', got a list",
                "3:6: 'note' needs a value");
    }

    @Test
    void enumsUseLowerSnakeCase() throws Exception {
        Fields f = fields("a: state_firm\nb: stat_firm\nc: [x]\nd: nothing_like_it\n");
        assertEquals(Kind.STATE_FIRM, f.enumValue("a", Kind.class, Kind.PRIVATE_WORKSHOP));
        assertEquals(Kind.PRIVATE_WORKSHOP, f.enumValue("b", Kind.class, Kind.PRIVATE_WORKSHOP));
        assertNull(f.enumValue("c", Kind.class, null));
        assertNull(f.enumValue("d", Kind.class, null));
        assertProblems("2:4: unknown value 'stat_firm' for 'b'; did you mean 'state_firm'?",
                "3:4: expected one of state_firm, private_workshop for 'c', got a list",
                "4:4: unknown value 'nothing_like_it' for 'd'; expected one of: private_workshop, state_firm");
    }

    @Test
    void nestedMapsAndLists() throws Exception {
        Fields f = fields("m: {a: 1}\nl: [1, 2]\nbad_m: [1]\nbad_l: x\n");
        assertEquals(List.of("a"), List.copyOf(f.map("m").keys()));
        assertEquals(2, f.list("l").items().size());
        assertNull(f.map("bad_m"));
        assertNull(f.list("bad_l"));
        assertNull(f.map("absent"));
        assertProblems("3:8: expected a mapping for 'bad_m', got a list", "4:8: expected a list for 'bad_l', got 'x'");
    }

    @Test
    void listItemsUseTheStaticHelpers() throws Exception {
        YList weights = fields("weights: [0.5, 2, oops]\nsizes: [3, 4.5]\n").list("weights");
        List<YNode> items = weights.items();
        assertEquals(0.5, ScalarValues.toDouble(items.get(0), "weights[0]", 0, 1, -1, problems));
        assertEquals(-1, ScalarValues.toDouble(items.get(1), "weights[1]", 0, 1, -1, problems));
        assertEquals(-1, ScalarValues.toDouble(items.get(2), "weights[2]", 0, 1, -1, problems));
        YList sizes = new Fields(YamlReader.read(Path.of(file)), problems, "x").list("sizes");
        assertEquals(3, ScalarValues.toInt(sizes.items().get(0), "sizes[0]", 1, 10, 0, problems));
        assertEquals(0, ScalarValues.toInt(sizes.items().get(1), "sizes[1]", 1, 10, 0, problems));
        assertProblems("1:16: 'weights[1]' must be between 0 and 1, got 2",
                "1:19: expected a number between 0 and 1 for 'weights[2]', got 'oops'",
                "2:12: expected a whole number for 'sizes[1]', got 4.5");
    }
}
