package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copied scenario that keeps its original's {@code name:} must not write over the original's
 * results: {@code run} refuses, even with {@code --force}, names the folder and says how to
 * give the copy one of its own; the original still runs into its folder.
 */
class FolderOwnerTest {
    @Test
    void aFolderBelongsToTheFileItsManifestRecords(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("results/mecanique"));
        Files.writeString(target.resolve("manifest.json"),
                "{\"files\": [{\"path\": \"" + dir.resolve("scenarios/mecanique.yaml") + "\", \"sha256\": \"x\"}]}");
        assertNull(FolderOwner.collision(target, dir.resolve("scenarios/../scenarios/mecanique.yaml"), "mecanique"));
        String clash = FolderOwner.collision(target, dir.resolve("my.yaml"), "mecanique");
        assertTrue(clash.startsWith(target + " holds the results of " + dir.resolve("scenarios/mecanique.yaml")),
                clash);
        assertTrue(clash.endsWith("(name: my) or write elsewhere with --out " + dir.resolve("results/my")), clash);
        assertNull(FolderOwner.collision(dir.resolve("results/other"), dir.resolve("my.yaml"), "other"),
                "no folder yet: nothing to overwrite");
    }

    @Test
    void anInterruptedRunOfAnotherFileIsProtectedToo(@TempDir Path dir) throws Exception {
        Path partial = Files.createDirectories(dir.resolve("results/x.partial"));
        Files.writeString(partial.resolve(RunCommand.FINGERPRINT), "{\"files\": [{\"path\": \"a/x.yaml\"}]}");
        String clash = FolderOwner.collision(dir.resolve("results/x"), Path.of("b/x.yaml"), "x");
        assertTrue(clash.contains("(name: x-copy)"), clash);
    }

    @Test
    void runRefusesToOverwriteAnotherFilesResultsEvenWithForce(@TempDir Path dir) throws Exception {
        String name = "collision-" + UUID.randomUUID();
        Path original = CliHarness.smallScenario(dir, "mecanique.yaml");
        Files.writeString(original, Files.readString(original).replace("name: mecanique", "name: " + name));
        Path copy = dir.resolve("copy/my.yaml");
        Files.createDirectories(copy.getParent());
        Files.copy(original, copy);
        Path results = Path.of("results", name);
        try {
            assertEquals(Main.OK, CliHarness.run("run", original.toString(), "--quiet").code());
            CliHarness.Result r = CliHarness.run("run", copy.toString(), "--quiet", "--force");
            assertEquals(Main.BAD_INPUT, r.code(), r.err());
            assertTrue(r.err().contains(results + " holds the results of " + original), r.err());
            assertTrue(Files.readString(results.resolve("manifest.json")).contains(original.toString()));
            assertFalse(Files.exists(Path.of("results", "my")));
            assertEquals(Main.OK, CliHarness.run("run", original.toString(), "--quiet", "--force").code(),
                    "the original still reruns over its own folder");
        } finally {
            try (var files = Files.walk(results)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
