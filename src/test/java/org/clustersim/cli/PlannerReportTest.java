package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustersim.format.Csv;
import org.clustersim.format.Num;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report a planner reads, end to end through {@code run}: noise is never called "more" or
 * "less" (two variants with the same policy, and the main job shortened), each verdict agrees with
 * comparison.csv, a sweep gets a response chart per headline measure, and the page renders in
 * headless Chromium when it is installed.
 */
class PlannerReportTest {
    private static final List<String> HEADLINE = List.of("cooperation_rate", "appropriation", "cohesion", "mean_trust",
            "innovation");

    @TempDir
    static Path dir;

    @BeforeAll
    static void run() throws Exception {
        Path main = Path.of("scenarios").toAbsolutePath();
        // Two variants that differ in nothing but their seeds: every difference is chance.
        Files.writeString(dir.resolve("same.yaml"), "extends: " + main.resolve("mecanique.yaml") + "\nname: same\n"
                + "replications: 8\nsteps: 48\nseed: 7\nvariants:\n  propose:\n    description: the file's policy\n"
                + "  propose_again:\n    description: the same policy again\n    policy: {preset: propose}\n");
        Files.writeString(dir.resolve("sweep.yaml"), "extends: " + main.resolve("sweep-trust-policy.yaml")
                + "\nname: sweep\nreplications: 3\nsteps: 24\n");
        for (String name : List.of("same", "sweep")) {
            CliRun r = CliRun.of("run", dir.resolve(name + ".yaml").toString(), "--out", dir.resolve(name).toString(),
                    "--quiet");
            assertEquals(Main.OK, r.exitCode(), r.describe());
        }
        // The main job shortened on the command line, which the report must say.
        CliRun r = CliRun.of("run", main.resolve("impose-vs-propose.yaml").toString(), "--replications", "6",
                "--steps", "48", "--out", dir.resolve("main").toString(), "--quiet");
        assertEquals(Main.OK, r.exitCode(), r.describe());
    }

    private static String report(String name) throws Exception {
        return Files.readString(dir.resolve(name).resolve("report.html"));
    }

    @Test
    void variantsThatDifferOnlyByChanceShowNoMoreOrLess() throws Exception {
        String html = report("same");
        assertFalse(Pattern.compile("<td>(more|less): ").matcher(html).find(), "a verdict on noise");
        assertTrue(html.contains("propose_again compared with propose: no clear difference in cooperation,"
                + " ownership of the project, cohesion, trust and outside knowledge."), "the headline answer");
        assertTrue(html.contains("The two variants differ in no lever"));
        assertTrue(html.contains("<b>propose_again</b> (policy preset propose): the same policy again"));
    }

    @Test
    void everyVerdictOfTheMainJobAgreesWithComparisonCsv() throws Exception {
        String html = report("main");
        List<List<String>> rows = Csv.parse(Files.readString(dir.resolve("main").resolve("comparison.csv")));
        List<String> h = rows.get(0);
        int clearOnes = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            String metric = r.get(h.indexOf("metric"));
            if (metric.equals("stage")) {
                continue;
            }
            double d = Num.parse(r.get(h.indexOf("difference")));
            double lo = Num.parse(r.get(h.indexOf("ci_low")));
            double hi = Num.parse(r.get(h.indexOf("ci_high")));
            double p = Num.parse(r.get(h.indexOf("p_holm")));
            double smallest = metric.equals("alliances_broken") || metric.equals("active_firms") ? 1
                    : metric.equals("formed") || metric.equals("coordinator_top_broker")
                    || metric.equals("alliance_break_rate") ? 0.1 : 0.02;
            boolean clear = (lo > 0 || hi < 0) && Math.abs(d) >= smallest && p < 0.05;
            Matcher m = Pattern.compile("<code>" + metric + "</code></td>.*?</td><td class=\"num\">[^<]*</td>"
                    + "<td class=\"num\">[^<]*</td><td>(more|less|no clear difference)").matcher(html);
            assertTrue(m.find(), metric + " is in the findings");
            assertEquals(clear ? (d > 0 ? "more" : "less") : "no clear difference", m.group(1), metric);
            clearOnes += clear ? 1 : 0;
        }
        assertTrue(clearOnes > 0, "impose and propose differ clearly somewhere even in 6 short runs");
        assertTrue(html.contains("<b>Question:</b> after 48 months (January 2011 to December 2014), does impose end"
                + " with more or less cooperation"), "the headline's question, with dates");
        assertTrue(html.contains("replications 6 instead of the file&#39;s 30, months 48 instead of the file&#39;s 120")
                || html.contains("replications 6 instead of the file's 30, months 48 instead of the file's 120"), html);
        assertTrue(html.contains("This run: 2 variants &times; 6 replications of 48 months"), "what the run used");
    }

    @Test
    void aSweepHasAResponseChartPerHeadlineMeasure() throws Exception {
        String html = report("sweep");
        for (String metric : HEADLINE) {
            assertTrue(Files.isRegularFile(dir.resolve("sweep/charts/response-" + metric + "-trust_gain.png")), metric);
            assertTrue(html.contains("id=\"response-" + metric + "-trust_gain\""), metric);
        }
        assertTrue(html.contains("The sweep&#39;s answer") || html.contains("The sweep's answer"));
        assertTrue(html.contains("impose compared with propose"));
    }

    @Test
    void reportsRenderInHeadlessChromium() throws Exception {
        String chromium = onPath("chromium", "chromium-browser", "google-chrome");
        assumeTrue(chromium != null, "no Chromium on PATH");
        for (String name : List.of("same", "main", "sweep")) {
            Path html = dir.resolve(name).resolve("report.html");
            Path shot = dir.resolve(name + ".png");
            Path profile = Files.createTempDirectory(dir, "profile");
            Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile,
                    "--screenshot=" + shot, "--window-size=1200,3000", html.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium ended");
            String log = Files.readString(dir.resolve(name + ".log"));
            assertEquals(0, p.exitValue(), log);
            assertTrue(Files.size(shot) > 10_000, "a screenshot with content");
            assertFalse(log.contains("Uncaught") || log.contains("ERR_FILE_NOT_FOUND") || log.contains("Failed to load"),
                    log);
        }
    }

    private static String onPath(String... names) {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String n : names) {
                if (Files.isExecutable(Path.of(dirName, n))) {
                    return Path.of(dirName, n).toString();
                }
            }
        }
        return null;
    }
}
