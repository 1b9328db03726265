package io.careers.tools.cli;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The first sheet of an XLSX workbook (fastexcel-reader), as text rows numbered like the spreadsheet's. */
final class Xlsx {
    private Xlsx() {
    }

    static List<Table.Record> rows(Path file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Sheet sheet = workbook.getFirstSheet();
            List<Table.Record> records = new ArrayList<>();
            try (Stream<Row> rows = sheet.openStream()) {
                rows.forEach(row -> {
                    List<String> fields = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        fields.add(text(row, i));
                    }
                    if (fields.stream().anyMatch(f -> !f.isBlank())) {
                        records.add(new Table.Record(row.getRowNum(), List.copyOf(fields)));
                    }
                });
            }
            return records;
        }
    }

    /**
     * Numbers as plain decimals (never 1.8237E5), everything else as its text. The cell's type is
     * asked first: reading a text cell as a number would throw, and a workbook has millions of them.
     */
    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number == null ? "" : number.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }
}
