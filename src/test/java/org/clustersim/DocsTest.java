package org.clustersim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.clustersim.metrics.Metrics;
import org.clustersim.model.Param;
import org.clustersim.model.policy.PolicySpec;
import org.junit.jupiter.api.Test;

/**
 * The documentation stays true to the code: docs/ODD.md names every parameter, instrument and
 * metric the code has, the README names every instrument and every shipped top-level scenario, and
 * neither uses a key of the former single policy switch except in a sentence that says it was
 * replaced. Each failure lists what is missing or where the old key is.
 */
class DocsTest {
    private static final Path ODD = Path.of("docs", "ODD.md");
    private static final Path README = Path.of("README.md");

    /** Keys of the former design that no longer exist in scenarios or parameters. */
    private static final List<String> REMOVED = List.of("mode:", "policy.mode", "awareness_gain", "decree_ties",
            "assigned_meetings", "revalue_trade");

    /** Words that mark a sentence as saying that a key was replaced, so that it may name it. */
    private static final List<String> REPLACEMENT_WORDS = List.of("replaced", "removed", "former");

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** The names from {@code names} that do not appear in {@code text} as a code span. */
    private static List<String> missingSpans(String text, Iterable<String> names) {
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            if (!text.contains("`" + n + "`")) {
                missing.add(n);
            }
        }
        return missing;
    }

    @Test
    void oddNamesEveryParameter() throws IOException {
        String odd = read(ODD);
        List<String> keys = Stream.of(Param.values()).map(Param::key).toList();
        List<String> missing = missingSpans(odd, keys);
        assertTrue(missing.isEmpty(), "docs/ODD.md does not name these parameters of Param: " + missing);
    }

    @Test
    void oddAndReadmeNameEveryInstrument() throws IOException {
        List<String> inOdd = missingSpans(read(ODD), PolicySpec.ORDER);
        assertTrue(inOdd.isEmpty(), "docs/ODD.md does not name these instruments of PolicySpec.ORDER: " + inOdd);
        List<String> inReadme = missingSpans(read(README), PolicySpec.ORDER);
        assertTrue(inReadme.isEmpty(), "README.md does not name these instruments of PolicySpec.ORDER: " + inReadme);
    }

    @Test
    void oddDefinesEveryMetric() throws IOException {
        List<String> missing = missingSpans(read(ODD), Metrics.names());
        assertTrue(missing.isEmpty(), "docs/ODD.md does not name these metrics of Metrics.names(): " + missing);
    }

    @Test
    void readmeListsEveryShippedScenario() throws IOException {
        String readme = read(README);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml")).sorted().toList();
            assertTrue(!names.isEmpty(), "no scenarios/*.yaml found from " + Path.of("").toAbsolutePath());
            for (String n : names) {
                if (!readme.contains(n)) {
                    missing.add("scenarios/" + n);
                }
            }
        }
        assertTrue(missing.isEmpty(), "README.md does not list these shipped scenarios: " + missing);
    }

    @Test
    void noRemovedKeyOutsideASentenceThatSaysItWasReplaced() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path p : List.of(ODD, README)) {
            found.addAll(removedKeysIn(p.toString(), read(p)));
        }
        assertTrue(found.isEmpty(), "keys of the former policy switch used as if they still existed "
                + "(allowed only in a sentence that says they were replaced): " + found);
    }

    /** Each use of a removed key outside a sentence saying it was replaced, as "file:line: key". */
    static List<String> removedKeysIn(String file, String text) {
        List<String> found = new ArrayList<>();
        for (String key : REMOVED) {
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                String sentence = sentenceAround(text, at).toLowerCase(Locale.ROOT);
                if (REPLACEMENT_WORDS.stream().noneMatch(sentence::contains)) {
                    found.add(file + ":" + lineOf(text, at) + ": " + key);
                }
            }
        }
        return found;
    }

    /** The sentence around position {@code at}: from the previous sentence end or blank line to the next. */
    static String sentenceAround(String text, int at) {
        int start = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf(".\n", at)),
                text.lastIndexOf("\n\n", at));
        start = start < 0 ? 0 : start + 1;
        int end = text.length();
        for (String stop : List.of(". ", ".\n", "\n\n")) {
            int i = text.indexOf(stop, at);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return text.substring(start, end);
    }

    private static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    @Test
    void removedKeyCheckSeesOldUseAndAllowsAReplacementSentence() {
        assertTrue(!removedKeysIn("x", "Set `awareness_gain` to 0.1 for more.\n").isEmpty(),
                "a plain use of a removed key must be reported");
        assertTrue(removedKeysIn("x", "The former `awareness_gain` was removed. Next.\n").isEmpty(),
                "a sentence that says the key was removed must be allowed");
        assertTrue(!removedKeysIn("x", "It was replaced.\n\npolicy: {mode: impose}\n").isEmpty(),
                "a replacement word in another paragraph must not excuse a use");
    }
}
