package org.clustersim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden test: the bytes the former hand-written CSV writer produced (RFC 4180 quoting, LF
 * line ends), written the same by Commons CSV and read back field for field.
 */
class CsvTest {
    private static final List<List<String>> ROWS = List.of(
            List.of("variant", "replication", "seed", "step", "cooperation_rate"),
            List.of("propose", "1", "-8141740447592184813", "0", "0.438218"),
            List.of("impose, then propose", "12", "7", "120", "NA"),
            List.of("say \"no\"", "2", "3", "4", "1.5e-7"),
            List.of("two\nlines", "", "Inf", "-Inf", "Ain Smara é"));

    private static final String GOLDEN = "variant,replication,seed,step,cooperation_rate\n"
            + "propose,1,-8141740447592184813,0,0.438218\n"
            + "\"impose, then propose\",12,7,120,NA\n"
            + "\"say \"\"no\"\"\",2,3,4,1.5e-7\n"
            + "\"two\nlines\",,Inf,-Inf,Ain Smara é\n";

    @Test
    void writesTheGoldenBytes() throws IOException {
        StringWriter out = new StringWriter();
        for (List<String> row : ROWS) {
            Csv.writeRow(out, row);
        }
        assertEquals(GOLDEN, out.toString());
        assertEquals("\"a,b\"", Csv.quote("a,b"));
        assertEquals("plain", Csv.quote("plain"));
        assertEquals("", Csv.quote(""));
    }

    @Test
    void readsTheGoldenBackIdentically(@TempDir Path dir) throws IOException {
        assertEquals(ROWS, Csv.parse(GOLDEN));
        assertEquals(ROWS, Csv.parse(GOLDEN.replace("\n", "\r\n").replace("two\r\nlines", "two\nlines")));
        Path file = dir.resolve("timeseries.csv");
        Files.writeString(file, GOLDEN, StandardCharsets.UTF_8);
        List<String> variants = new ArrayList<>();
        try (CSVParser in = Csv.read(file, true)) {
            for (CSVRecord r : in) {
                variants.add(r.get("variant"));
            }
        }
        assertEquals(ROWS.stream().skip(1).map(r -> r.get(0)).toList(), variants);
    }

    @Test
    void aLineIsOneRecordOrRefused() {
        assertEquals(ROWS.get(2), Csv.parseLine("\"impose, then propose\",12,7,120,NA"));
        assertThrows(IllegalArgumentException.class, () -> Csv.parseLine("propose,1,\"cut in the quo"));
    }
}
