package org.clustersim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesStrings() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001\\r\\b\\f é\"\n",
                Json.toJson("a\"b\\c\nd\te\u0001\r\b\f é"));
    }

    @Test
    void prettyPrintsInInsertionOrderWithDoublesInFull() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1L);
        inner.put("a", true);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", "run");
        root.put("trust_gain", 0.0612345678);
        root.put("missing", Double.NaN);
        root.put("nothing", null);
        root.put("seeds", new long[] {3, 1});
        root.put("empty", List.of());
        root.put("none", Map.of());
        root.put("inner", inner);
        assertEquals("{\n"
                + "  \"name\": \"run\",\n"
                + "  \"trust_gain\": 0.0612345678,\n"
                + "  \"missing\": null,\n"
                + "  \"nothing\": null,\n"
                + "  \"seeds\": [\n    3,\n    1\n  ],\n"
                + "  \"empty\": [],\n"
                + "  \"none\": {},\n"
                + "  \"inner\": {\n    \"z\": 1,\n    \"a\": true\n  }\n"
                + "}\n", Json.toJson(root));
    }

    @Test
    void doublesRoundTripExactly() {
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 10_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                assertEquals(List.of(d), Json.parse(Json.toJson(List.of(d))));
            }
        }
        assertEquals(List.of(1e-300, 0.1, -2.5e20), Json.parse(Json.toJson(List.of(1e-300, 0.1, -2.5e20))));
    }

    @Test
    void readsInFileOrderWithWholeNumbersAsLongs() {
        Map<?, ?> m = (Map<?, ?>) Json.parse(
                "{\"b\": [1, 8141740447592184813, -0.5e2], \"a\": \"x\\n\\u00e9\", \"n\": null}");
        assertEquals(List.of("b", "a", "n"), List.copyOf(m.keySet()));
        assertEquals(List.of(1L, 8141740447592184813L, -50.0), m.get("b"));
        assertEquals("x\n\u00e9", m.get("a"));
    }

    @Test
    void readingIsStrictAndSaysWhere() {
        for (String bad : List.of("{\"a\": \"\\q\"}", "{\"a\": 01}", "{\"a\": +1}", "{\"a\": 1, \"a\": 2}",
                "{\"a\": 1} x", "[18446744073709551616]", "{\"a\": 1,}", "// c\n{}", "{'a': 1}", "[NaN]")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
            assertTrue(e.getMessage().matches("(?s)JSON: .* at line \\d+, column \\d+"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Json.parse("{\n  \"a\": \"\\uZZZZ\"\n}"));
        assertTrue(e.getMessage().endsWith("at line 2, column 11"), e.getMessage());
    }
}
