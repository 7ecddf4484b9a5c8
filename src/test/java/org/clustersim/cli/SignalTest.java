package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C and SIGTERM during {@code run}, with a real process: the child JVM is signalled once its
 * partial {@code timeseries.csv} holds a finished run, and must exit with 128 + the signal's
 * number after one line that says how many runs the partial folder keeps and gives the
 * {@code --resume} command; its lock is released after that line. That command, run as
 * printed, finishes the folder with the same CSVs as an uninterrupted run.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SignalTest {
    private static final Pattern MESSAGE = Pattern.compile(
            "clustersim run: interrupted; at least (\\d+) of 80 run\\(s\\) finished are kept in (\\S+); finish with: \\./(.+)");

    @TempDir
    static Path tmp;
    static Path experiment;
    static Path reference;

    @BeforeAll
    static void uninterruptedRun() throws IOException {
        // Long enough (80 runs of 120 months on one thread, some seconds) that the signal always
        // lands while runs remain: a shorter run could finish before the signal arrives.
        experiment = CliHarness.referenceRun(tmp, "signal", 40, 120, 2);
        reference = tmp.resolve("reference");
    }

    @ParameterizedTest(name = "SIG{0} exits {1}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void signalKeepsFinishedRunsAndSaysHowToResume(String signal, int exitCode) throws Exception {
        Path out = tmp.resolve(signal);
        Path log = tmp.resolve(signal + ".log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", experiment.toString(), "--out", out.toString(), "--threads", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path series = KillResumeTest.partial(out).resolve("timeseries.csv");
        while (lines(series) < 1 + 121 && child.isAlive()) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the run ended before it could be signalled: " + Files.readString(log));
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start().waitFor());
        assertEquals(exitCode, child.waitFor(), Files.readString(log));

        List<String> said = Files.readString(log).lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, said.size(), Files.readString(log));
        Matcher m = MESSAGE.matcher(said.get(0));
        assertTrue(m.matches(), said.get(0));
        assertTrue(Integer.parseInt(m.group(1)) >= 1, said.get(0));
        assertEquals(KillResumeTest.partial(out).toString(), m.group(2));
        assertFalse(Files.exists(out.resolveSibling(out.getFileName() + ".lock")), "lock left after the signal");

        List<String> resume = Arrays.asList(m.group(3).split(" "));
        assertEquals("clustersim", resume.get(0));
        assertEquals("--resume", resume.get(resume.size() - 1));
        CliRun r = CliRun.of(resume.subList(1, resume.size()).toArray(String[]::new));
        assertEquals(Main.OK, r.exitCode(), r.describe());
        assertFalse(Files.exists(KillResumeTest.partial(out)));
        KillResumeTest.assertSameCsvs(reference, out);
    }

    private static long lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file).lines().count() : 0;
    }
}
