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
 * Runs a small factorial experiment end to end (the mechanical cluster shortened to 12 months,
 * three instruments in a full 2^3 design, 3 replications): the folder holds design.csv with the
 * eight rows and their levels, effects.csv with a main effect and the interactions of each
 * instrument per metric, and effects charts; comparisons are made between the arms only; the
 * report names the arms, not the rows; shards merged give the same design and effects.
 */
class FactorialRunTest {
    @TempDir
    Path dir;

    @Test
    void aFactorialWritesItsDesignAndEffects() throws Exception {
        CliHarness.smallScenario(dir, "mecanique.yaml");
        Path file = dir.resolve("mix.yaml");
        Files.writeString(file, """
                name: mix
                description: A small factorial for tests.
                extends: mecanique.yaml
                replications: 3
                policy: {preset: none}
                variants:
                  none: {}
                  propose: {policy: {preset: propose}}
                factorial:
                  factors:
                    awareness: {every: 3}
                    voluntary_membership: {critical_mass: 0.2}
                    control: {intensity: 0.5}
                """);
        Path out = dir.resolve("out");
        CliHarness.Result r = CliHarness.run("run", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("and 8 rows of a factorial design"), r.out());

        List<String> design = Files.readAllLines(out.resolve("design.csv"));
        assertEquals("variant,run,A=awareness,B=voluntary_membership,C=control", design.get(0));
        assertEquals("mix[none],1,-1,-1,-1", design.get(1));
        assertEquals("mix[awareness+voluntary_membership+control],8,1,1,1", design.get(8));

        List<String> effects = Files.readAllLines(out.resolve("effects.csv"));
        assertEquals("metric,term,kind,estimate,se,ci_low,ci_high,p,df,method,aliases", effects.get(0));
        long appropriation = effects.stream().filter(l -> l.startsWith("appropriation,")).count();
        assertEquals(3 + 3, appropriation, "three main effects and three interactions");
        assertTrue(effects.stream().anyMatch(l -> l.startsWith("cooperation_rate,control,main,")));
        assertTrue(effects.stream().allMatch(l -> !l.contains("NaN") || l.startsWith("metric")), String.join("\n", effects));
        assertTrue(effects.stream().skip(1).allMatch(l -> l.split(",")[9].equals("pooled")), "3 replications: pooled");
        assertTrue(Files.size(out.resolve("charts/effects-appropriation.png")) > 0);

        List<String> pairs = Files.readAllLines(out.resolve("comparison.csv")).stream().skip(1)
                .map(l -> l.split(",")[0] + "/" + l.split(",")[1]).distinct().toList();
        assertEquals(List.of("none/propose"), pairs, "rows of the design are read through their effects");
        assertFalse(Files.exists(out.resolve("charts/stage-mix_none_.png")), "no per-row pictures");

        // The same experiment in two shards, merged: the design and effects are the same bytes.
        for (int i = 1; i <= 2; i++) {
            CliHarness.Result s = CliHarness.run("run", file.toString(), "--shard", i + "/2", "--out",
                    dir.resolve("shards/shard-" + i).toString(), "--quiet");
            assertEquals(0, s.code(), s.err());
        }
        Path merged = dir.resolve("merged");
        CliHarness.Result m = CliHarness.run("merge", dir.resolve("shards/shard-1").toString(),
                dir.resolve("shards/shard-2").toString(), "--out", merged.toString());
        assertEquals(0, m.code(), m.err());
        for (String f : List.of("design.csv", "effects.csv")) {
            assertEquals(Files.readString(out.resolve(f)), Files.readString(merged.resolve(f)), f);
        }
    }
}
