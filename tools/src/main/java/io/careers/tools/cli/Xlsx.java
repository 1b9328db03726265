package io.careers.tools.cli;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The first sheet of an XLSX workbook (fastexcel-reader), as text rows numbered like the
 * spreadsheet's, read as the sheet's XML is parsed.
 */
final class Xlsx implements Rows {
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;

    private Xlsx(ReadableWorkbook workbook) throws IOException {
        this.workbook = workbook;
        this.stream = workbook.getFirstSheet().openStream();
        this.rows = stream.iterator();
    }

    static Rows open(Path file) throws IOException {
        ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
        try {
            return new Xlsx(workbook);
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public Table.Record next() throws IOException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> fields = new ArrayList<>(row.getCellCount());
                boolean any = false;
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = text(row, i);
                    any |= !text.isBlank();
                    fields.add(text);
                }
                if (any) {
                    return new Table.Record(row.getRowNum(), fields);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }

    /**
     * Numbers as plain decimals (never 1.8237E5), everything else as its text. The cell's type is
     * asked first: reading a text cell as a number would throw, and a workbook has millions of them.
     * A number already written plainly (most of them: 182370, 16.81) is taken as the sheet has it.
     */
    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String raw = cell.getRawValue();
            if (raw != null && isPlain(raw)) {
                return raw;
            }
            BigDecimal number = cell.asNumber();
            return number == null ? "" : number.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    /** @return whether digits with at most one point, not ending in a zero after it (no exponent, sign or padding) */
    static boolean isPlain(String raw) {
        int point = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '.' && point < 0) {
                point = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        if (raw.isEmpty() || point == 0) {
            return false;
        }
        if (point > 0) {
            char last = raw.charAt(raw.length() - 1);
            return last != '0' && last != '.';
        }
        return raw.length() == 1 || raw.charAt(0) != '0';
    }
}
