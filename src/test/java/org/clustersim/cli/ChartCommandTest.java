package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code clustersim chart} refuses, with exit code 2, a folder that is absent or lacks its CSV files. */
class ChartCommandTest {

    @TempDir
    Path dir;

    private String run(int expected, Path folder) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expected, new CommandLine(new ChartCommand()).execute(folder.toString()));
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingFolderIsBadInput() {
        assertTrue(run(Main.BAD_INPUT, dir.resolve("nope")).contains("no results folder"));
    }

    @Test
    void folderWithoutCsvIsBadInput() throws IOException {
        Files.writeString(dir.resolve("summary_by_step.csv"), "variant,metric,step,n,mean,sd,ci_low,ci_high\n");
        String message = run(Main.BAD_INPUT, dir);
        assertTrue(message.contains("timeseries.csv, trust_matrix.csv, manifest.json"), message);
    }
}
