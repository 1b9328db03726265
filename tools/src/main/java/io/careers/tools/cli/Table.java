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

/**
 * A table file as BLS publishes them: CSV (RFC 4180: quoted fields, doubled quotes, commas and
 * line breaks inside quotes) or the first sheet of an XLSX workbook. It has the header row's
 * column names and each record's line (row) number for error messages.
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

    /** @return the file's table: XLSX when its name ends with .xlsx, CSV otherwise */
    public static Table read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return of(file, Xlsx.rows(file));
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return of(file, parse(in));
        }
    }

    private static Table of(Path file, List<Record> all) throws IOException {
        if (all.isEmpty()) {
            throw new IOException(file + " is empty: a header row is expected");
        }
        List<String> header = new ArrayList<>(all.get(0).fields());
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        return new Table(header, all.subList(1, all.size()));
    }

    /** @return the records after the header */
    public List<Record> records() {
        return records;
    }

    /** @return the header's column names as written */
    public List<String> header() {
        return header;
    }

    /** @return the index of a column (case and spacing ignored), or -1 */
    public int column(String name) {
        return columns.getOrDefault(normalise(name), -1);
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
