package io.careers.tools.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A table file as BLS publishes them: CSV (RFC 4180: quoted fields, doubled quotes, commas and
 * line breaks inside quotes) or the first sheet of an XLSX or XLS workbook. It has the header
 * row's column names and each record's line (row) number for error messages. BLS puts title rows
 * above the header ("Table 1.2 ...", "(Numbers in thousands)"): the header is the first row that
 * names the column the caller looks for, and the rows above it are left out.
 */
public final class Table {
    private final Map<String, Integer> columns;
    private final List<String> header;
    private final List<Record> records;

    /**
     * One record.
     *
     * @param line   1-based line where it starts
     * @param fields its fields
     */
    public record Record(int line, List<String> fields) {
    }

    private Table(List<String> header, List<Record> records) {
        this.header = header;
        this.records = records;
        this.columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(normalise(header.get(i)), i);
        }
    }

    /** @return the file's table, its header the first row */
    public static Table read(Path file) throws IOException {
        return read(file, (Predicate<String>) null);
    }

    /**
     * @param file         XLSX or XLS by its name's ending, CSV otherwise
     * @param headerColumn a column the header row names (e.g. OCC_CODE); rows above that row are
     *                     titles and left out. When no row names it, or it is null, the first row
     *                     is the header, so that errors name the columns found
     * @return the file's table
     */
    public static Table read(Path file, String headerColumn) throws IOException {
        return read(file, headerColumn == null ? null : cell -> cell.equals(normalise(headerColumn)));
    }

    /**
     * @param file       XLSX or XLS by its name's ending, CSV otherwise
     * @param headerCell whether a cell (lowercase, spacing collapsed) names a column only the header
     *                   row has; rows above the first such row are titles and left out
     * @return the file's table
     */
    public static Table read(Path file, Predicate<String> headerCell) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return of(file, Xlsx.rows(file), headerCell);
        }
        if (name.endsWith(".xls")) {
            return of(file, Xls.rows(file), headerCell);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return of(file, parse(in), headerCell);
        }
    }

    private static Table of(Path file, List<Record> all, Predicate<String> headerCell) throws IOException {
        if (all.isEmpty()) {
            throw new IOException(file + " is empty: a header row is expected");
        }
        int headerRow = 0;
        for (int i = 0; headerCell != null && i < Math.min(all.size(), 50); i++) {
            if (all.get(i).fields().stream().anyMatch(f -> headerCell.test(normalise(unmarked(f))))) {
                headerRow = i;
                break;
            }
        }
        List<String> header = new ArrayList<>(all.get(headerRow).fields());
        if (!header.isEmpty()) {
            header.set(0, unmarked(header.get(0)));
        }
        return new Table(header, all.subList(headerRow + 1, all.size()));
    }

    /** @return the text without a byte-order mark */
    private static String unmarked(String field) {
        return field.startsWith("\uFEFF") ? field.substring(1) : field;
    }

    /** @return the records after the header */
    public List<Record> records() {
        return records;
    }

    /** @return the header's column names as written */
    public List<String> header() {
        return header;
    }

    /**
     * @param names a column's names, in the order of preference (BLS renamed columns between editions)
     * @return the index of the first that the header has (case and spacing ignored), or -1
     */
    public int column(String... names) {
        for (String name : names) {
            Integer index = columns.get(normalise(name));
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    /** @return the field of a column in a record, stripped; empty when the record is short or the column missing */
    public String field(Record record, int column) {
        return column < 0 || column >= record.fields().size() ? "" : record.fields().get(column).strip();
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static List<Record> parse(BufferedReader in) throws IOException {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                }
                case '\n' -> {
                    if (any || field.length() > 0) {
                        fields.add(field.toString());
                        records.add(new Record(start, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    any = false;
                    line++;
                    start = line;
                }
                default -> {
                    field.append(ch);
                    any = true;
                }
            }
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(start, List.copyOf(fields)));
        }
        return records;
    }
}
