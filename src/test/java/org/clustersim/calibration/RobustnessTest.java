package org.clustersim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clustersim.format.Csv;
import org.clustersim.model.Param;
import org.clustersim.patterns.Pattern;
import org.clustersim.patterns.PatternCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** robustness.csv on a tiny catalogue (one observed pattern, one hypothesis, 2 replications). */
class RobustnessTest {
    @TempDir
    Path dir;

    @Test
    void oneRowPerCheckWithItsSeedsAndShareOfTheBox() throws Exception {
        List<Pattern> tiny = new ArrayList<>();
        for (Pattern.Kind k : Pattern.Kind.values()) {
            PatternCatalog.all().stream().filter(p -> p.kind() == k).findFirst().ifPresent(tiny::add);
        }
        int checks = tiny.stream().mapToInt(p -> p.checks().size()).sum();
        ParameterBox box = ParameterBox.aroundDefaults(List.of(Param.TRUST_GAIN, Param.STRANGER_TRUST), 0.2);
        double[][] points = Robustness.points(box, 2, 9);
        List<String> heard = new ArrayList<>();
        List<Robustness.Row> rows = Robustness.run(tiny, Path.of("scenarios"), 2, 2, List.of(11L, 22L), box, points,
                heard::add);
        assertEquals(List.of("seed 11", "seed 22", "point 1 of 2", "point 2 of 2"), heard);
        assertEquals(checks, rows.size());
        Path csv = dir.resolve("robustness.csv");
        Robustness.write(rows, csv);
        List<List<String>> table = Csv.parse(Files.readString(csv));
        assertEquals(List.of("kind", "pattern", "check", "seeds_passed", "seeds_total", "share_of_box"), table.get(0));
        assertEquals(checks + 1, table.size());
        for (List<String> row : table.subList(1, table.size())) {
            assertTrue(row.get(0).equals("observed") || row.get(0).equals("hypothesis"), row.toString());
            int passed = Integer.parseInt(row.get(3));
            assertEquals("2", row.get(4));
            assertTrue(passed >= 0 && passed <= 2, row.toString());
            double share = Double.parseDouble(row.get(5));
            assertTrue(share == 0 || share == 0.5 || share == 1, row.toString());
        }
    }

    @Test
    void theBoxPointsAreALatinHypercubeWithinTwentyPercent() {
        ParameterBox box = ParameterBox.aroundDefaults(List.of(Param.TRUST_GAIN), 0.2);
        double[][] p = Robustness.points(box, 30, 4);
        int[] count = new int[30];
        for (double[] x : p) {
            assertTrue(x[0] >= 0.048 && x[0] <= 0.072, String.valueOf(x[0]));
            count[Math.min(29, (int) Math.floor((x[0] - 0.048) / 0.024 * 30))]++;
        }
        for (int c : count) {
            assertEquals(1, c);
        }
    }
}
