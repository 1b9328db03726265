package io.careers.bench;

import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;
import io.careers.tools.cli.CareersTools;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.postgresql.PGConnection;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;

/**
 * A data team's whole release, as BLS ships it: an all-data workbook of about 400,000 rows in the
 * real layout (area totals and footnote rows included), from the start of
 * {@code publish-release --wait} to the release being CURRENT on a running salary-service, with the
 * publisher's own split of the time (reading and checking, sending, ingesting). Beside it, in the
 * same run, the raw {@code COPY} rate of the same rows into the same PostgreSQL.
 *
 * <p>Arguments: {@code kafkaBootstrap salaryUrl rawJdbcUrl workDir [occupations] [areas]}.
 */
public final class ReleaseFileBenchmark {
    private static final String[] HEADER = {"AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE",
        "I_GROUP", "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT",
        "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
        "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"};

    private ReleaseFileBenchmark() {
    }

    /**
     * @param args see the class comment
     * @throws Exception on any failure: the benchmark is then void
     */
    public static void main(String[] args) throws Exception {
        // The Kafka clients' INFO lines would bury the publisher's own report.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String kafka = args[0];
        String salary = args[1];
        String rawJdbc = args[2];
        Path work = Path.of(args[3]);
        int occupations = args.length > 4 ? Integer.parseInt(args[4]) : 830;
        int areas = args.length > 5 ? Integer.parseInt(args[5]) : 480;
        String releaseId = "OEWS-2024-05-FILE-" + System.currentTimeMillis();
        List<WageEstimate> estimates = SyntheticRelease.estimates(releaseId, "2024-05", occupations, areas);
        Path workbook = work.resolve("all_data_M_2024.xlsx");
        long written = System.nanoTime();
        int rows = write(estimates, areas, workbook);
        System.out.printf(Locale.ROOT, "workbook: %,d rows (%,d estimates), %,d bytes, written in %.1f s%n", rows,
            estimates.size(), Files.size(workbook), (System.nanoTime() - written) / 1e9);

        double copy = rawCopy(rawJdbc, estimates);

        StringWriter output = new StringWriter();
        long started = System.nanoTime();
        int exit = CareersTools.run(new PrintWriter(output, true), "publish-release", workbook.toString(), "--period",
            "2024-05", "--release-id", releaseId, "--wait", "--salary-url", salary, "--bootstrap-servers", kafka);
        double total = (System.nanoTime() - started) / 1e9;
        System.out.print(output);
        if (exit != 0) {
            throw new IllegalStateException("publish-release --wait exited " + exit);
        }
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| rows in the workbook / estimates | %,d / %,d |%n", rows, estimates.size());
        System.out.printf(Locale.ROOT, "| `publish-release --wait`, start to CURRENT | %.1f s |%n", total);
        output.toString().lines().filter(line -> line.startsWith("Timing:"))
            .forEach(line -> System.out.printf("| publisher's split | %s |%n", line.substring("Timing: ".length())));
        System.out.printf(Locale.ROOT, "| end to end | %,.0f estimates/s |%n", estimates.size() / total);
        System.out.printf(Locale.ROOT, "| raw COPY of the same rows, same PostgreSQL | %,.0f rows/s (%.1f s) |%n", copy,
            estimates.size() / copy);
    }

    /** @return rows written: per area a total row, the detailed rows, and BLS's footnote rows */
    private static int write(List<WageEstimate> estimates, int areas, Path target) throws Exception {
        try (OutputStream out = Files.newOutputStream(target)) {
            Workbook workbook = new Workbook(out, "careers-bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("All May 2024 data");
            for (int c = 0; c < HEADER.length; c++) {
                sheet.value(0, c, HEADER[c]);
            }
            int r = 1;
            for (int i = 0; i < estimates.size(); i++) {
                WageEstimate e = estimates.get(i);
                if (i < areas) {
                    row(sheet, r++, e, "00-0000", "All Occupations", "total");
                }
                row(sheet, r++, e, e.occupation().code(), e.occupation().title(), "detailed");
                if (r % 50_000 == 0) {
                    sheet.flush();
                }
            }
            sheet.value(r++, 0, "Footnotes:");
            sheet.value(r++, 0, "* = indicates that a wage estimate is not available");
            sheet.value(r++, 0, "# = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year");
            workbook.finish();
            return r - 1;
        }
    }

    private static void row(Worksheet sheet, int r, WageEstimate e, String code, String title, String group) {
        AreaType type = e.area().type();
        String area = type == AreaType.NATIONAL ? "99" : type == AreaType.STATE
            ? Integer.toString(Integer.parseInt(e.area().code()) / 100) : e.area().code();
        sheet.value(r, 0, area);
        sheet.value(r, 1, e.area().name());
        sheet.value(r, 2, type == AreaType.NATIONAL ? 1 : type == AreaType.STATE ? 2 : 4);
        sheet.value(r, 3, "US");
        sheet.value(r, 4, "000000");
        sheet.value(r, 5, "Cross-industry");
        sheet.value(r, 6, "cross-industry");
        sheet.value(r, 7, 1235);
        sheet.value(r, 8, code);
        sheet.value(r, 9, title);
        sheet.value(r, 10, group);
        sheet.value(r, 11, e.employment());
        sheet.value(r, 12, 1.2);
        WageMeasures h = e.wages().hourly();
        WageMeasures a = e.wages().annual();
        sheet.value(r, 17, h.mean());
        sheet.value(r, 18, a.mean());
        sheet.value(r, 19, 0.5);
        BigDecimal[] values = {h.p10(), h.p25(), h.median(), h.p75(), h.p90(), a.p10(), a.p25(), a.median(), a.p75(), a.p90()};
        for (int i = 0; i < values.length; i++) {
            sheet.value(r, 20 + i, values[i]);
        }
    }

    /** @return rows per second of a plain COPY of the rows into a table shaped like wage_estimate */
    private static double rawCopy(String jdbcUrl, List<WageEstimate> estimates) throws Exception {
        StringBuilder csv = new StringBuilder(estimates.size() * 200);
        for (WageEstimate e : estimates) {
            WageMeasures h = e.wages().hourly();
            WageMeasures a = e.wages().annual();
            csv.append(e.releaseId()).append(',').append(e.area().code()).append(',').append(e.occupation().code())
                .append(',').append(e.area().type()).append(",\"").append(e.area().name()).append("\",\"")
                .append(e.occupation().title()).append("\",").append(e.occupation().socVersion()).append(',')
                .append(e.employment());
            for (BigDecimal v : new BigDecimal[] {h.mean(), h.p10(), h.p25(), h.median(), h.p75(), h.p90(), a.mean(), a.p10(),
                a.p25(), a.median(), a.p75(), a.p90()}) {
                csv.append(',').append(v == null ? "" : v.toPlainString());
            }
            csv.append(",{},").append(e.revision()).append('\n');
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            RawUpsert.createTable(c, "wage_estimate_copy");
            long start = System.nanoTime();
            ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI()
                .copyIn("COPY wage_estimate_copy FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
            return estimates.size() / ((System.nanoTime() - start) / 1e9);
        }
    }
}
