package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clustersim.format.Csv;
import org.clustersim.format.RunKey;
import org.clustersim.stats.RunSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeseriesWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesHeaderAndRowsStreamed() throws IOException {
        Path file = dir.resolve("timeseries.csv");
        List<String> metrics = List.of("cooperation_rate", "firms");
        try (TimeseriesWriter w = new TimeseriesWriter(file, metrics)) {
            w.write(new RunSeries(new RunKey("baseline", 1, 42L), metrics,
                    new double[][] {{0.5, 10}, {0.25, 11}}));
            // Rows are on disk as soon as write returns, before close.
            assertEquals(3, Files.readAllLines(file).size());
            w.write(new RunSeries(new RunKey("with, \"quotes\"", 2, -7L), metrics,
                    new double[][] {{Double.NaN, 1.0 / 3}}));
        }
        assertEquals("variant,replication,seed,step,cooperation_rate,firms\n"
                + "baseline,1,42,0,0.5,10\n"
                + "baseline,1,42,1,0.25,11\n"
                + "\"with, \"\"quotes\"\"\",2,-7,0,NA,0.333333\n", Files.readString(file));
    }

    @Test
    void refusesSeriesWithOtherMetrics() throws IOException {
        try (TimeseriesWriter w = new TimeseriesWriter(dir.resolve("t.csv"), List.of("a"))) {
            RunSeries other = new RunSeries(new RunKey("v", 1, 1L), List.of("b"), new double[][] {{1}});
            assertThrows(IllegalArgumentException.class, () -> w.write(other));
        }
    }

    @Test
    void quotesOnlyWhenNeeded() {
        assertEquals("plain", Csv.quote("plain"));
        assertEquals("\"a,b\"", Csv.quote("a,b"));
        assertEquals("\"line\nbreak\"", Csv.quote("line\nbreak"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.quote("say \"hi\""));
    }
}
