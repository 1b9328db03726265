package io.careers.tools.crosswalk;

import io.careers.contracts.ContractJson;
import io.careers.contracts.ContractSchemas;
import io.careers.contracts.EventSchema;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.SchemaViolation;
import io.careers.contracts.salary.SocCrosswalkLink;
import io.careers.tools.cli.Table;
import io.careers.tools.release.RowProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SOC crosswalk as BLS publishes it ({@code soc_2010_to_2018_crosswalk.xlsx}, or the 2000
 * to 2010 one): title rows above a header naming "2010 SOC Code", "2010 SOC Title", "2018 SOC
 * Code" and "2018 SOC Title" (the years say the revisions), one row per link, notes under it.
 */
public final class CrosswalkFile {
    private static final Pattern COLUMN = Pattern.compile("(\\d{4}) soc (code|title)");

    private CrosswalkFile() {
    }

    /**
     * @param links    the links by key, in file order
     * @param problems rows that cannot be published
     * @param notes    rows left out: notes and blank rows
     */
    public record Parsed(Map<String, SocCrosswalkLink> links, List<RowProblem> problems, int notes) {
    }

    /**
     * @param cell a header cell, lowercase
     * @return whether it names a code column, which only the header row has
     */
    public static boolean isCodeColumn(String cell) {
        Matcher m = COLUMN.matcher(cell);
        return m.matches() && m.group(2).equals("code");
    }

    /**
     * @param table the file
     * @return its links and problems
     */
    public static Parsed parse(Table table) {
        Map<String, int[]> byVersion = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            Matcher m = COLUMN.matcher(table.header().get(i).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (m.matches()) {
                int[] columns = byVersion.computeIfAbsent(m.group(1), v -> new int[] {-1, -1});
                columns[m.group(2).equals("code") ? 0 : 1] = i;
            }
        }
        List<String> versions = byVersion.keySet().stream().sorted().toList();
        if (versions.size() != 2 || byVersion.values().stream().anyMatch(c -> c[0] < 0 || c[1] < 0)) {
            return new Parsed(Map.of(), List.of(new RowProblem(1, "the header needs a code and a title column of two SOC "
                + "revisions, e.g. '2010 SOC Code', '2010 SOC Title', '2018 SOC Code', '2018 SOC Title' (found: "
                + String.join(", ", table.header()) + ")")), 0);
        }
        int[] from = byVersion.get(versions.get(0));
        int[] to = byVersion.get(versions.get(1));
        Map<String, SocCrosswalkLink> links = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        int notes = 0;
        for (Table.Record record : table.records()) {
            String fromCode = table.field(record, from[0]);
            String toCode = table.field(record, to[0]);
            if (fromCode.isEmpty() && toCode.isEmpty() || record.fields().stream().filter(f -> !f.isBlank()).count() <= 1) {
                notes++;
                continue;
            }
            SocCrosswalkLink link = new SocCrosswalkLink(
                new OccupationRef(fromCode, table.field(record, from[1]), versions.get(0)),
                new OccupationRef(toCode, table.field(record, to[1]), versions.get(1)));
            List<SchemaViolation> violations = ContractSchemas.validate(EventSchema.SOC_CROSSWALK_LINK, ContractJson.tree(link));
            if (!violations.isEmpty()) {
                violations.forEach(v -> problems.add(new RowProblem(record.line(), v.toString())));
            } else {
                links.putIfAbsent(link.key(), link);
            }
        }
        return new Parsed(links, problems, notes);
    }
}
