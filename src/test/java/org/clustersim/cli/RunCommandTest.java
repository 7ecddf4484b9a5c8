package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code clustersim run} end to end on small copies of the shipped scenarios (2
 * replications of 12 months): the results folder holds every expected file and no
 * {@code .partial} folder is left; the same seed gives byte-identical files, whatever the number
 * of threads; an existing folder is refused without --force and left untouched; a misspelt key
 * is refused with a suggestion.
 */
class RunCommandTest {
    @TempDir
    Path dir;

    private Path small(String file) throws Exception {
        return CliHarness.smallScenario(dir, file);
    }

    private static CliHarness.Result run(Path scenario, Path out, String... more) {
        String[] args = Stream.concat(Stream.of("run", scenario.toString(), "--out", out.toString()), Stream.of(more))
                .toArray(String[]::new);
        return CliHarness.run(args);
    }

    @Test
    void runWritesTheResultsFolder() throws Exception {
        Path out = dir.resolve("out");
        CliHarness.Result r = run(small("mecanique.yaml"), out, "--threads", "1");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("timeseries.csv", "summary.csv", "trust_matrix.csv", "manifest.json",
                "charts/key-figure.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertFalse(Files.exists(dir.resolve("out.partial")));
        assertFalse(Files.exists(out.resolve("comparison.csv")), "one variant: nothing to compare");
        // header + 2 replications x 13 steps (0..12)
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(1 + 2 * 13, lines.size());
        assertTrue(lines.get(0).startsWith("variant,replication,seed,step,cooperation_rate,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("baseline,1,"), lines.get(1));
        assertTrue(r.out().contains("wrote " + out.toAbsolutePath().normalize()), r.out());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("complete"));
    }

    @Test
    void theManifestRecordsASetParameterInFull() throws Exception {
        Path out = dir.resolve("set");
        CliHarness.Result r = run(small("mecanique.yaml"), out, "--quiet", "--set",
                "parameters.trust_gain=0.0612345678");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"trust_gain\": 0.0612345678,"));
    }

    @Test
    void sameSeedGivesByteIdenticalTimeseries() throws Exception {
        Path scenario = small("mecanique.yaml");
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run(scenario, a, "--seed", "99", "--quiet").code());
        assertEquals(0, run(scenario, b, "--seed", "99", "--quiet").code());
        assertArrayEquals(Files.readAllBytes(a.resolve("timeseries.csv")), Files.readAllBytes(b.resolve("timeseries.csv")));
        Path c = dir.resolve("c");
        assertEquals(0, run(scenario, c, "--seed", "100", "--quiet").code());
        assertFalse(Files.readString(a.resolve("timeseries.csv")).equals(Files.readString(c.resolve("timeseries.csv"))),
                "another seed, other results");
    }

    @Test
    void threadsDoNotChangeTheResults() throws Exception {
        Path scenario = small("impose-vs-propose.yaml");
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, run(scenario, one, "--threads", "1", "--quiet").code());
        assertEquals(0, run(scenario, two, "--threads", "2", "--quiet").code());
        for (String f : List.of("timeseries.csv", "summary.csv", "comparison.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        String ts = Files.readString(one.resolve("timeseries.csv"));
        assertTrue(ts.contains("\npropose,1,") && ts.contains("\nimpose,2,"));
    }

    @Test
    void existingFolderWithoutForceIsRefusedAndUntouched() throws Exception {
        Path out = dir.resolve("taken");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "previous results");
        CliHarness.Result r = run(small("mecanique.yaml"), out, "--quiet");
        assertEquals(2, r.code());
        assertFalse(r.err().isBlank());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(out.resolve("keep.txt")), s.toList());
        }
        assertEquals("previous results", Files.readString(out.resolve("keep.txt")));
        assertFalse(Files.exists(dir.resolve("taken.partial")));
    }

    @Test
    void misspeltKeyIsBadInput() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(small("mecanique.yaml"))
                .replace("turnover_period: 36", "turnover_period: 36\n  trust_gian: 0.1"));
        Path out = dir.resolve("never");
        CliHarness.Result r = run(bad, out, "--quiet");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown key 'trust_gian' in parameters; did you mean 'trust_gain'?"), r.err());
        assertTrue(r.err().startsWith(bad.toString() + ":"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace for a user's mistake");
        assertFalse(Files.exists(out));
    }

    @Test
    void badOptionValueIsBadInput() throws Exception {
        CliHarness.Result r = run(small("mecanique.yaml"), dir.resolve("x"), "--threads", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--threads must be between 1 and 1024, got 0"), r.err());
    }
}
