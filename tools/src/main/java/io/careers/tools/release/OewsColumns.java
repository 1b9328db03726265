package io.careers.tools.release;

import io.careers.tools.cli.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an OEWS file keeps what a wage estimate needs, under the names of each edition: the group
 * column is {@code O_GROUP} (2019 on), {@code OCC_GROUP} (national files before) or {@code GROUP}
 * (state and area files before); the area's name is {@code AREA_TITLE}, {@code AREA_NAME} or, in
 * state files, {@code STATE}. Files without {@code AREA_TYPE} take it from their kind, and
 * national files without {@code AREA} are the nation.
 */
final class OewsColumns {
    private final Table table;
    private final OewsFileKind kind;
    private final int area;
    private final int areaType;
    private final int areaTitle;
    private final int occupationCode;
    private final int group;
    private final int naics;
    private final int industryGroup;
    private final int ownership;
    private final int occupationTitle;
    private final int employment;
    private final int hourlyOnly;
    private final int annualOnly;
    private final int[] hourly;
    private final int[] annual;
    private final List<String> required = new ArrayList<>(List.of("OCC_CODE", "OCC_TITLE", "TOT_EMP"));
    private final List<String> missing = new ArrayList<>();

    private OewsColumns(Table table, OewsFileKind kind) {
        this.table = table;
        this.kind = kind;
        this.area = table.column("AREA");
        this.areaType = table.column("AREA_TYPE");
        this.areaTitle = table.column("AREA_TITLE", "AREA_NAME", "STATE");
        this.occupationCode = table.column("OCC_CODE");
        this.group = table.column("O_GROUP", "OCC_GROUP", "GROUP");
        this.naics = table.column("NAICS");
        this.industryGroup = table.column("I_GROUP");
        this.ownership = table.column("OWN_CODE");
        this.occupationTitle = table.column("OCC_TITLE");
        this.employment = table.column("TOT_EMP");
        this.hourlyOnly = table.column("HOURLY");
        this.annualOnly = table.column("ANNUAL");
        this.hourly = measureColumns(table, "H_");
        this.annual = measureColumns(table, "A_");
        if (kind != OewsFileKind.NATIONAL) {
            required.add(0, "AREA");
        }
        if (kind == OewsFileKind.ALL_DATA) {
            required.add(1, "AREA_TYPE");
        }
        required.stream().filter(name -> table.column(name) < 0).forEach(missing::add);
    }

    /**
     * @param table a file
     * @param kind  the areas it holds
     * @return its columns
     */
    static OewsColumns of(Table table, OewsFileKind kind) {
        return new OewsColumns(table, kind);
    }

    /** @return the columns this kind of file must have */
    List<String> required() {
        return required;
    }

    /** @return the required columns the header lacks */
    List<String> missing() {
        return missing;
    }

    private static int[] measureColumns(Table table, String prefix) {
        int[] columns = new int[OewsFile.MEASURES.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = table.column(prefix + OewsFile.MEASURES[i]);
        }
        return columns;
    }

    int occupationCode() {
        return occupationCode;
    }

    int occupationTitle() {
        return occupationTitle;
    }

    int employment() {
        return employment;
    }

    int hourlyOnly() {
        return hourlyOnly;
    }

    int annualOnly() {
        return annualOnly;
    }

    /** @return the columns of H_MEAN, H_PCT10 ... H_PCT90 (or A_...), in {@link OewsFile#MEASURES} order */
    int[] measures(String prefix) {
        return prefix.equals("H_") ? hourly : annual;
    }

    int areaTitle() {
        return areaTitle;
    }

    /** @return the row's area code; the nation's when a national file has no AREA column */
    String areaCode(Table.Record record) {
        return area < 0 ? "99" : table.field(record, area);
    }

    /** @return the row's AREA_TYPE, or the one its file's kind implies */
    String areaType(Table.Record record) {
        return areaType >= 0 ? table.field(record, areaType) : kind.areaType();
    }

    /**
     * @param record a row
     * @return whether it is a detailed occupation across all industries and ownerships: the rows a
     *         release publishes. Totals, major and broad groups, single industries and single
     *         ownerships are not.
     */
    boolean isCrossIndustryDetailed(Table.Record record) {
        String groupName = table.field(record, group).toLowerCase(Locale.ROOT);
        String industry = table.field(record, naics);
        if (!industry.isEmpty() && industry.length() < 6 && industry.chars().allMatch(Character::isDigit)) {
            // A spreadsheet that stored the code as a number lost its leading zeros.
            industry = "0".repeat(6 - industry.length()) + industry;
        }
        String industries = table.field(record, industryGroup).toLowerCase(Locale.ROOT);
        String owners = table.field(record, ownership);
        // Files that leave the group blank: SOC totals, major, minor and broad groups end in 0, detailed occupations never.
        boolean detailed = groupName.isEmpty() ? !table.field(record, occupationCode).endsWith("0") : groupName.equals("detailed");
        return detailed
            && (industry.isEmpty() || industry.equals("000000"))
            && (industries.isEmpty() || industries.equals("cross-industry"))
            && (owners.isEmpty() || owners.equals("1235"));
    }
}
