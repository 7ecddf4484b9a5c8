package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputDirTest {

    @TempDir
    Path tmp;

    @Test
    void outputAppearsOnlyAtCommit() throws Exception {
        Path out = tmp.resolve("results");
        AtomicOutputDir dir = AtomicOutputDir.open(out, false);
        Files.writeString(dir.resolve("summary.csv"), "x\n");
        assertFalse(Files.exists(out));
        assertTrue(Files.exists(tmp.resolve("results.partial/summary.csv")));
        dir.commit();
        assertEquals("x\n", Files.readString(out.resolve("summary.csv")));
        assertFalse(Files.exists(tmp.resolve("results.partial")));
    }

    @Test
    void refusesExistingOutputWithoutForce() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("results"));
        OutputExistsException e = assertThrows(OutputExistsException.class, () -> AtomicOutputDir.open(out, false));
        assertTrue(e.getMessage().contains("results"));
        assertTrue(e.getMessage().contains("use --force to overwrite"));
    }

    @Test
    void forceReplacesOldOutputOnlyAtCommit() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("results"));
        Files.writeString(out.resolve("old.csv"), "old\n");
        Files.writeString(out.resolve("manifest.json"), "{}\n");
        AtomicOutputDir dir = AtomicOutputDir.open(out, true);
        Files.writeString(dir.resolve("new.csv"), "new\n");
        assertTrue(Files.exists(out.resolve("old.csv")), "old results kept until commit");
        dir.commit();
        assertFalse(Files.exists(out.resolve("old.csv")));
        assertEquals("new\n", Files.readString(out.resolve("new.csv")));
        assertFalse(Files.exists(tmp.resolve("results.old")));
    }

    @Test
    void forceNeverReplacesAFolderThatHoldsNoResults() throws IOException {
        Path work = Files.createDirectory(tmp.resolve("work"));
        Files.writeString(work.resolve("notes.txt"), "precious\n");
        OutputExistsException e = assertThrows(OutputExistsException.class, () -> AtomicOutputDir.open(work, true));
        assertTrue(e.getMessage().contains("not a clustersim results folder"), e.getMessage());
        assertEquals("precious\n", Files.readString(work.resolve("notes.txt")));
    }

    @Test
    void deletesStalePartialAtOpen() throws Exception {
        Path stale = Files.createDirectories(tmp.resolve("results.partial/sub"));
        Files.writeString(stale.resolve("junk.csv"), "junk\n");
        AtomicOutputDir dir = AtomicOutputDir.open(tmp.resolve("results"), false);
        try (var files = Files.list(dir.dir())) {
            assertEquals(0, files.count());
        }
    }
}
