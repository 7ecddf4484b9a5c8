package org.clustersim.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny deterministic JSON (RFC 8259) writer for small documents such as manifest.json.
 *
 * <p>Accepted values: {@code null}; {@link Boolean}; {@link String}; integral {@link Number}s
 * ({@code Integer}, {@code Long}, {@code Short}, {@code Byte}) written exactly; {@code Double} and
 * {@code Float} written by {@link Num#format(double)}, except that NaN and infinities, which JSON cannot
 * express, become {@code null}; {@link Map}s with String keys, written in iteration order;
 * {@link List}s and {@code double[]}, {@code int[]}, {@code long[]}. A plain {@link HashMap} is refused
 * because its order is unspecified: use {@link LinkedHashMap} (insertion order) or a sorted map.
 * Output is pretty-printed with a 2-space indent and ends with '\n'.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /** Writes {@code value} as UTF-8 JSON to {@code file}. */
    public static void write(Path file, Object value) throws IOException {
        Files.writeString(file, toJson(value), StandardCharsets.UTF_8);
    }

    /** Returns the pretty-printed JSON text of {@code value}. */
    public static String toJson(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value, 0);
        return sb.append('\n').toString();
    }

    private static void append(StringBuilder sb, Object value, int depth) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            sb.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            sb.append(Double.isFinite(d) ? Num.format(d) : "null");
        } else if (value instanceof String s) {
            appendString(sb, s);
        } else if (value instanceof Map<?, ?> map) {
            appendObject(sb, map, depth);
        } else if (value instanceof List<?> list) {
            appendArray(sb, list, depth);
        } else if (value instanceof double[] a) {
            appendArray(sb, Arrays.stream(a).boxed().toList(), depth);
        } else if (value instanceof int[] a) {
            appendArray(sb, Arrays.stream(a).boxed().toList(), depth);
        } else if (value instanceof long[] a) {
            appendArray(sb, Arrays.stream(a).boxed().toList(), depth);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void appendObject(StringBuilder sb, Map<?, ?> map, int depth) {
        if (map instanceof HashMap && !(map instanceof LinkedHashMap)) {
            throw new IllegalArgumentException("HashMap has no defined key order; use LinkedHashMap");
        }
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys must be strings, got " + e.getKey());
            }
            sb.append(first ? "\n" : ",\n");
            first = false;
            indent(sb, depth + 1);
            appendString(sb, key);
            sb.append(": ");
            append(sb, e.getValue(), depth + 1);
        }
        sb.append('\n');
        indent(sb, depth);
        sb.append('}');
    }

    private static void appendArray(StringBuilder sb, List<?> list, int depth) {
        if (list.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            indent(sb, depth + 1);
            append(sb, list.get(i), depth + 1);
        }
        sb.append('\n');
        indent(sb, depth);
        sb.append(']');
    }

    private static void indent(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth));
    }

    /** Quotes a string per RFC 8259 section 7: escapes '"', '\\' and all control characters below U+0020. */
    private static void appendString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
