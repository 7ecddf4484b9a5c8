package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code validate} prints a what-if's population changes and each variant's resulting size;
 * the issue's file (a bare list of one actor) prints the unknown kind first and nothing about
 * the file it extends.
 */
class ValidatePopulationTest {
    @Test
    void validatePrintsThePopulationChanges() {
        CliHarness.Result r = CliHarness.run("validate", "scenarios/what-if/no-cci.yaml");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  population changes:\n    variant no_cci: actors: removed CCI\n"), r.out());
        assertTrue(r.out().contains("  base: 19 entries, 57 actors, 19 relations, 4 events"), r.out());
        assertTrue(r.out().contains("  no_cci: 18 entries, 56 actors, 11 relations, 4 events"), r.out());
    }

    @Test
    void theIssuesFilePrintsTheUnknownKindFirst() {
        CliHarness.Result r = CliHarness.run("validate", "src/test/resources/bad-input/extends-bare-actors.yaml");
        assertEquals(2, r.code());
        String[] lines = r.err().strip().split("\n");
        assertEquals(2, lines.length, r.err());
        assertTrue(lines[0].contains(":3:24: unknown value 'bank' for 'kind'"), r.err());
        assertTrue(lines[1].contains(":2:1: 'actors:' is a list, which would replace the 19 actors"), r.err());
        assertFalse(r.err().contains("mecanique.yaml:"), r.err());
    }
}
