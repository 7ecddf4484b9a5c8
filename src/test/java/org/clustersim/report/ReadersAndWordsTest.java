package org.clustersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustersim.format.Csv;
import org.junit.jupiter.api.Test;

/** The CSV and JSON readers and the wording of findings. */
class ReadersAndWordsTest {

    @Test
    void csvReadsQuotedFieldsAndNumbers() {
        assertEquals(List.of(List.of("a", "b,c", "d\"e", "x\ny"), List.of("1", "")),
                Csv.parse("a,\"b,c\",\"d\"\"e\",\"x\ny\"\r\n1,\n"));
        assertTrue(Double.isNaN(CsvTable.number("NA")));
        assertEquals(Double.NEGATIVE_INFINITY, CsvTable.number("-Inf"));
        assertEquals(1.5e-7, CsvTable.number("1.5e-7"));
    }

    @Test
    void findingsAreWordedFromTheSignOfBMinusA() {
        assertEquals("impose ends with 0.46 less appropriation than propose, 95% CI 0.43 to 0.49, p < 0.001, A12 = 0.00",
                Findings.sentence("propose", "impose", "appropriation", -0.462657, -0.494514, -0.430799, 3.6e-22, 0));
        assertEquals("impose ends with 0.07 more members than propose, 95% CI -0.02 to 0.16, p = 0.25, A12 = 0.63",
                Findings.sentence("propose", "impose", "members", 0.069697, -0.020252, 0.159646, 0.24774, 0.633333));
        assertEquals("b ends with the same mean active firms as a, A12 = 0.50",
                Findings.sentence("a", "b", "active_firms", 0, Double.NaN, Double.NaN, Double.NaN, 0.5));
        assertEquals("p = 0.03", Findings.pValue(0.0301));
        assertEquals("0.018", Findings.number(0.01802));
        assertEquals("44", Findings.number(44));
    }
}
