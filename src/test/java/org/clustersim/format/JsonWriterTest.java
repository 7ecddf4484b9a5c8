package org.clustersim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void escapesStrings() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001\\r\\b\\f é\"\n",
                JsonWriter.toJson("a\"b\\c\nd\te\u0001\r\b\f é"));
    }

    @Test
    void prettyPrintsInInsertionOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1L);
        inner.put("a", true);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", "run");
        root.put("share", 0.1234567);
        root.put("missing", Double.NaN);
        root.put("nothing", null);
        root.put("seeds", new long[] {3, 1});
        root.put("empty", List.of());
        root.put("inner", inner);
        assertEquals("{\n"
                + "  \"name\": \"run\",\n"
                + "  \"share\": 0.123457,\n"
                + "  \"missing\": null,\n"
                + "  \"nothing\": null,\n"
                + "  \"seeds\": [\n    3,\n    1\n  ],\n"
                + "  \"empty\": [],\n"
                + "  \"inner\": {\n    \"z\": 1,\n    \"a\": true\n  }\n"
                + "}\n", JsonWriter.toJson(root));
    }

    @Test
    void refusesUnorderedMapsAndUnknownTypes() {
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.toJson(new HashMap<>(Map.of("a", 1))));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.toJson(new Object()));
    }
}
