package org.clustersim.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clustersim.format.RunKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTest {

    @TempDir
    Path dir;

    /** Variant "z" (added first) has final values {1,2,3,4} for x; "a" has a single run. */
    static SummaryTable table() {
        // The series carries its metrics in a different order than the table: matched by name.
        List<String> seriesMetrics = List.of("y", "x");
        SummaryTable t = new SummaryTable(List.of("x", "y"));
        for (int r = 1; r <= 4; r++) {
            t.add(new RunSeries(new RunKey("z", r, r), seriesMetrics, new double[][] {{0, 0}, {10 * r, r}}));
        }
        t.add(new RunSeries(new RunKey("a", 1, 9), seriesMetrics, new double[][] {{0, 0}, {5, 5}}));
        return t;
    }

    @Test
    void writesFinalStepSummaryInFirstSeenOrder() throws IOException {
        Path file = dir.resolve("summary.csv");
        table().writeSummary(file);
        assertEquals("variant,metric,n,mean,sd,ci_low,ci_high\n"
                + "z,x,4,2.5,1.29099,0.44574,4.55426\n"
                + "z,y,4,25,12.9099,4.4574,45.5426\n"
                + "a,x,1,5,NA,NA,NA\n"
                + "a,y,1,5,NA,NA,NA\n", Files.readString(file));
    }

    @Test
    void writesEveryStep() throws IOException {
        Path file = dir.resolve("summary_by_step.csv");
        table().writeSummaryByStep(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("variant,metric,step,n,mean,sd,ci_low,ci_high", lines.get(0));
        assertEquals("z,x,0,4,0,0,0,0", lines.get(1));
        assertEquals("z,x,1,4,2.5,1.29099,0.44574,4.55426", lines.get(2));
        assertEquals(9, lines.size());
    }

    @Test
    void bandsFollowTheSummaries() {
        List<Band> bands = table().bands(List.of("x"));
        assertEquals(2, bands.size());
        assertEquals("z", bands.get(0).variant());
        assertArrayEquals(new int[] {0, 1}, bands.get(0).steps());
        assertEquals(0.4457397, bands.get(0).ciLow()[1], 1e-7);
    }

    @Test
    void rejectsRunsOfDifferentLength() {
        SummaryTable t = table();
        RunSeries longer = new RunSeries(new RunKey("z", 5, 5), List.of("x", "y"), new double[3][2]);
        assertThrows(IllegalArgumentException.class, () -> t.add(longer));
    }
}
