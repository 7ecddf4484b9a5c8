package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input that is not a committed file: a file over the size limit (made here rather than
 * committing megabytes), and {@code --set} overrides with a bad path or value, whose problems
 * are reported at {@code --set path=value:1:column}. Also the inputs that must be accepted:
 * a UTF-8 byte-order mark and CRLF line endings (both written by Windows editors), an
 * experiment with variants and a sweep, and every shipped scenario.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BadInputExtraTest {
    private static final Path OK = BadInputCorpusTest.CORPUS.resolve("ok");

    @TempDir
    Path tmp;

    @Test
    void fileOverTheSizeLimitIsRejectedUnread() throws IOException {
        Path big = tmp.resolve("big.yaml");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("name: big\ndescription: >\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = ("  " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 2048; i++) {
                out.write(line);
            }
        }
        long size = Files.size(big);
        for (String command : List.of("validate", "run")) {
            CliRun r = command.equals("validate") ? CliRun.of("validate", big.toString())
                    : CliRun.of("run", big.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
            assertEquals(Main.BAD_INPUT, r.exitCode(), r.describe());
            assertEquals(List.of(big + ":1:1: file is " + size + " bytes; the limit is 1048576"), r.errLines());
        }
        assertFalse(Files.exists(tmp.resolve("out")) || Files.exists(tmp.resolve("out.partial")));
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "parameters.trust_gian=0.1   | 1:12 | unknown key 'trust_gian' in parameters; did you mean 'trust_gain'?",
        "parameters.trust_gain=abc   | 1:23 | expected a number between 0 and 1 for 'trust_gain', got 'abc'",
        "parameters.trust_gain=2     | 1:23 | 'trust_gain' must be between 0 and 1, got 2",
        "parameters.trust_gain=.nan  | 1:23 | 'trust_gain' must be a finite number",
        "steps=1e9                   | 1:7  | 'steps' must be between 1 and 12000, got 1e9",
        "replications=0              | 1:14 | 'replications' must be between 1 and 100000, got 0",
        "policy.preset=decree        | 1:15 | unknown preset 'decree'",
        "foo.bar=1                   | 1:1  | unknown key 'foo' in the scenario",
        "parameters..x=1             | 1:1  | expected --set path.to.key=value",
        "=3                          | 1:1  | expected --set path.to.key=value",
        ".steps=3                    | 1:1  | expected --set path.to.key=value",
        "steps                       | 1:1  | expected --set path.to.key=value",
        "actors=5                    | 1:8  | expected a list for 'actors', got '5'",
        "name=../x                   | 1:6  | name '../x' must be letters"})
    void badSetIsReportedAtTheOption(String set, String where, String text) {
        CliRun r = CliRun.of("run", OK.resolve("base.yaml").toString(), "--out", tmp.resolve("out").toString(),
                "--quiet", "--set", set);
        assertEquals(Main.BAD_INPUT, r.exitCode(), r.describe());
        assertFalse(r.errShowsJavaInternals(), r.describe());
        String prefix = "--set " + set + ":" + where + ": ";
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(prefix) && l.contains(text)),
                "expected '" + prefix + "..." + text + "'\n" + r.describe());
        for (String line : r.errLines()) {
            assertTrue(line.matches("^.+?:\\d+:\\d+: .+$"), "not file:line:column: " + line);
            assertFalse(line.startsWith("none:"), "problem without a real position: " + line);
        }
        assertFalse(Files.exists(tmp.resolve("out")) || Files.exists(tmp.resolve("out.partial")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base.yaml", "bom.yaml", "crlf.yaml", "experiment.yaml"})
    void validFilesAreAccepted(String name) {
        CliRun r = CliRun.of("validate", OK.resolve(name).toString());
        assertEquals(Main.OK, r.exitCode(), r.describe());
        assertEquals("", r.err());
    }

    @Test
    void byteOrderMarkAndCrlfChangeNothing() throws Exception {
        var base = org.clustersim.scenario.ScenarioLoader.load(OK.resolve("base.yaml"));
        for (String name : List.of("bom.yaml", "crlf.yaml")) {
            var other = org.clustersim.scenario.ScenarioLoader.load(OK.resolve(name));
            assertEquals(base.variants().get(0).config(), other.variants().get(0).config(), name);
        }
    }

    @Test
    void shippedScenariosAreValid() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                CliRun r = CliRun.of("validate", f.toString());
                assertEquals(Main.OK, r.exitCode(), r.describe());
            }
        }
    }
}
