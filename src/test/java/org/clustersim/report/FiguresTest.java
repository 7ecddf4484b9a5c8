package org.clustersim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.clustersim.output.Charts;
import org.clustersim.format.Num;
import org.clustersim.report.Figures.Figure;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart kind, drawn from the synthetic folder, plots exactly what its CSV says. */
class FiguresTest {

    /** The synthetic folder, drawn once for all tests (drawing is the slow part). */
    @TempDir
    static Path dir;
    private static List<Figure> figures;

    @TempDir
    Path scratch;

    @BeforeAll
    static void draw() throws IOException {
        figures = Figures.drawAll(SyntheticResults.write(dir));
    }

    private static List<String> csv(String name) throws IOException {
        return Files.readAllLines(dir.resolve("charts").resolve(name + ".csv"));
    }

    @Test
    void everyChartHasPngSvgAndCsv() throws IOException {
        List<String> names = figures.stream().map(Figure::file).toList();
        // The stage is a category: drawn as shares of runs per stage (stage-a, stage-b_x), never as a mean of codes.
        assertEquals(List.of("key-figure", "cooperation_rate", "cohesion", "final-cooperation_rate",
                "final-cohesion", "stage-a", "stage-b_x", "network-a", "trust-a", "trust-b_x"), names);
        for (String name : names) {
            BufferedImage png = ImageIO.read(dir.resolve("charts").resolve(name + ".png").toFile());
            assertEquals(Charts.WIDTH, png.getWidth(), name);
            assertEquals(Charts.HEIGHT, png.getHeight(), name);
            String svg = Files.readString(dir.resolve("charts").resolve(name + ".svg"));
            assertTrue(svg.contains("<svg") && svg.contains("</svg>"), name);
            assertTrue(csv(name).size() > 1, name);
        }
    }

    @Test
    void timeSeriesComeFromSummaryByStepWithoutNaSteps() throws IOException {
        List<String> key = csv("key-figure");
        assertEquals("a,cooperation_rate,2,0.65,0.108594,1.19141", key.get(3));
        assertFalse(key.stream().anyMatch(l -> l.startsWith("b x,cohesion,0,")), "NA means are not plotted");
        assertEquals(1 + 3 + 3 + 3 + 2, key.size());
    }

    @Test
    void boxPlotCsvHoldsTheFinalValuesAndTheirStatistics() throws IOException {
        List<String> rows = csv("final-cooperation_rate");
        assertEquals("variant,metric,what,replication,value", rows.get(0));
        assertEquals(List.of("a,cooperation_rate,point,1,0.5", "a,cooperation_rate,point,2,0.55",
                "a,cooperation_rate,point,3,0.9", "a,cooperation_rate,mean,,0.65", "a,cooperation_rate,median,,0.55"),
                rows.subList(1, 6));
        assertTrue(rows.contains("b x,cooperation_rate,mean,,0.25"));
    }

    @Test
    void stageSharesSumToOneEachMonth() throws IOException {
        Timeseries ts = Timeseries.read(dir.resolve("timeseries.csv"));
        for (String v : ts.variants()) {
            for (double[] month : StageChart.shares(ts, v)) {
                assertEquals(1.0, month[0] + month[1] + month[2] + month[3], 1e-12);
            }
        }
        List<String> rows = csv("stage-b_x");
        assertEquals("b x,2,1,organised,0.333333", rows.get(1 + 2 * 4 + 1));
        assertEquals("b x,2,3,frozen,0.666667", rows.get(1 + 2 * 4 + 3));
    }

    @Test
    void trustHeatmapListsEveryCellOfThePresentKinds() throws IOException {
        assertEquals(List.of("from_kind,to_kind,runs,mean_trust", "sme,sme,3,0.2", "sme,ministry,3,0.7",
                "ministry,sme,2,0.5", "ministry,ministry,0,NA"), csv("trust-a"));
        assertEquals("university,university,0,NA", csv("trust-b_x").get(4));
    }

