package org.clustersim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fit and the outputs of the scaling curve, on synthetic points: nothing is timed. */
class ScalingTest {

    @TempDir
    Path tmp;

    private static List<Scaling.Point> points(double c, double power, int... actors) {
        List<Scaling.Point> points = new ArrayList<>();
        for (int n : actors) {
            int steps = 120;
            points.add(new Scaling.Point(n / 57, n, 25L * n, c * Math.pow(n, power) * steps, 3, steps));
        }
        return points;
    }

    @Test
    void exponentOfAPowerLawIsItsPower() {
        assertEquals(1.0, Scaling.exponent(points(3e-6, 1.0, 1026, 3021, 10032, 30039, 100035)), 1e-9);
        assertEquals(2.0, Scaling.exponent(points(7e-9, 2.0, 1026, 3021, 10032, 30039, 100035)), 1e-9);
    }

    @Test
    void scalesAreShareOfTheFilesOwnScale() {
        assertEquals(List.of(18, 53, 176, 527, 1755), Scaling.scales(1755, false));
        assertEquals(List.of(18, 53, 176), Scaling.scales(1755, true));
    }

    @Test
    void writesTableAndChart() throws Exception {
        Path dir = tmp.resolve("bench/out");
        Scaling.write(points(2e-6, 1.1, 1026, 3021, 10032), dir);
        List<String> csv = Files.readAllLines(dir.resolve("scaling.csv"));
        assertEquals("scale,actors,ties_at_end,runs,seconds,seconds_per_step", csv.get(0));
        assertEquals(4, csv.size());
        assertTrue(csv.get(1).startsWith("18,1026,25650,3,"), csv.get(1));
        assertTrue(Files.size(dir.resolve("scaling.png")) > 0);
        String svg = Files.readString(dir.resolve("scaling.svg"));
        assertTrue(svg.contains("fitted exponent 1.10"), "title gives the exponent");
        assertTrue(svg.contains("Actors"), "domain axis labelled");
        var plot = Scaling.chart(points(2e-6, 1.1, 1026, 3021)).getXYPlot();
        assertTrue(plot.getRangeAxis().getLabel().contains("ms"), "range axis labelled with its unit");
    }
}
