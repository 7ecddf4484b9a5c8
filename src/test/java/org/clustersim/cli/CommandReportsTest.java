package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.clustersim.format.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sensitivity} writes manifest.json and report.html as {@code run} does, and its counts agree. */
class CommandReportsTest {
    @TempDir
    Path dir;

    @Test
    void sensitivityWritesItsManifestAndReportAndCountsWhatItAnnounces() throws Exception {
        Path file = CliHarness.smallScenario(dir, "impose-vs-propose.yaml");
        Path out = dir.resolve("morris");
        // Not --quiet: the announcement and the progress lines are what is checked.
        CliRun r = CliRun.of("sensitivity", file.toString(), "--trajectories", "2", "--replications", "1", "--out",
                out.toString(), "--threads", "2");
        assertEquals(Main.OK, r.exitCode(), r.describe());
        // 13 uncertain parameters: 2 trajectories x 14 points x 2 variants x 1 replication.
        assertTrue(r.err().contains("Morris screening of 13 parameters, 2 trajectories, 56 runs"), r.err());
        assertTrue(r.err().contains("56/56 runs"), "the progress counts the runs it announced: " + r.err());
        Map<?, ?> m = (Map<?, ?>) Json.parse(Files.readString(out.resolve("manifest.json")));
        assertEquals("sensitivity", m.get("command"));
        assertEquals(56, ((Number) m.get("runs")).intValue());
        assertEquals(((Map<?, ?>) ((java.util.List<?>) m.get("files")).get(0)).get("path"), file.toString());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("which uncertain parameters move the difference between the variants"), "a headline");
        assertTrue(html.contains("id=\"morris-cooperation_rate\""), "the chart of a headline measure");
        assertTrue(Files.readAllLines(out.resolve("charts/morris-cooperation_rate.csv")).size() == 14,
                "a row per parameter");
    }
}
