package io.careers.tools.release;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.careers.contracts.ContractSchemas;
import io.careers.contracts.EventSchema;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.SchemaViolation;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;
import io.careers.contracts.salary.Wages;
import io.careers.tools.cli.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an OEWS file in the layouts BLS has published since 2004 (AREA, AREA_TYPE, NAICS, OCC_CODE,
 * O_GROUP, TOT_EMP, H_MEAN, A_PCT90 ..., with the older names and columns {@link OewsColumns} knows)
 * into wage estimates: one per detailed occupation and area, for all industries and ownerships.
 * Rows without an occupation code are BLS's footnotes and are counted, not read. BLS markers become footnotes, never numbers: {@code *} and {@code **} not
 * released, {@code #} top-coded; {@code HOURLY}/{@code ANNUAL} = TRUE mark the measures that are
 * missing on purpose.
 */
public final class OewsFile {
    static final String[] MEASURES = {"MEAN", "PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90"};
    private static final String[] CONTRACT_MEASURES = {"mean", "p10", "p25", "median", "p75", "p90"};

    private OewsFile() {
    }

    /**
     * What the file holds.
     *
     * @param estimates estimates by key, in file order, with their lines
     * @param problems  rows that cannot be published
     * @param skipped   rows that are not estimates of the release (other industries, ownerships, summary groups)
     * @param notes     rows with no occupation code: BLS's footnotes under the data
     */
    public record Parsed(Map<String, Line> estimates, List<RowProblem> problems, int skipped, int notes) {
    }

    /**
     * @param line     1-based line
     * @param estimate the estimate
     */
    public record Line(int line, WageEstimate estimate) {
    }

    /**
     * Reads a file whose header has AREA and AREA_TYPE columns (the all-data layout).
     *
     * @param table           the file
     * @param releaseId       e.g. OEWS-2023-05
     * @param referencePeriod e.g. 2023-05
     * @param socVersion      SOC version of the codes
     * @param revision        0, or higher for a correction
     * @return the estimates and problems
     */
    public static Parsed parse(Table table, String releaseId, String referencePeriod, String socVersion, int revision) {
        return parse(table, OewsFileKind.ALL_DATA, releaseId, referencePeriod, socVersion, revision);
    }

    /**
     * @param table           the file
     * @param kind            the areas the file holds, as its name says: older layouts leave out the
     *                        AREA_TYPE column (national files the AREA column too)
     * @param releaseId       e.g. OEWS-2023-05
     * @param referencePeriod e.g. 2023-05
     * @param socVersion      SOC version of the codes
     * @param revision        0, or higher for a correction
     * @return the estimates and problems
     */
    public static Parsed parse(Table table, OewsFileKind kind, String releaseId, String referencePeriod, String socVersion,
                               int revision) {
        OewsColumns columns = OewsColumns.of(table, kind);
        RowProblem missing = missingColumns(table, columns, kind);
        if (missing != null) {
            return new Parsed(Map.of(), List.of(missing), 0, 0);
        }
        List<Row> rows = check(table, columns, table.records(), new Release(releaseId, referencePeriod, socVersion, revision));
        Map<String, Line> estimates = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        EstimateMerge merge = new EstimateMerge();
        for (Row row : rows) {
            if (merge.add("", row, problems)) {
                estimates.put(row.estimate().key(), new Line(row.line(), row.estimate()));
            }
        }
        return new Parsed(estimates, problems, merge.counts().skipped(), merge.counts().notes());
    }

    /**
     * What every estimate of a run shares.
     *
     * @param releaseId       e.g. OEWS-2023-05
     * @param referencePeriod e.g. 2023-05
     * @param socVersion      SOC version of the codes
     * @param revision        0, or higher for a correction
     */
    record Release(String releaseId, String referencePeriod, String socVersion, int revision) {
    }

    /** @return the problem of a header without a column the file's kind needs, or null */
    static RowProblem missingColumns(Table table, OewsColumns columns, OewsFileKind kind) {
        if (columns.missing().isEmpty()) {
            return null;
        }
        return new RowProblem(1, "the header has no " + String.join(", ", columns.missing()) + " column (found: "
            + String.join(", ", table.header()) + "; a " + kind.name().toLowerCase(Locale.ROOT) + " file needs "
            + String.join(", ", columns.required()) + ")");
    }

    /** What a row is: BLS's footnote, a row of another industry, ownership or group, or an estimate. */
    enum RowKind { NOTE, SKIPPED, ESTIMATE }

    /**
     * A row as read on its own: what it is, its estimate and the estimate's JSON if it has one, and
     * what is wrong with it.
     */
    record Row(int line, RowKind kind, WageEstimate estimate, String json, List<String> problems) {
    }

    /**
     * Reads and checks rows on their own, each against the contract's schema and the percentile
     * order; safe to call from several threads at once for different rows.
     *
     * @param table   the file
     * @param columns its columns
     * @param records some of its records
     * @param release what every estimate shares
     * @return a row per record, in order
     */
    static List<Row> check(Table table, OewsColumns columns, List<Table.Record> records, Release release) {
        List<Row> rows = new ArrayList<>(records.size());
        for (Table.Record record : records) {
            rows.add(row(table, columns, record, release));
        }
        return rows;
    }

    private static Row row(Table table, OewsColumns columns, Table.Record record, Release release) {
        if (isNote(table, columns, record)) {
            return new Row(record.line(), RowKind.NOTE, null, null, List.of());
        }
        if (!columns.isCrossIndustryDetailed(record)) {
            return new Row(record.line(), RowKind.SKIPPED, null, null, List.of());
        }
        List<String> problems = new ArrayList<>();
        WageEstimate estimate = estimate(table, columns, record, release.releaseId(), release.referencePeriod(),
            release.socVersion(), release.revision(), problems);
        String json = null;
        if (estimate != null) {
            JsonNode tree = ContractJson.tree(estimate);
            for (SchemaViolation v : ContractSchemas.validate(EventSchema.WAGE_ESTIMATE, tree)) {
                problems.add(v.toString());
            }
            problems.addAll(percentileOrder(estimate));
            // Written here, on the checking threads, so that sending only hands text to Kafka.
            json = problems.isEmpty() ? ContractJson.write(estimate) : null;
        }
        return new Row(record.line(), RowKind.ESTIMATE, estimate, json, problems);
    }

    private static WageEstimate estimate(Table table, OewsColumns columns, Table.Record record, String releaseId,
                                         String referencePeriod, String socVersion, int revision, List<String> problems) {
        Area area = area(columns.areaCode(record), columns.areaType(record), table.field(record, columns.areaTitle()),
            problems);
        String code = table.field(record, columns.occupationCode());
        String title = table.field(record, columns.occupationTitle());
        Map<String, Footnote> footnotes = new HashMap<>();
        Long employment = count(table.field(record, columns.employment()), "TOT_EMP", "employment", footnotes, problems);
        boolean hourlyOnly = flag(table.field(record, columns.hourlyOnly()));
        boolean annualOnly = flag(table.field(record, columns.annualOnly()));
        WageMeasures hourly = measures(table, columns, record, "H_", "hourly", annualOnly ? Footnote.ANNUAL_ONLY : null,
            footnotes, problems);
        WageMeasures annual = measures(table, columns, record, "A_", "annual", hourlyOnly ? Footnote.HOURLY_ONLY : null,
            footnotes, problems);
        if (area == null) {
            return null;
        }
        return new WageEstimate(releaseId, referencePeriod, new OccupationRef(code, title, socVersion), area, employment,
            new Wages(hourly, annual), footnotes, revision);
    }

    private static Area area(String code, String type, String title, List<String> problems) {
        String digits = digitsOf(code);
        switch (type) {
            case "1":
                return new Area(AreaType.NATIONAL, Area.NATIONAL_CODE, title.isEmpty() ? "U.S." : title);
            case "2", "3":
                if (digits.length() >= 1 && digits.length() <= 2) {
                    return new Area(AreaType.STATE, padded(digits, 2) + "00000", title);
                }
                break;
            case "4":
                if (!digits.isEmpty() && digits.length() <= 7) {
                    return new Area(AreaType.METRO, padded(digits, 7), title);
                }
                break;
            case "6":
                if (!digits.isEmpty() && digits.length() <= 7) {
                    return new Area(AreaType.NONMETRO, padded(digits, 7), title);
                }
                break;
            default:
                problems.add("AREA_TYPE: '" + type + "' is not 1 (national), 2 (state), 3 (territory), 4 (metro) or 6 (nonmetro)");
                return null;
        }
        problems.add("AREA: '" + code + "' is not an area code of AREA_TYPE " + type);
        return null;
    }

    private static WageMeasures measures(Table table, OewsColumns columns, Table.Record record, String prefix, String base, Footnote missingOnPurpose,
                                         Map<String, Footnote> footnotes, List<String> problems) {
        BigDecimal[] values = new BigDecimal[MEASURES.length];
        for (int i = 0; i < MEASURES.length; i++) {
            String column = prefix + MEASURES[i];
            String path = base + "." + CONTRACT_MEASURES[i];
            String raw = table.field(record, columns.measures(prefix)[i]);
            if (missingOnPurpose != null && (raw.isEmpty() || raw.startsWith("*"))) {
                footnotes.put(path, missingOnPurpose);
                continue;
            }
            values[i] = number(raw, column, path, footnotes, problems);
        }
        return new WageMeasures(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    private static Long count(String raw, String column, String path, Map<String, Footnote> footnotes, List<String> problems) {
        BigDecimal value = number(raw, column, path, footnotes, problems);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            problems.add(column + ": '" + raw + "' is not a whole number");
            return null;
        }
    }

    /** @return the number, or null for a marker (recorded as a footnote) or an empty cell */
    private static BigDecimal number(String raw, String column, String path, Map<String, Footnote> footnotes,
                                     List<String> problems) {
        switch (raw) {
            case "":
                return null;
            case "*", "**":
                footnotes.put(path, Footnote.NOT_RELEASED);
                return null;
            case "#":
                footnotes.put(path, Footnote.TOP_CODED);
                return null;
            default:
                try {
                    BigDecimal value = canonical(new BigDecimal(raw.replace(",", "")));
                    if (value.signum() < 0) {
                        problems.add(column + ": '" + raw + "' is negative");
                        return null;
                    }
                    return value;
                } catch (NumberFormatException e) {
                    problems.add(column + ": '" + raw + "' is neither a number nor a BLS marker (*, **, #)");
                    return null;
                }
        }
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** @return the digits with leading zeros to the width */
    private static String padded(String digits, int width) {
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /**
     * BLS's footnotes under the data ("Footnotes:", "# = indicates a wage equal to or greater than
     * ...", "SOURCE: ...") fill one cell of a row, whichever column that is; a data row has many.
     */
    private static boolean isNote(Table table, OewsColumns columns, Table.Record record) {
        return table.field(record, columns.occupationCode()).isEmpty()
            || record.fields().stream().filter(field -> !field.isBlank()).count() <= 1;
    }

    /** The same number written alike whatever the file's format: 16.80 (CSV) and 16.8 (XLSX) are 16.8. */
    private static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean flag(String raw) {
        return raw.equalsIgnoreCase("TRUE") || raw.equalsIgnoreCase("T") || raw.equals("1");
    }

    private static List<String> percentileOrder(WageEstimate estimate) {
        List<String> problems = new ArrayList<>();
        if (estimate.wages() != null) {
            order("H_", estimate.wages().hourly(), problems);
            order("A_", estimate.wages().annual(), problems);
        }
        return problems;
    }

    private static void order(String prefix, WageMeasures m, List<String> problems) {
        if (m == null) {
            return;
        }
        BigDecimal[] values = {m.p10(), m.p25(), m.median(), m.p75(), m.p90()};
        String[] names = {"PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90"};
        BigDecimal last = null;
        String lastName = null;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            if (last != null && values[i].compareTo(last) < 0) {
                problems.add(prefix + names[i] + " (" + values[i].toPlainString() + ") is below " + prefix + lastName
                    + " (" + last.toPlainString() + "): percentiles must be in order");
            }
            last = values[i];
            lastName = names[i];
        }
    }
}
