package io.careers.tools.projection;

import io.careers.contracts.ContractJson;
import io.careers.contracts.ContractSchemas;
import io.careers.contracts.EventSchema;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.SchemaViolation;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.tools.cli.Table;
import io.careers.tools.release.RowProblem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an employment projections file in the layout of the BLS occupation table (Table 1.2):
 * columns "Occupation title" (or, as each edition names them, "2023 National Employment Matrix
 * title"), "Occupation code" (or "... Matrix code"), "Occupation type", "Employment, 2023",
 * "Employment, 2033", "Employment change, percent, 2023–33", "Occupational openings, ... annual
 * average", "Typical education needed for entry". Employment and openings are in thousands, as
 * BLS publishes them. Title rows above the header and footnote rows under the data are left out;
 * only line items (detailed occupations) are read.
 */
public final class ProjectionsFile {
    private static final Pattern EMPLOYMENT_YEAR = Pattern.compile("employment,\\s*(\\d{4})");

    private ProjectionsFile() {
    }

    /**
     * @param projections projections by key, in file order
     * @param problems    rows that cannot be published
     * @param skipped     summary rows skipped
     */
    public record Parsed(Map<String, EmploymentProjection> projections, List<RowProblem> problems, int skipped) {
    }

    /**
     * @param cell a header cell, lowercase
     * @return whether it names the occupation title column, which only the header row has
     */
    public static boolean isTitleColumn(String cell) {
        return cell.startsWith("occupation title") || cell.matches("\\d{4} national employment matrix title.*");
    }

    public static Parsed parse(Table csv, String socVersion) {
        int title = find(csv, "occupation title", "national employment matrix title");
        int code = find(csv, "occupation code", "national employment matrix code");
        int type = find(csv, "occupation type");
        int percent = find(csv, "employment change, percent");
        int openings = find(csv, "occupational openings");
        int education = find(csv, "typical education needed for entry");
        List<Integer> employmentColumns = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < csv.header().size(); i++) {
            Matcher m = EMPLOYMENT_YEAR.matcher(csv.header().get(i).toLowerCase(Locale.ROOT).strip());
            if (m.matches()) {
                employmentColumns.add(i);
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        if (title < 0 || code < 0 || employmentColumns.size() != 2) {
            return new Parsed(Map.of(), List.of(new RowProblem(1, "the header needs 'Occupation title' (or 'YYYY National "
                + "Employment Matrix title'), 'Occupation code' (or '... Matrix code') and two 'Employment, YYYY' columns "
                + "(found: " + String.join(", ", csv.header()) + ")")), 0);
        }
        int baseYear = Math.min(years.get(0), years.get(1));
        int targetYear = Math.max(years.get(0), years.get(1));
        int baseColumn = employmentColumns.get(years.indexOf(baseYear));
        int targetColumn = employmentColumns.get(years.indexOf(targetYear));
        String period = baseYear + "-" + targetYear;
        Map<String, EmploymentProjection> projections = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        int skipped = 0;
        for (Table.Record record : csv.records()) {
            if (csv.field(record, code).isEmpty() || record.fields().stream().filter(f -> !f.isBlank()).count() <= 1) {
                // BLS's footnotes under the table ("Footnotes:", "[1] Data are from ...", "Source: ...")
                skipped++;
                continue;
            }
            String kind = csv.field(record, type).toLowerCase(Locale.ROOT);
            if (!kind.isEmpty() && !kind.equals("line item")) {
                skipped++;
                continue;
            }
            List<String> rowProblems = new ArrayList<>();
            EmploymentProjection projection = new EmploymentProjection(period, baseYear, targetYear,
                new OccupationRef(csv.field(record, code), csv.field(record, title), socVersion),
                thousands(csv.field(record, baseColumn), csv.header().get(baseColumn), rowProblems),
                thousands(csv.field(record, targetColumn), csv.header().get(targetColumn), rowProblems),
                decimal(csv.field(record, percent), "employment change, percent", rowProblems),
                thousands(csv.field(record, openings), "occupational openings", rowProblems),
                csv.field(record, education).isEmpty() ? null : csv.field(record, education));
            for (SchemaViolation v : ContractSchemas.validate(EventSchema.EMPLOYMENT_PROJECTION, ContractJson.tree(projection))) {
                rowProblems.add(v.toString());
            }
            if (projections.containsKey(projection.key())) {
                rowProblems.add("occupation " + projection.occupation().code() + " appears twice");
            }
            if (rowProblems.isEmpty()) {
                projections.put(projection.key(), projection);
            } else {
                rowProblems.forEach(p -> problems.add(new RowProblem(record.line(), p)));
            }
        }
        return new Parsed(projections, problems, skipped);
    }

    /** @return the first column whose name starts with the prefix or, failing that, contains the other name */
    private static int find(Table csv, String prefix, String... alsoContaining) {
        for (int i = 0; i < csv.header().size(); i++) {
            if (csv.header().get(i).toLowerCase(Locale.ROOT).strip().startsWith(prefix)) {
                return i;
            }
        }
        for (String other : alsoContaining) {
            for (int i = 0; i < csv.header().size(); i++) {
                if (csv.header().get(i).toLowerCase(Locale.ROOT).contains(other)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Long thousands(String raw, String column, List<String> problems) {
        BigDecimal value = decimal(raw, column, problems);
        return value == null ? null : value.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private static BigDecimal decimal(String raw, String column, List<String> problems) {
        if (raw.isEmpty() || raw.equals("—") || raw.equals("-")) {
            return null;
        }
        try {
            return new BigDecimal(raw.replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(column + ": '" + raw + "' is not a number");
            return null;
        }
    }
}
