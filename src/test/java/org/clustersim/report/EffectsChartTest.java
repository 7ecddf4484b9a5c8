package org.clustersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.clustersim.output.EffectsCsv;
import org.clustersim.stats.Effect;
import org.clustersim.stats.FactorialDesign;
import org.clustersim.stats.FactorialEffects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectsChartTest {

    private static final List<String> INSTRUMENTS = List.of("awareness", "voluntary_membership", "decree",
            "assigned_partners", "control", "voice");

    @TempDir
    Path dir;

    /**
     * Six instruments in the 2^(6-2) resolution IV fraction, three replications per run: a made-up
     * response 0.5 + 0.2 decree - 0.1 control:voice + 0.05 awareness, plus replications spread
     * around it symmetrically, so the estimates are exact and the pooled variance is not zero.
     */
    private static List<Effect> effects(double scale) {
        FactorialDesign d = FactorialDesign.fractional(6, 4);
        double[][] y = new double[d.runs()][3];
        for (int r = 0; r < d.runs(); r++) {
            double mean = 0.5 + 0.2 * d.level(r, 2) - 0.1 * d.level(r, 4) * d.level(r, 5) + 0.05 * d.level(r, 0);
            for (int i = 0; i < 3; i++) {
                y[r][i] = scale * (mean + 0.01 * (i - 1) * (1 + r % 3));
            }
        }
        return FactorialEffects.estimate(d, INSTRUMENTS, y);
    }

    @Test
    void drawsPngSvgAndThePlottedRowsFromEffectsCsv() throws IOException {
        Map<String, List<Effect>> byMetric = new LinkedHashMap<>();
        byMetric.put("appropriation", effects(1));
        byMetric.put("cooperation_rate", effects(0.5));
        Path csv = dir.resolve("effects.csv");
        EffectsCsv.write(byMetric, csv);
        Path charts = Files.createDirectories(dir.resolve("charts"));
        List<Figures.Figure> figures = EffectsChart.drawAll(csv, charts);
        assertEquals(List.of("effects-appropriation", "effects-cooperation_rate"),
                figures.stream().map(Figures.Figure::file).toList());

        Path png = charts.resolve("effects-appropriation.png");
        assertTrue(Files.size(png) > 0);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(600, image.getHeight());
        assertTrue(Files.readString(charts.resolve("effects-appropriation.svg")).contains("<svg"));

        CsvTable plotted = CsvTable.read(charts.resolve("effects-appropriation.csv"));
        assertEquals(List.of("metric", "term", "label", "kind", "estimate", "ci_low", "ci_high"), plotted.header());
        assertEquals(6 + EffectsChart.INTERACTIONS, plotted.rows().size());
        List<String> first = plotted.rows().get(0);
        assertEquals(List.of("appropriation", "decree", "decree", "main"), first.subList(0, 4));
        assertEquals(0.4, CsvTable.number(first.get(4)), 1e-9);
        assertTrue(CsvTable.number(first.get(5)) < 0.4 && CsvTable.number(first.get(6)) > 0.4);
        // control:voice (-0.2) is the largest interaction; in this fraction EF = AD, so it is aliased
        // with awareness:assigned_partners, which comes first in factor order.
        List<String> top = plotted.rows().get(6);
        assertEquals("awareness:assigned_partners", top.get(1));
        assertEquals("awareness:assigned_partners = control:voice", top.get(2));
        assertEquals(-0.2, CsvTable.number(top.get(4)), 1e-9);
        // Each alias set is drawn once.
        Set<String> terms = new HashSet<>();
        for (List<String> row : plotted.rows()) {
            for (String term : row.get(2).split(EffectsCsv.ALIAS_SEPARATOR)) {
                assertTrue(terms.add(term), term + " drawn twice");
            }
        }
    }

    @Test
    void readGivesBackTheWrittenEffects() throws IOException {
        Path csv = dir.resolve("effects.csv");
        List<Effect> effects = effects(1);
        EffectsCsv.write(Map.of("appropriation", effects), csv);
        List<Effect> read = EffectsChart.read(csv).get("appropriation");
        assertEquals(FactorialEffects.ranked(effects).stream().map(Effect::term).toList(),
                read.stream().map(Effect::term).toList());
        Effect ad = read.stream().filter(e -> e.term().equals("awareness:assigned_partners")).findFirst()
                .orElseThrow();
        assertEquals(List.of("control:voice"), ad.aliases());
        assertEquals(-0.2, ad.estimate(), 1e-9);
        assertEquals(Effect.Method.POOLED, ad.method());
        assertEquals(32.0, ad.df());
    }

    @Test
    void interactionCountIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> EffectsChart.bars(effects(1), -1));
        assertFalse(EffectsChart.bars(effects(1), 0).stream()
                .anyMatch(b -> b.effect().kind() == Effect.Kind.INTERACTION));
    }
}
