package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustersim.stats.Effect;
import org.clustersim.stats.FactorialDesign;
import org.clustersim.stats.FactorialEffects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectsCsvTest {

    @TempDir
    Path dir;

    /**
     * Montgomery's Example 6.2 (see FactorialEffectsTest for the figures): Lenth's PSE 2.625 on 5 df,
     * margin t(0.975, 5) x 2.625 = 6.747777; main effects first, then interactions, each by |estimate|.
     * A second metric, a replicated 2^2 where every value equals its run mean, has no interval (NA).
     */
    @Test
    void writesRankedRowsPerMetric() throws IOException {
        double[] rate = {45, 71, 48, 65, 68, 60, 80, 65, 43, 100, 45, 104, 75, 86, 70, 96};
        double[][] y = new double[16][];
        for (int r = 0; r < 16; r++) {
            y[r] = new double[] {rate[r]};
        }
        Map<String, List<Effect>> effects = new LinkedHashMap<>();
        effects.put("filtration_rate",
                FactorialEffects.estimate(FactorialDesign.full(4), List.of("A", "B", "C", "D"), y));
        effects.put("flat", FactorialEffects.estimate(FactorialDesign.full(2), List.of("x", "z"),
                new double[][] {{1, 1}, {2, 2}, {1, 1}, {2, 2}}));
        Path file = dir.resolve("effects.csv");
        EffectsCsv.write(effects, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(EffectsCsv.HEADER, lines.get(0));
        assertEquals(1 + 10 + 3, lines.size());
        assertEquals("filtration_rate,A,main,21.625,2.625,14.8772,28.3728,0.000429476,5,lenth,", lines.get(1));
        assertEquals("filtration_rate,A:C,interaction,-18.125,2.625,-24.8728,-11.3772,0.000976334,5,lenth,",
                lines.get(5));
        List<String> terms = lines.subList(1, 11).stream().map(l -> l.split(",")[1]).toList();
        assertEquals(List.of("A", "D", "C", "B", "A:C", "A:D", "B:C", "C:D", "B:D", "A:B"), terms);
        assertEquals("flat,x,main,1,0,NA,NA,NA,4,pooled,", lines.get(11));
        assertEquals("flat,z,main,0,0,NA,NA,NA,4,pooled,", lines.get(12));
    }

    /** In the 2^(6-2) with E=ABC, F=BCD, AB = CE and BC = AE = DF: the aliases column names the others. */
    @Test
    void aliasesAreJoinedLikeADefiningRelation() {
        FactorialDesign d = FactorialDesign.fractional(6, 4);
        double[][] y = new double[d.runs()][];
        for (int r = 0; r < d.runs(); r++) {
            y[r] = new double[] {r % 3, r % 5};
        }
        List<Effect> effects = FactorialEffects.estimate(d, List.of("a", "b", "c", "d", "e", "f"), y);
        Effect ab = effects.stream().filter(e -> e.term().equals("a:b")).findFirst().orElseThrow();
        List<String> row = EffectsCsv.row("m", ab);
        assertEquals(List.of("m", "a:b", "interaction"), row.subList(0, 3));
        assertEquals("pooled", row.get(9));
        assertEquals("c:e", row.get(10));
        Effect bc = effects.stream().filter(e -> e.term().equals("b:c")).findFirst().orElseThrow();
        assertEquals("a:e = d:f", EffectsCsv.row("m", bc).get(10));
    }
}
