package io.careers.tools.release;

import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.WageEstimate;
import io.careers.tools.cli.Table;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The BLS layout read into contract estimates: areas, markers as footnotes, bad rows with line numbers. */
class OewsFileTest {

    private static OewsFile.Parsed parse(String fixture) throws Exception {
        return OewsFile.parse(Table.read(Path.of("src/test/resources/fixtures/" + fixture)), "OEWS-2023-05", "2023-05", "2018", 0);
    }

    @Test
    void readsDetailedAllIndustryRowsOfEveryAreaAndSkipsTheRest() throws Exception {
        OewsFile.Parsed parsed = parse("oews-small.csv");
        assertEquals(List.of(), parsed.problems());
        assertEquals(2, parsed.skipped(), "the total row and the hospitals-only row");
        assertEquals(List.of("OEWS-2023-05:0000000:29-2072", "OEWS-2023-05:0000000:29-1228", "OEWS-2023-05:0000000:25-2021",
            "OEWS-2023-05:0000000:39-5091", "OEWS-2023-05:3600000:29-2072", "OEWS-2023-05:0035620:29-2072"),
            List.copyOf(parsed.estimates().keySet()));

        WageEstimate specialists = parsed.estimates().get("OEWS-2023-05:0000000:29-2072").estimate();
        assertEquals(186_580L, specialists.employment());
        assertEquals(new BigDecimal("48780"), specialists.wages().annual().median());
        assertEquals(new BigDecimal("23.45"), specialists.wages().hourly().median());
        assertEquals(Map.of(), specialists.footnotes());
        assertEquals(3, parsed.estimates().get("OEWS-2023-05:0000000:29-2072").line());
        assertEquals(AreaType.STATE, parsed.estimates().get("OEWS-2023-05:3600000:29-2072").estimate().area().type());
        assertEquals(AreaType.METRO, parsed.estimates().get("OEWS-2023-05:0035620:29-2072").estimate().area().type());
    }

    @Test
    void blsMarkersBecomeFootnotesNeverNumbers() throws Exception {
        OewsFile.Parsed parsed = parse("oews-small.csv");
        WageEstimate physicians = parsed.estimates().get("OEWS-2023-05:0000000:29-1228").estimate();
        assertEquals(Footnote.TOP_CODED, physicians.footnotes().get("annual.median"));
        assertEquals(Footnote.TOP_CODED, physicians.footnotes().get("hourly.mean"));
        assertNull(physicians.wages().annual().median());
        assertEquals(new BigDecimal("162260"), physicians.wages().annual().p25());

        WageEstimate teachers = parsed.estimates().get("OEWS-2023-05:0000000:25-2021").estimate();
        assertEquals(Footnote.ANNUAL_ONLY, teachers.footnotes().get("hourly.median"), "ANNUAL=TRUE: hourly missing on purpose");
        assertEquals(new BigDecimal("63670"), teachers.wages().annual().median());

        WageEstimate makeup = parsed.estimates().get("OEWS-2023-05:0000000:39-5091").estimate();
        assertEquals(Footnote.NOT_RELEASED, makeup.footnotes().get("employment"));
        assertNull(makeup.employment());
    }

    @Test
    void readsTheXlsxLayoutAsTheCsvOne() throws Exception {
        Path csv = Path.of("src/test/resources/fixtures/oews-small.csv");
        Path xlsx = Files.createTempFile("oews-small", ".xlsx");
        Table table = Table.read(csv);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "careers-tools-test", "1.0");
            Worksheet sheet = workbook.newWorksheet("All May 2023 data");
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
            }
            for (int r = 0; r < table.records().size(); r++) {
                List<String> fields = table.records().get(r).fields();
                for (int c = 0; c < fields.size(); c++) {
                    String field = fields.get(c);
                    // BLS workbooks hold figures as numbers and markers (*, #) as text.
                    if (field.replace(",", "").matches("\\d+(\\.\\d+)?") && !List.of(0, 4, 7, 8).contains(c)) {
                        sheet.value(r + 1, c, new BigDecimal(field.replace(",", "")));
                    } else if (!field.isEmpty()) {
                        sheet.value(r + 1, c, field);
                    }
                }
            }
            workbook.finish();
        }
        OewsFile.Parsed fromCsv = parse("oews-small.csv");
        OewsFile.Parsed fromXlsx = OewsFile.parse(Table.read(xlsx), "OEWS-2023-05", "2023-05", "2018", 0);
        assertEquals(List.of(), fromXlsx.problems());
        assertEquals(fromCsv.estimates().keySet(), fromXlsx.estimates().keySet());
        for (String key : fromCsv.estimates().keySet()) {
            WageEstimate a = fromCsv.estimates().get(key).estimate();
            WageEstimate b = fromXlsx.estimates().get(key).estimate();
            assertEquals(a.employment(), b.employment(), key);
            assertEquals(a.footnotes(), b.footnotes(), key);
            assertEquals(0, a.wages().annual().median() == null ? 0 : a.wages().annual().median().compareTo(b.wages().annual().median()), key);
            assertEquals(a.wages().hourly().p90() == null, b.wages().hourly().p90() == null, key);
        }
        assertEquals(fromCsv.estimates().get("OEWS-2023-05:0000000:29-2072").line(),
            fromXlsx.estimates().get("OEWS-2023-05:0000000:29-2072").line(), "rows numbered as in the spreadsheet");
    }

    @Test
    void badRowsAreReportedWithTheirLineAndColumn() throws Exception {
        OewsFile.Parsed parsed = parse("oews-bad.csv");
        assertEquals(1, parsed.estimates().size());
        List<String> problems = parsed.problems().stream().map(RowProblem::toString).toList();
        assertTrue(problems.contains("line 3: TOT_EMP: 'lots' is neither a number nor a BLS marker (*, **, #)"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("line 4: A_PCT75 (45000) is below A_MEDIAN (55560)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("line 5: occupation.code")), problems.toString());
        assertTrue(problems.contains("line 6: area 0000000 and occupation 29-2072 appear twice (also line 2)"), problems.toString());
    }
}
