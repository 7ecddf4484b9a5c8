package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad scenario files in {@code src/test/resources/bad-input/}, each checked through
 * the real command line, {@code validate} and {@code run}: exit code 2, a problem printed as
 * {@code file:line:column: message} at the position and with the text that
 * {@code expectations.tsv} gives, every line of standard error in that form and naming a real
 * file, no Java stack trace, and no results folder (nor partial folder) left behind.
 *
 * <p>The files are read from the source tree, not the class path, so that relative
 * {@code extends:} paths resolve as a user's would. Entries marked BUG in the TSV crashed,
 * were silently accepted or gave a wrong message on the original code (see
 * docs/reliability.md). Timeouts guard against inputs that make the loader hang.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Pattern PROBLEM = Pattern.compile("^(.+?):(\\d+):(\\d+): (.+)$");

    @TempDir
    Path tmp;

    /** One line of expectations.tsv. */
    record Expectation(String file, String where, String text) {
        /** The path and position the problem must be printed at, e.g. {@code .../x.yaml:3:7}. */
        String position() {
            int colon = where.indexOf(':');
            boolean otherFile = !where.substring(0, colon).chars().allMatch(Character::isDigit);
            return otherFile ? CORPUS.resolve(where).toString() : CORPUS.resolve(file) + ":" + where;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            assertEquals(3, f.length, "expectations.tsv: need file, position, text: " + line);
            out.add(Arguments.of(new Expectation(f[0], f[1], f[2])));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void validateRejectsWithPosition(Expectation e) {
        CliRun r = CliRun.of("validate", CORPUS.resolve(e.file()).toString());
        assertRejected(r, e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void runRejectsWithoutResultsFolder(Expectation e) throws IOException {
        Path out = tmp.resolve("out");
        // Only run what validate rejects: a file the loader wrongly accepts could start a huge run.
        if (CliRun.of("validate", CORPUS.resolve(e.file()).toString()).exitCode() != Main.BAD_INPUT) {
            fail("validate accepted " + e.file() + ", so run was not tried");
        }
        CliRun r = CliRun.of("run", CORPUS.resolve(e.file()).toString(), "--out", out.toString(), "--quiet");
        assertRejected(r, e);
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "run left files behind");
        }
    }

    @Test
    void corpusCoversEveryFile() throws IOException {
        List<String> listed = corpus().map(a -> ((Expectation) a.get()[0]).file()).sorted().toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> present = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("expectations.tsv")).sorted().toList();
            assertEquals(present, listed, "every bad file has an expectation, and every expectation a file");
        }
        assertTrue(listed.size() >= 35, "at least 35 bad inputs");
    }

    /** Exit 2; the expected problem at its position; every line a positioned problem; no trace. */
    static void assertRejected(CliRun r, Expectation e) {
        assertEquals(Main.BAD_INPUT, r.exitCode(), r.describe());
        assertFalse(r.errShowsJavaInternals(), "stack trace or exception on stderr:\n" + r.describe());
        String prefix = e.position() + ": ";
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(prefix) && l.contains(e.text())),
                "expected a line starting '" + prefix + "' containing '" + e.text() + "'\n" + r.describe());
        for (String line : r.errLines()) {
            Matcher m = PROBLEM.matcher(line);
            assertTrue(m.matches(), "not a file:line:column: message line: " + line);
            assertTrue(Files.isRegularFile(Path.of(m.group(1))), "problem names no real file: " + line);
        }
    }
}
