package org.clustersim.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one JSON (RFC 8259) reader and writer of clustersim, on Jackson, for manifest.json,
 * shard.json and the run fingerprint.
 *
 * <p>Writing: maps in their iteration order (so give it a {@code LinkedHashMap} or a sorted
 * map), pretty-printed with a 2-space indent and a final newline. A double is written in full
 * ({@link Double#toString}), so it reads back as the same double: a manifest records exactly
 * what ran. NaN and infinities, which JSON cannot express, become {@code null}.
 *
 * <p>Reading is strict: no comments, leading zeros, {@code +1}, unknown escapes, duplicate keys
 * whole numbers beyond 64 bits, or text after the document; an error names its line and column.
 * Objects become {@code LinkedHashMap}s (file order), arrays {@code List}s, whole numbers
 * {@code Long}s (so 64-bit seeds survive) and other numbers {@code Double}s.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new SimpleModule().addSerializer(Double.class, new FiniteOrNull()))
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private Json() {
    }

    /** Writes {@code value} as UTF-8 JSON to {@code file}. */
    public static void write(Path file, Object value) throws IOException {
        Files.writeString(file, toJson(value), StandardCharsets.UTF_8);
    }

    /** The pretty-printed JSON text of {@code value}, ending with a newline. */
    public static String toJson(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses one JSON document.
     *
     * @throws IllegalArgumentException if it is not strict JSON, with the line and column
     */
    public static Object parse(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException("JSON: " + e.getOriginalMessage() + where, e);
        }
    }

    /** Reads and parses {@code file} (UTF-8). */
    public static Object read(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** {@code "key": value}, objects and arrays one item a line, empty ones as {@code {}} and {@code []}. */
    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }

    /** Finite doubles in full, the others as null (the former JSON writer's rule, kept for readers). */
    private static final class FiniteOrNull extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        FiniteOrNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (Double.isFinite(value)) {
                gen.writeNumber(value);
            } else {
                gen.writeNull();
            }
        }
    }
}
