package io.careers.tools.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A table file as BLS publishes them: CSV (RFC 4180) or the first sheet of an XLSX or XLS
 * workbook. It has the header row's column names and each record's line (row) number for error
 * messages. BLS puts title rows above the header ("Table 1.2 ...", "(Numbers in thousands)"): the
 * header is the first row that names the column the caller looks for, and the rows above it are
 * left out.
 *
 * <p>{@link #read} holds every record; {@link #open} reads them as they are asked for
 * ({@link #nextRecords}), for files too large to hold as text, and is closed by its caller.
 */
public final class Table implements Closeable {
    /** How many rows may stand above the header: BLS's title rows are a handful. */
    private static final int MAX_TITLE_ROWS = 50;

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header;
    private final Deque<Record> buffered;
    private final Rows rest;
    private List<Record> all;

    /**
     * One record.
     *
     * @param line   1-based line where it starts
     * @param fields its fields
     */
    public record Record(int line, List<String> fields) {
    }

    private Table(List<String> header, Deque<Record> buffered, Rows rest) {
        this.header = header;
        this.buffered = buffered;
        this.rest = rest;
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
        return read(file, headerCell(headerColumn));
    }

    /**
     * @param file       XLSX or XLS by its name's ending, CSV otherwise
     * @param headerCell whether a cell (lowercase, spacing collapsed) names a column only the header
     *                   row has; rows above the first such row are titles and left out
     * @return the file's table, every record read and the file closed
     */
    public static Table read(Path file, Predicate<String> headerCell) throws IOException {
        try (Table table = open(file, headerCell)) {
            List<Record> all = new ArrayList<>();
            List<Record> next;
            while (!(next = table.nextRecords(4096)).isEmpty()) {
                all.addAll(next);
            }
            table.all = all;
            return table;
        }
    }

    /**
     * @param file         XLSX or XLS by its name's ending, CSV otherwise
     * @param headerColumn as in {@link #read(Path, String)}
     * @return the file's table with its header read, its records read as they are asked for
     */
    public static Table open(Path file, String headerColumn) throws IOException {
        return open(file, headerCell(headerColumn));
    }

    private static Table open(Path file, Predicate<String> headerCell) throws IOException {
        Rows rows = rowsOf(file);
        try {
            Deque<Record> top = new ArrayDeque<>();
            Record row;
            int headerRow = -1;
            while (top.size() < MAX_TITLE_ROWS && (row = rows.next()) != null) {
                top.add(row);
                if (headerCell != null && row.fields().stream().anyMatch(f -> headerCell.test(normalise(unmarked(f))))) {
                    headerRow = top.size() - 1;
                    break;
                }
            }
            if (top.isEmpty()) {
                throw new IOException(file + " is empty: a header row is expected");
            }
            // Without a row naming the column, the first row is the header and the others are records again.
            for (int i = 0; i < headerRow; i++) {
                top.removeFirst();
            }
            List<String> header = new ArrayList<>(top.removeFirst().fields());
            if (!header.isEmpty()) {
                header.set(0, unmarked(header.get(0)));
            }
            return new Table(header, top, rows);
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    private static Rows rowsOf(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Xlsx.open(file);
        }
        if (name.endsWith(".xls")) {
            return Xls.open(file);
        }
        return Csv.open(file);
    }

    private static Predicate<String> headerCell(String headerColumn) {
        return headerColumn == null ? null : cell -> cell.equals(normalise(headerColumn));
    }

    /** @return the text without a byte-order mark */
    private static String unmarked(String field) {
        return field.startsWith("\uFEFF") ? field.substring(1) : field;
    }

    /**
     * @param most how many at the most
     * @return the next records after those already asked for; empty after the last
     * @throws IOException when the file cannot be read
     */
    public List<Record> nextRecords(int most) throws IOException {
        List<Record> next = new ArrayList<>(Math.min(most, 4096));
        while (next.size() < most && !buffered.isEmpty()) {
            next.add(buffered.removeFirst());
        }
        Record row;
        while (next.size() < most && (row = rest.next()) != null) {
            next.add(row);
        }
        return next;
    }

    /** @return the records after the header, of a table from {@link #read} */
    public List<Record> records() {
        if (all == null) {
            throw new IllegalStateException("an opened table is read with nextRecords");
        }
        return all;
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

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
