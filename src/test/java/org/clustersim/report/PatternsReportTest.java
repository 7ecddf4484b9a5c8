package org.clustersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.clustersim.format.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patterns folder gets its manifest and report from its own files. */
class PatternsReportTest {
    @TempDir
    Path dir;

    @Test
    void countsTheVerdictsAndEmbedsEveryChart() throws Exception {
        Files.writeString(dir.resolve("patterns.csv"), """
                pattern,kind,check,statistic,estimate,ci_low,ci_high,p_value,a12,verdict
                O1,observed,association forms,share,0.9,0.8,1,0.001,NA,PASS
                O2,observed,organised stage,share,0.2,0.1,0.3,0.2,NA,FAIL
                H1,hypothesis,impose below propose,difference,-0.1,-0.2,0,0.04,0.3,SUPPORTED
                """);
        Files.createDirectories(dir.resolve("charts"));
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png",
                dir.resolve("charts/o1-association.png").toFile());
        Path file = dir.resolve("o1.yaml");
        Files.writeString(file, "name: o1\n");
        PatternsReport.write(dir, List.of(file), Map.of("replications", 5), 2, 1.5);
        Map<?, ?> m = (Map<?, ?>) Json.parse(Files.readString(dir.resolve("manifest.json")));
        assertEquals("patterns", m.get("command"));
        assertEquals(5, ((Number) m.get("replications")).intValue());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("1 of 2 checks of observed patterns pass; 1 of 1 checks of hypotheses are supported"),
                html);
        assertTrue(html.contains("id=\"o1-association\""));
        assertTrue(html.contains("<td>impose below propose</td>"));
    }
}
