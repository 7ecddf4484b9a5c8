package org.clustersim.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends}: merging a chain of files, and every way a chain can be wrong. */
class ExtendsTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private static void assertOnlyProblem(Path file, Path at, int line, int column, String message) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Extends.resolve(file));
        assertEquals(List.of(new Problem(new Position(at.toString(), line, column), message)), e.problems());
    }

    @Test
    void mergesThreeLevelsRelativeToEachFile() throws Exception {
        Path root = write("common/root.yaml", "name: root\nsteps: 100\nparameters:\n  a: 1\n  b: 2\n  c: 3\n");
        Path middle = write("common/middle.yaml", "extends: root.yaml\nparameters:\n  b: 20\nseeds: [1, 2]\n");
        Path top = write("runs/top.yaml", "extends: ../common/middle.yaml\nname: top\nparameters:\n  c: 300\n");

        YMap merged = Extends.resolve(top);

        assertEquals(List.of("name", "steps", "parameters", "seeds"), List.copyOf(merged.keys()));
        YMap parameters = (YMap) merged.get("parameters");
        assertEquals(List.of("1", "20", "300"), List.of(text(parameters, "a"), text(parameters, "b"), text(parameters, "c")));
        assertEquals("top", text(merged, "name"));
        // Each value keeps the position of the file that set it.
        assertEquals(new Position(top.toString(), 2, 7), merged.get("name").position());
        assertEquals(new Position(root.toString(), 2, 8), merged.get("steps").position());
        assertEquals(new Position(root.toString(), 4, 6), parameters.get("a").position());
        // The base path is shown relative to the file that named it, normalised.
        assertEquals(new Position(dir.resolve("common/middle.yaml").toString(), 3, 6), parameters.get("b").position());
        assertEquals(new Position(middle.toString(), 4, 8), merged.get("seeds").position());
        assertEquals(new Position(top.toString(), 4, 6), parameters.get("c").position());
        assertNull(merged.get("extends"));
    }

    private static String text(YMap map, String key) {
        return ((YScalar) map.get(key)).text();
    }

    @Test
    void fileWithoutExtendsIsReadAsIs() throws Exception {
        Path file = write("plain.yaml", "name: x\n");
        assertEquals(YamlReader.read(file), Extends.resolve(file));
    }

    @Test
    void extendsMustBeText() throws Exception {
        Path file = write("a.yaml", "name: a\nextends: [b.yaml]\n");
        assertOnlyProblem(file, file, 2, 10, "extends must name a file, got a list");
        Path empty = write("e.yaml", "extends:\n");
        assertOnlyProblem(empty, empty, 1, 9, "extends must name a file, got nothing (null)");
    }

    @Test
    void urlsAreRefused() throws Exception {
        Path web = write("web.yaml", "extends: https://example.org/base.yaml\n");
        assertOnlyProblem(web, web, 1, 10, "extends must name a local file, not a URL");
        Path local = write("local.yaml", "extends: 'file:///etc/passwd'\n");
        assertOnlyProblem(local, local, 1, 10, "extends must name a local file, not a URL");
    }

    @Test
    void missingBaseSaysWhereItLooked() throws Exception {
        Path file = write("sub/a.yaml", "extends: ../nope.yaml\n");
        assertOnlyProblem(file, file, 1, 10, "extends: file '../nope.yaml' not found (looked at "
                + dir.toAbsolutePath().resolve("nope.yaml") + ")");
    }

    @Test
    void cyclesAreReportedWithTheWholeChain() throws Exception {
        Path a = write("a.yaml", "extends: b.yaml\n");
        Path b = write("b.yaml", "name: b\nextends: a.yaml\n");
        assertOnlyProblem(a, b, 2, 10, "extends cycle: " + a + " -> " + b + " -> " + a);
        Path self = write("self.yaml", "extends: ./self.yaml\n");
        assertOnlyProblem(self, self, 1, 10, "extends cycle: " + self + " -> " + self);
    }

    @Test
    void chainsDeeperThanTenAreRefused() throws Exception {
        // f0 extends f1 ... extends f11: eleven steps, one too many.
        for (int i = 0; i < 11; i++) {
            write("f" + i + ".yaml", "extends: f" + (i + 1) + ".yaml\nlevel" + i + ": " + i + "\n");
        }
        write("f11.yaml", "level11: 11\n");
        assertOnlyProblem(dir.resolve("f0.yaml"), dir.resolve("f10.yaml"), 1, 10, "extends chain is deeper than 10 levels");
        // From f1, the same chain is exactly ten steps long and accepted.
        assertEquals(11, Extends.resolve(dir.resolve("f1.yaml")).keys().size());
    }

    @Test
    void errorsInABaseFilePointIntoTheBaseFile() throws Exception {
        Path base = write("base.yaml", "a: 1\na: 2\n");
        Path child = write("child.yaml", "extends: base.yaml\n");
        assertOnlyProblem(child, base, 2, 1, "duplicate key 'a' (first at line 1)");
    }

    // BUG: "extends: /etc/passwd" was reported inside that file, quoting its first line.
    @Test
    void aBaseThatIsNoScenarioIsReportedAtTheExtendsValueWithoutItsContent() throws Exception {
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Path passwd = Files.writeString(other.resolve("passwd"),
                "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n");
        Path binary = Files.write(other.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        Path empty = Files.writeString(other.resolve("empty.yaml"), "# nothing\n");
        for (var c : List.of(List.of(passwd, "its top level is not a mapping"),
                List.of(binary, "it is not UTF-8 text (a binary file?)"), List.of(empty, "it is empty"))) {
            Path target = (Path) c.get(0);
            Path top = write("top.yaml", "name: top\nextends: " + target + "\n");
            assertOnlyProblem(top, top, 2, 10, "extends: '" + target + "' is not a scenario file: " + c.get(1));
        }
    }
}
