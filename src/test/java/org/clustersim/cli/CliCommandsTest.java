package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the {@code validate} and {@code list} commands and the exit codes of the launcher:
 * 0 for valid input, 2 for bad input or usage, with the problems on stderr.
 */
class CliCommandsTest {
    @TempDir
    Path dir;

    @Test
    void validateAllShippedScenarios() {
        CliHarness.Result r = CliHarness.run("validate", "scenarios/dinanderie.yaml", "scenarios/mecanique.yaml",
                "scenarios/impose-vs-propose.yaml", "scenarios/sweep-trust-policy.yaml");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("scenarios/impose-vs-propose.yaml: ok (2 variant(s), 30 replication(s), 120 months)"),
                r.out());
    }

    @Test
    void validateTheMechanicalScenarios() {
        CliHarness.Result r = CliHarness.run("validate", "scenarios/mecanique.yaml", "scenarios/impose-vs-propose.yaml");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("scenarios/mecanique.yaml: ok (1 variant(s), 1 replication(s), 120 months)", lines.get(0));
        assertEquals("  baseline: policy preset propose", lines.get(1));
        assertTrue(lines.get(2).matches(" {4}awareness +months 25\\+ +awareness sessions every 6 months.*"), lines.get(2));
        assertTrue(lines.contains("scenarios/impose-vs-propose.yaml: ok (2 variant(s), 30 replication(s), 120 months)"));
        assertTrue(lines.contains("  impose: policy preset impose"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches(" {4}control +months 25\\+ +control of members, intensity 0.7")),
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void validateReportsEveryBadFileAndExits2() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nactors: []\n");
        CliHarness.Result r = CliHarness.run("validate", bad.toString(), "scenarios/mecanique.yaml");
        assertEquals(2, r.code());
        assertEquals(bad + ":1:1: missing required key 'description' in the scenario" + System.lineSeparator()
                + bad + ":2:9: a scenario needs a non-empty 'actors' list" + System.lineSeparator(), r.err());
        assertTrue(r.out().contains("scenarios/mecanique.yaml: ok"), "the good file is still checked");
    }

    @Test
    void listTheScenariosFolder() throws java.io.IOException {
        CliHarness.Result r = CliHarness.run("list", "--dir", "scenarios");
        assertEquals(0, r.code(), r.err());
        String[] all = r.out().split("\\R");
        String[] lines = java.util.Arrays.stream(all)
                .filter(l -> !l.startsWith("patterns/") && !l.startsWith("scale/") && !l.startsWith("lesson/")
                        && !l.startsWith("explore/") && !l.startsWith("what-if/") && !l.startsWith("calibration/")
                        && !l.startsWith("policy preset"))
                .toArray(String[]::new);
        assertEquals(7, lines.length, r.out());
        assertTrue(r.out().contains("policy preset: impose") && r.out().contains("Impose: decree and enrolment"), r.out());
        assertTrue(r.out().contains("scale/large.yaml") && r.out().contains("100,035 actors"), r.out());
        long patterns;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("scenarios/patterns"))) {
            patterns = files.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        assertTrue(patterns >= 10, "the observed patterns and hypotheses ship as experiments");
        long lesson;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("scenarios/lesson"))) {
            lesson = files.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        long whatIf;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("scenarios/what-if"))) {
            whatIf = files.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        assertEquals(patterns + 2 + 3 + 1 + lesson + whatIf + org.clustersim.scenario.Presets.NAMES.size(),
                all.length - lines.length,
                "the pattern experiments, the exploration and calibration files, the lesson's and what-if files and"
                        + " the presets are listed too: "
                        + r.out());
        assertTrue(r.out().contains("explore/regret-mixes.yaml                (regret: appropriation at month 120"),
                r.out());
        assertFalse(r.out().contains("(invalid"), r.out());
        assertTrue(r.out().contains("calibration/observed.yaml") && r.out().contains("(calibration: "), r.out());
        assertTrue(lines[0].startsWith("decomposition.yaml"), lines[0]);
        assertTrue(lines[1].startsWith("dinanderie.yaml") && lines[1].contains("Copper-craft cluster"), lines[1]);
        assertTrue(lines[2].startsWith("impose-vs-propose.yaml") && lines[2].contains("Impose versus propose"), lines[2]);
        assertTrue(lines[3].startsWith("mecanique.yaml") && lines[3].contains("Mechanical cluster of Ain Smara"), lines[3]);
        assertTrue(lines[4].startsWith("policy-mix.yaml"), lines[4]);
        assertTrue(lines[5].startsWith("sweep-sanctions.yaml"), lines[5]);
        assertTrue(lines[6].startsWith("sweep-trust-policy.yaml"), lines[6]);
        assertFalse(r.out().contains("(invalid"), r.out());
    }

    @Test
    void listAMissingFolderIsBadInput() {
        CliHarness.Result r = CliHarness.run("list", "--dir", dir.resolve("nowhere").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no scenarios folder"), r.err());
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertEquals(2, CliHarness.run("frobnicate").code());
        assertEquals(2, CliHarness.run("run", "scenarios/mecanique.yaml", "--no-such-option").code());
    }
}
