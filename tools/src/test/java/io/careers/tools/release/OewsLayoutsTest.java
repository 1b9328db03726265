package io.careers.tools.release;

import io.careers.contracts.ContractJson;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.WageEstimate;
import io.careers.tools.cli.Table;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layouts of May 2013, as BLS shipped them (fixtures shaped like its files, footnote rows
 * included): national without AREA columns, state, metropolitan and nonmetropolitan files with
 * their own column names, the Excel 97-2003 workbook, and the zip archive around it.
 */
class OewsLayoutsTest {
    private static final Path M2013 = Path.of("src/test/resources/fixtures/m2013");

    @TempDir
    Path scratch;

    private static ReleaseReader.Release read(List<ReleaseSources.Source> sources) throws IOException {
        return ReleaseReader.read(sources, new OewsFile.Release("OEWS-2013-05", "2013-05", "2010", 0));
    }

    private static ReleaseSources.Source file(Path path) {
        return new ReleaseSources.Source(path.toString(), path, false);
    }

    private static WageEstimate estimate(ReleaseReader.Release release, String area, String soc) {
        return byKey(release).get("OEWS-2013-05:" + area + ":" + soc);
    }

    /** @return the estimates as they will be sent, read back */
    private static Map<String, WageEstimate> byKey(ReleaseReader.Release release) {
        Map<String, WageEstimate> estimates = new LinkedHashMap<>();
        for (ReleaseReader.Estimate estimate : release.estimates()) {
            try {
                estimates.put(estimate.key(), ContractJson.bind(ContractJson.readTree(estimate.json()), WageEstimate.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return estimates;
    }

    @Test
    void theNationalFileOf2013HasNoAreaColumnsAndFootnotesUnderItsData() throws IOException {
        ReleaseReader.Release release = read(List.of(file(M2013.resolve("national_M2013_dl.csv"))));
        assertEquals(List.of(), release.problems());
        assertEquals(4, release.estimates().size(), "the detailed occupations; the total and the major group skipped");
        WageEstimate hit = estimate(release, Area.NATIONAL_CODE, "29-2071");
        assertEquals(AreaType.NATIONAL, hit.area().type());
        assertEquals(new BigDecimal("34970"), hit.wages().annual().median(), "the figure of the original career page");
        assertEquals(new BigDecimal("16.81"), hit.wages().hourly().median());
        assertEquals(182_370L, hit.employment(), "\"182,370\" with its thousands separator");
        WageEstimate practitioners = estimate(release, Area.NATIONAL_CODE, "29-1062");
        assertEquals(Footnote.TOP_CODED, practitioners.footnotes().get("annual.median"));
        assertNull(practitioners.wages().annual().median());
        WageEstimate teachers = estimate(release, Area.NATIONAL_CODE, "25-2021");
        assertEquals(Footnote.ANNUAL_ONLY, teachers.footnotes().get("hourly.median"));
        assertTrue(release.summaries().get(0).contains("4 footnote rows"), release.summaries().toString());
    }

    @Test
    void stateMetropolitanAndNonmetropolitanFilesTakeTheirAreaTypeFromTheirKind() throws IOException {
        ReleaseReader.Release release = read(List.of(file(M2013.resolve("state_M2013_dl.csv")),
            file(M2013.resolve("MSA_M2013_dl.csv")), file(M2013.resolve("BOS_M2013_dl.csv"))));
        assertEquals(List.of(), release.problems());
        assertEquals(7, release.estimates().size());
        assertEquals(AreaType.STATE, estimate(release, "3600000", "29-2071").area().type());
        assertEquals("New York", estimate(release, "3600000", "29-2071").area().name());
        assertEquals(new BigDecimal("36010"), estimate(release, "5100000", "29-2071").wages().annual().median());
        assertEquals(AreaType.METRO, estimate(release, "0046540", "31-9092").area().type());
        assertEquals("Utica-Rome, NY", estimate(release, "0046540", "31-9092").area().name());
        assertEquals(AreaType.NONMETRO, estimate(release, "3600001", "29-2071").area().type());
    }

    @Test
    void theExcel97WorkbookInsideItsZipArchiveReadsAsTheCsv() throws IOException {
        Path xls = scratch.resolve("national_M2013_dl.xls");
        writeXls(Table.read(M2013.resolve("national_M2013_dl.csv")), xls);
        Path zip = scratch.resolve("oesm13nat.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, "oesm13nat/national_M2013_dl.xls", Files.readAllBytes(xls));
            put(out, "oesm13nat/field_descriptions.csv", "Field,Field Description\nOCC_TITLE,Occupation title\n".getBytes());
            put(out, "oesm13nat/readme.txt", "About these files".getBytes());
        }
        ReleaseSources.Found found = ReleaseSources.of(List.of(zip), scratch);
        assertEquals(List.of("oesm13nat.zip!oesm13nat/readme.txt: not a table (CSV, XLSX or XLS)"), found.passed());
        ReleaseReader.Release fromZip = read(found.sources());
        ReleaseReader.Release fromCsv = read(List.of(file(M2013.resolve("national_M2013_dl.csv"))));
        assertEquals(List.of(), fromZip.problems());
        assertEquals(fromCsv.estimates(), fromZip.estimates(), "the same estimates, figure for figure");
        assertTrue(fromZip.summaries().stream().anyMatch(s -> s.contains("field_descriptions.csv: no OCC_CODE column")),
            fromZip.summaries().toString());
    }

    @Test
    void aFileOfAnotherYearACorruptedArchiveAndConflictingFiguresAreRefused() throws IOException {
        ReleaseReader.Release otherYear = ReleaseReader.read(List.of(file(M2013.resolve("national_M2013_dl.csv"))), new OewsFile.Release("OEWS-2015-05", "2015-05", "2010", 0));
        assertEquals(1, otherYear.problems().size());
        assertTrue(otherYear.problems().get(0).contains("its name says the May 2013 release, not --period 2015-05"),
            otherYear.problems().toString());

        Path corrupted = scratch.resolve("oesm13st.zip");
        Files.write(corrupted, "PK\u0003\u0004 this is not really a zip".getBytes());
        IOException refused = assertThrows(IOException.class, () -> ReleaseSources.of(List.of(corrupted), scratch));
        assertTrue(refused.getMessage().contains("oesm13st.zip"), refused.getMessage());

        Path changed = scratch.resolve("national_M2013_dl_fixed.csv");
        Files.writeString(changed, Files.readString(M2013.resolve("national_M2013_dl.csv")).replace("\"34,970\"", "\"34,980\""));
        ReleaseReader.Release twice = read(List.of(file(M2013.resolve("national_M2013_dl.csv")), file(changed)));
        assertEquals(3, twice.repeated(), "the same figures in both files are sent once");
        assertEquals(1, twice.problems().size(), twice.problems().toString());
        assertTrue(twice.problems().get(0).contains("area 0000000 and occupation 29-2071 have other figures in"),
            twice.problems().toString());
    }

    @Test
    void aHeaderWithoutTheColumnsOfItsKindNamesThoseFoundAndThoseExpected() throws IOException {
        Path unnamed = scratch.resolve("estimates.csv");
        Files.writeString(unnamed, "OCC_CODE,OCC_TITLE,TOT_EMP\n29-2071,Medical Records and Health Information Technicians,10\n");
        ReleaseReader.Release release = read(List.of(file(unnamed)));
        assertEquals(List.of(unnamed + ": line 1: the header has no AREA, AREA_TYPE column (found: OCC_CODE, OCC_TITLE, "
            + "TOT_EMP; a all_data file needs AREA, AREA_TYPE, OCC_CODE, OCC_TITLE, TOT_EMP)"), release.problems());
    }

    @Test
    void theLowerCaseLayoutOf2004WithAnHourlyOnlyOccupation() throws IOException {
        ReleaseReader.Release release = ReleaseReader.read(List.of(file(Path.of("src/test/resources/fixtures/may2004/"
            + "state_may2004_dl.csv"))), new OewsFile.Release("OEWS-2004-05", "2004-05", "2000", 0));
        assertEquals(List.of(), release.problems());
        assertEquals(2, release.estimates().size(), "the total row has no group but is no detailed occupation");
        WageEstimate musicians = byKey(release).get("OEWS-2004-05:3600000:27-2042");
        assertEquals(Footnote.HOURLY_ONLY, musicians.footnotes().get("annual.median"));
        assertEquals(Footnote.NOT_RELEASED, musicians.footnotes().get("hourly.p90"));
        assertEquals(new BigDecimal("31.97"), musicians.wages().hourly().median());
    }

    @Test
    void aRunThatMixesReleasesIsRefusedNamingTheFileOfTheOtherYear() throws IOException {
        Path of2015 = scratch.resolve("state_M2015_dl.csv");
        Files.copy(M2013.resolve("state_M2013_dl.csv"), of2015);
        ReleaseReader.Release mixed = read(List.of(file(M2013.resolve("national_M2013_dl.csv")), file(of2015)));
        assertEquals(1, mixed.problems().size(), mixed.problems().toString());
        assertTrue(mixed.problems().get(0).startsWith(of2015 + ": its name says the May 2015 release, not --period 2013-05"),
            mixed.problems().toString());
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** Writes a table as BLS's .xls workbooks hold it: figures as numbers, markers and titles as text. */
    private static void writeXls(Table table, Path target) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = workbook.createSheet("National");
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                header.createCell(c).setCellValue(table.header().get(c));
            }
            for (int r = 0; r < table.records().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> fields = table.records().get(r).fields();
                for (int c = 0; c < fields.size(); c++) {
                    String field = fields.get(c);
                    if (field.replace(",", "").matches("\\d+(\\.\\d+)?") && c > 2) {
                        row.createCell(c).setCellValue(Double.parseDouble(field.replace(",", "")));
                    } else if (!field.isEmpty()) {
                        row.createCell(c).setCellValue(field);
                    }
                }
            }
            workbook.write(out);
        }
    }
}
