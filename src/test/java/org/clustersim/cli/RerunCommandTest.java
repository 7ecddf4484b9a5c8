package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clustersim rerun}: a results folder, moved elsewhere and with its scenario files
 * deleted, runs again from its manifest alone into byte-identical CSV files; another program
 * version is refused unless allowed; a folder without a recorded scenario is refused.
 */
class RerunCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMovedFolderWithoutItsScenarioFilesRerunsIdentically() throws Exception {
        Path original = dir.resolve("original");
        Path scenario = CliHarness.smallScenario(Files.createDirectories(dir.resolve("files")),
                "impose-vs-propose.yaml");
        CliHarness.Result r = CliHarness.run("run", scenario.toString(), "--out", original.toString(), "--quiet",
                "--seed", "7", "--set", "parameters.trust_gain=0.0612345678");
        assertEquals(0, r.code(), r.err());
        Path moved = dir.resolve("elsewhere").resolve("results");
        Files.createDirectories(moved.getParent());
        Files.move(original, moved);
        deleteTree(dir.resolve("files"));

        Path again = dir.resolve("again");
        r = CliHarness.run("rerun", moved.toString(), "--out", again.toString(), "--quiet");
        assertEquals(0, r.code(), r.err() + r.out());
        List<Path> csv = csvFiles(again);
        assertTrue(csv.size() > 10, csv.toString());
        for (Path f : csv) {
            assertArrayEquals(Files.readAllBytes(moved.resolve(again.relativize(f).toString())), Files.readAllBytes(f),
                    f.toString());
        }
        assertTrue(r.out().contains(csv.size() + " of " + csv.size() + " CSV files identical"), r.out());
    }

    @Test
    void anotherVersionIsRefusedUnlessAllowed() throws Exception {
        Path original = dir.resolve("original");
        Path scenario = CliHarness.smallScenario(dir, "mecanique.yaml");
        assertEquals(0, CliHarness.run("run", scenario.toString(), "--out", original.toString(), "--quiet").code());
        Path manifest = original.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"version\": \"[^\"]*\"",
                "\"version\": \"0.0.1-old\""));
        CliHarness.Result r = CliHarness.run("rerun", original.toString(), "--out", dir.resolve("a").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("0.0.1-old") && r.err().contains("--allow-version-change"), r.err());
        r = CliHarness.run("rerun", original.toString(), "--out", dir.resolve("b").toString(), "--quiet",
                "--allow-version-change");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aFolderWithoutARecordedScenarioIsRefused() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old"));
        Files.writeString(old.resolve("manifest.json"), "{\"version\": \"" + org.clustersim.output.Manifest.version()
                + "\", \"steps\": 12}\n");
        CliHarness.Result r = CliHarness.run("rerun", old.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("resolved_scenario"), r.err());
        r = CliHarness.run("rerun", dir.resolve("nothing").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no manifest.json"), r.err());
    }

    private static List<Path> csvFiles(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