    @Test
    void networkCsvHasEveryNodeAndEdgeAsDrawn() throws IOException {
        Network net = Network.read(dir.resolve("network-a.graphml"));
        Map<String, Double> b = new BetweennessCentrality<>(net.strongTieGraph(), true).getScores();
        List<String> rows = csv("network-a");
        assertEquals(1 + 4 + 4, rows.size());
        assertTrue(rows.get(1).startsWith("node,n3,CCI,commerce_chamber,city_centre,"), rows.get(1));
        assertTrue(rows.get(1).contains("," + Num.format(b.get("n3")) + ",,"), rows.get(1));
        assertTrue(b.get("n3") > 0 && b.get("n0") == 0);
        assertTrue(rows.get(4).startsWith("node,n2,MIM & Co,ministry,algiers,"), rows.get(4));
        assertEquals("edge,,,,,,,,,n0,n1,0.15,false,0.4585,0.05485", rows.get(5));
        assertTrue(rows.get(8).startsWith("edge,,,,,,,,,n1,n3,0.775,true,"), rows.get(8));
    }

    @Test
    void reportIsSelfContainedWithOneImagePerChart() throws IOException {
        String html = Files.readString(dir.resolve(Report.FILE));
        Matcher img = Pattern.compile("<img ").matcher(html);
        int images = 0;
        while (img.find()) {
            images++;
        }
        assertEquals(figures.size(), images);
        assertEquals(images, html.split("src=\"data:image/png;base64,", -1).length - 1);
        assertFalse(Pattern.compile("https?://").matcher(html).find());
        assertTrue(html.indexOf("id=\"key-figure\"") < html.indexOf("id=\"cooperation_rate\""));
        assertTrue(html.contains("<td>no clear difference: 0.25 against 0.65 (-0.4, 95% CI -0.9 to 0.1); the interval"
                + " includes zero</td>"), "a p below 0.05 does not make a difference clear");
        assertTrue(html.contains("<tr class=\"clear\"><td><b>cohesion</b>"));
        assertTrue(html.contains("<td>less: 0.28 against 0.34 (-0.06, 95% CI -0.1 to -0.02)</td>"));
        assertTrue(html.indexOf("<nav>") < html.indexOf("id=\"headline\""), "the contents come first");
        assertTrue(html.contains("A &amp; B &lt;test&gt; scenario."));
        assertTrue(html.contains("says which gave each p. Here: exact for cooperation_rate; normal approximation for"
                + " cohesion.</p>"), "the Mann-Whitney methods note");
        assertTrue(html.contains("<tr class=\"clear\"><td>control</td>"));
        assertTrue(html.contains("<tr class=\"clear\"><td>instrument voice</td><td class=\"num\">voice of members,"
                + " intensity 0.7, months 3+</td><td class=\"num\">&ndash;</td>"), "an instrument one variant lacks");
    }

    @Test
    void redrawingGivesIdenticalBytes() throws IOException {
        byte[] report = Files.readAllBytes(dir.resolve(Report.FILE));
        Map<String, byte[]> first = new TreeMap<>();
        for (Figure f : figures) {
            for (String ext : List.of(".png", ".svg", ".csv")) {
                first.put(f.file() + ext, Files.readAllBytes(dir.resolve("charts").resolve(f.file() + ext)));
            }
        }
        Figures.drawAll(dir);
        assertArrayEquals(report, Files.readAllBytes(dir.resolve(Report.FILE)));
        for (Map.Entry<String, byte[]> e : first.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(dir.resolve("charts").resolve(e.getKey())), e.getKey());
        }
    }

    @Test
    void missingListsTheAbsentInputs() throws IOException {
        SyntheticResults.write(scratch);
        assertEquals(List.of(), Figures.missing(scratch));
        Files.delete(scratch.resolve("timeseries.csv"));
        assertEquals(List.of("timeseries.csv"), Figures.missing(scratch));
    }
}
