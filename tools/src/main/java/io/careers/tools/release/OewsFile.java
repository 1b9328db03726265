package io.careers.tools.release;

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
 * Reads an OEWS file in the layout BLS publishes (AREA, AREA_TYPE, NAICS, OCC_CODE, O_GROUP,
 * TOT_EMP, H_MEAN, A_PCT90 ...) into wage estimates: one per detailed occupation and area, for all
 * industries. BLS markers become footnotes, never numbers: {@code *} and {@code **} not
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
     * @param skipped   rows that are not estimates of the release (other industries, summary groups)
     */
    public record Parsed(Map<String, Line> estimates, List<RowProblem> problems, int skipped) {
    }

    /**
     * @param line     1-based line
     * @param estimate the estimate
     */
    public record Line(int line, WageEstimate estimate) {
    }

    /**
     * @param csv             the file
     * @param releaseId       e.g. OEWS-2023-05
     * @param referencePeriod e.g. 2023-05
     * @param socVersion      SOC version of the codes
     * @param revision        0, or higher for a correction
     * @return the estimates and problems
     */
    public static Parsed parse(Table csv, String releaseId, String referencePeriod, String socVersion, int revision) {
        for (String required : List.of("AREA", "AREA_TYPE", "OCC_CODE", "OCC_TITLE", "TOT_EMP")) {
            if (csv.column(required) < 0) {
                return new Parsed(Map.of(), List.of(new RowProblem(1, "the header has no " + required
                    + " column (found: " + String.join(", ", csv.header()) + ")")), 0);
            }
        }
        Map<String, Line> estimates = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        int skipped = 0;
        for (Table.Record record : csv.records()) {
            String group = csv.field(record, csv.column("O_GROUP")).toLowerCase(Locale.ROOT);
            String naics = csv.field(record, csv.column("NAICS"));
            if (naics.matches("\\d{1,5}")) {
                // A spreadsheet that stored the code as a number lost its leading zeros.
                naics = String.format("%06d", Integer.parseInt(naics));
            }
            if ((!group.isEmpty() && !group.equals("detailed")) || (!naics.isEmpty() && !naics.equals("000000"))) {
                skipped++;
                continue;
            }
            List<String> rowProblems = new ArrayList<>();
            WageEstimate estimate = estimate(csv, record, releaseId, referencePeriod, socVersion, revision, rowProblems);
            if (estimate != null) {
                for (SchemaViolation v : ContractSchemas.validate(EventSchema.WAGE_ESTIMATE, ContractJson.tree(estimate))) {
                    rowProblems.add(v.toString());
                }
                rowProblems.addAll(percentileOrder(estimate));
                Line previous = estimates.get(estimate.key());
                if (previous != null) {
                    rowProblems.add("area " + estimate.area().code() + " and occupation " + estimate.occupation().code()
                        + " appear twice (also line " + previous.line() + ")");
                }
            }
            if (rowProblems.isEmpty()) {
                estimates.put(estimate.key(), new Line(record.line(), estimate));
            } else {
                rowProblems.forEach(p -> problems.add(new RowProblem(record.line(), p)));
            }
        }
        return new Parsed(estimates, problems, skipped);
    }

    private static WageEstimate estimate(Table csv, Table.Record record, String releaseId, String referencePeriod,
                                         String socVersion, int revision, List<String> problems) {
        Area area = area(csv.field(record, csv.column("AREA")), csv.field(record, csv.column("AREA_TYPE")),
            csv.field(record, csv.column("AREA_TITLE")), problems);
        String code = csv.field(record, csv.column("OCC_CODE"));
        String title = csv.field(record, csv.column("OCC_TITLE"));
        Map<String, Footnote> footnotes = new HashMap<>();
        Long employment = count(csv.field(record, csv.column("TOT_EMP")), "TOT_EMP", "employment", footnotes, problems);
        boolean hourlyOnly = flag(csv.field(record, csv.column("HOURLY")));
        boolean annualOnly = flag(csv.field(record, csv.column("ANNUAL")));
        WageMeasures hourly = measures(csv, record, "H_", "hourly", annualOnly ? Footnote.ANNUAL_ONLY : null, footnotes, problems);
        WageMeasures annual = measures(csv, record, "A_", "annual", hourlyOnly ? Footnote.HOURLY_ONLY : null, footnotes, problems);
        if (area == null) {
            return null;
        }
        return new WageEstimate(releaseId, referencePeriod, new OccupationRef(code, title, socVersion), area, employment,
            new Wages(hourly, annual), footnotes, revision);
    }

    private static Area area(String code, String type, String title, List<String> problems) {
        String digits = code.replaceAll("\\D", "");
        switch (type) {
            case "1":
                return new Area(AreaType.NATIONAL, Area.NATIONAL_CODE, title.isEmpty() ? "U.S." : title);
            case "2", "3":
                if (digits.length() >= 1 && digits.length() <= 2) {
                    return new Area(AreaType.STATE, String.format("%02d00000", Integer.parseInt(digits)), title);
                }
                break;
            case "4":
                if (!digits.isEmpty() && digits.length() <= 7) {
                    return new Area(AreaType.METRO, String.format("%07d", Long.parseLong(digits)), title);
                }
                break;
            case "6":
                if (!digits.isEmpty() && digits.length() <= 7) {
                    return new Area(AreaType.NONMETRO, String.format("%07d", Long.parseLong(digits)), title);
                }
                break;
            default:
                problems.add("AREA_TYPE: '" + type + "' is not 1 (national), 2 (state), 3 (territory), 4 (metro) or 6 (nonmetro)");
                return null;
        }
        problems.add("AREA: '" + code + "' is not an area code of AREA_TYPE " + type);
        return null;
    }

    private static WageMeasures measures(Table csv, Table.Record record, String prefix, String base, Footnote missingOnPurpose,
                                         Map<String, Footnote> footnotes, List<String> problems) {
        BigDecimal[] values = new BigDecimal[MEASURES.length];
        for (int i = 0; i < MEASURES.length; i++) {
            String column = prefix + MEASURES[i];
            String path = base + "." + CONTRACT_MEASURES[i];
            String raw = csv.field(record, csv.column(column));
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
                    BigDecimal value = new BigDecimal(raw.replace(",", ""));
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
