package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output folders that cannot or must not be written: a folder whose parent is a regular file
 * (creation fails even as root, where permissions do not), an existing file or folder without
 * {@code --force}, and {@code --force} over a folder that is not a results folder, which must
 * be refused rather than deleted. Each gives a one-line message without a stack trace and
 * leaves the file system as it was.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OutputFolderTest {
    private static final String SCENARIO = BadInputCorpusTest.CORPUS.resolve("ok/base.yaml").toString();

    @TempDir
    Path tmp;

    // BUG: printed "clustersim: internal error: java.nio.file.FileSystemException" and a stack trace.
    @Test
    void folderUnderARegularFileIsAOneLineError() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder\n");
        Path out = file.resolve("results");
        CliRun r = CliRun.of("run", SCENARIO, "--out", out.toString(), "--quiet");
        assertTrue(r.exitCode() == Main.BAD_INPUT || r.exitCode() == Main.FAILURE, r.describe());
        assertFalse(r.errShowsJavaInternals(), r.describe());
        assertEquals(1, r.errLines().size(), r.describe());
        assertTrue(r.err().contains(out.toString()) && r.err().contains("Not a directory"), r.describe());
        assertEquals("not a folder\n", Files.readString(file));
    }

    @Test
    void existingFolderNeedsForce() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("existing"));
        CliRun r = CliRun.of("run", SCENARIO, "--out", out.toString(), "--quiet");
        assertEquals(Main.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals(List.of("clustersim run: Output folder " + out + " already exists; use --force to overwrite it"),
                r.errLines());
        assertFalse(Files.exists(tmp.resolve("existing.partial")));
    }

    // BUG: "--out . --force" deleted the working directory; --force now only replaces a results folder.
    @Test
    void forceDoesNotDeleteAFolderThatIsNotAResultsFolder() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("documents"));
        Path precious = Files.writeString(out.resolve("thesis.txt"), "years of work\n");
        CliRun r = CliRun.of("run", SCENARIO, "--out", out.toString(), "--force", "--quiet");
        assertEquals(Main.BAD_INPUT, r.exitCode(), r.describe());
        assertEquals(1, r.errLines().size(), r.describe());
        assertTrue(r.err().contains("not a clustersim results folder"), r.describe());
        assertEquals("years of work\n", Files.readString(precious));
        assertFalse(Files.exists(tmp.resolve("documents.partial")));
    }
}
