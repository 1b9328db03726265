package io.careers.tools.cli;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first sheet of an Excel 97-2003 workbook (.xls, as BLS shipped releases before 2014), read
 * with POI's HSSF, as text rows numbered like the spreadsheet's.
 */
final class Xls {
    private Xls() {
    }

    /** @return the rows of a workbook, read whole: an .xls sheet holds at most 65,536 of them */
    static Rows open(Path file) throws IOException {
        Iterator<Table.Record> rows = rows(file).iterator();
        return new Rows() {
            @Override
            public Table.Record next() {
                return rows.hasNext() ? rows.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<Table.Record> rows(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); HSSFWorkbook workbook = new HSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Table.Record> records = new ArrayList<>();
            for (Row row : sheet) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    fields.add(text(row.getCell(i)));
                }
                if (fields.stream().anyMatch(f -> !f.isBlank())) {
                    records.add(new Table.Record(row.getRowNum() + 1, List.copyOf(fields)));
                }
            }
            return records;
        }
    }

    /** Numbers as plain decimals (never 1.8237E5), everything else as its text. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase();
            default -> "";
        };
    }
}
