package org.clustersim.scenario;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.clustersim.scenario.yaml.Problem;
import org.clustersim.scenario.yaml.ScenarioException;

/**
 * Fuzzing the loader: each shipped scenario's text is changed by a few random mutations (lines
 * deleted, duplicated, swapped or re-indented, characters replaced, YAML metacharacters inserted,
 * numbers made extreme, the text cut short) and loaded with {@link ScenarioLoader#load}. The
 * only allowed outcomes are a {@link Scenario} or a {@link ScenarioException} whose problems all
 * point into a real file; any other exception, or a load slower than a few seconds, fails.
 *
 * <p>jqwik draws the mutations from a fixed seed, so every run tries the same 2,000 mutants, and
 * shrinks a failing case to a minimal list of mutations; the mutant text is in the message.
 * The mutants are written next to copies of the shipped scenarios, so {@code extends:} resolves.
 */
class ScenarioFuzzTest {
    private static final List<String> FRAGMENTS = List.of(":", ": ", "[", "]", "{", "}", "&a ", "*a", "!", "!!",
            "|", ">", "'", "\"", "#", "%", "@", "`", ",", "- ", "? ", "<<: *a", "&a [*a]", "!!python/object:os.system",
            "!!java.io.File ", "\t", "\r\n", "\n", "\u0085", "\u2028", "\uFEFF", "~", "null", "\\", "\u00e9", "\uD83D\uDE00");
    private static final List<String> NUMBERS = List.of("0", "-1", "-0", "1e308", "-1e308", "1e-320", "2147483648",
            "99999999999999999999", "9223372036854775807", "200001", "10000000", ".5", "1_0", "0x10", "0o7", ".inf",
            "-.inf", ".nan", "NaN", "1.7976931348623157e309", "12000", "12001", "");
    /** A number as the scenarios write them, e.g. {@code 0.35} or {@code 120}. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    static Path dir;
    static List<String> sources;

    /** One change to a scenario's text; positions are taken modulo the text's size. */
    record Mutation(int op, int a, int b, String text) {
    }

    @BeforeContainer
    static void copyScenarios() throws IOException {
        dir = Files.createTempDirectory("clustersim-fuzz");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        sources = List.copyOf(texts);
    }

    @AfterContainer
    static void deleteCopies() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 2000, seed = "20240607", edgeCases = EdgeCasesMode.NONE)
    void mutantLoadsOrFailsWithPositions(@ForAll("scenarioIndex") int scenario,
                                        @ForAll("mutations") List<Mutation> mutations) throws IOException {
        String text = sources.get(scenario);
        for (Mutation m : mutations) {
            text = apply(text, m);
        }
        Path file = dir.resolve("mutant.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String mutant = text;
        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                ScenarioLoader.load(file);
                return "loaded";
            } catch (ScenarioException e) {
                for (Problem p : e.problems()) {
                    assertTrue(Files.isRegularFile(Path.of(p.position().file())), "no real file in: " + p);
                }
                return "rejected";
            } catch (RuntimeException | Error e) {
                throw new AssertionError("the loader crashed with " + e + " on this text:\n" + mutant, e);
            }
        }, () -> "the loader took over 10 s on this text:\n" + mutant);
        Statistics.collect(outcome);
        // Both outcomes must be common, or the mutations test only one path of the loader.
        Statistics.coverage(c -> {
            c.check("loaded").percentage(p -> p > 5);
            c.check("rejected").percentage(p -> p > 20);
        });
    }

    @Provide
    Arbitrary<Integer> scenarioIndex() {
        return Arbitraries.integers().between(0, sources.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.of(NUMBERS));
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 8),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 100_000), text)
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    /** Applies one mutation; see the operation names in the switch. */
    static String apply(String text, Mutation m) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int i = m.a() % lines.size();
        int j = m.b() % lines.size();
        switch (m.op()) {
            case 0 -> lines.remove(i);                                        // delete a line
            case 1 -> lines.add(i, lines.get(i));                             // duplicate a line
            case 2 -> {                                                       // swap two lines
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 3 -> lines.set(i, reindent(lines.get(i), m.b() % 7 - 3));     // indent by -3..+3
            case 4 -> {                                                       // replace a character
                int at = m.a() % Math.max(1, text.length());
                return text.isEmpty() ? m.text() : text.substring(0, at) + m.text() + text.substring(at + 1);
            }
            case 5 -> {                                                       // insert a fragment
                int at = m.a() % (text.length() + 1);
                return text.substring(0, at) + m.text() + text.substring(at);
            }
            case 6 -> {                                                       // make a number extreme
                java.util.regex.Matcher n = NUMBER.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (n.find()) {
                    spans.add(new int[] {n.start(), n.end()});
                }
                if (spans.isEmpty()) {
                    return text;
                }
                int[] s = spans.get(m.a() % spans.size());
                return text.substring(0, s[0]) + NUMBERS.get(m.b() % NUMBERS.size()) + text.substring(s[1]);
            }
            case 7 -> {                                                       // cut the text short
                return text.substring(0, m.a() % (text.length() + 1));
            }
            default -> lines.set(i, "\t" + lines.get(i));                     // a tab in the indentation
        }
        return String.join("\n", lines);
    }

    private static String reindent(String line, int by) {
        if (by >= 0) {
            return " ".repeat(by) + line;
        }
        int spaces = 0;
        while (spaces < line.length() && spaces < -by && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return line.substring(spaces);
    }
}
