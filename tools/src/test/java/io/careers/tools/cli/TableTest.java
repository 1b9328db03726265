package io.careers.tools.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables read whole and read as a stream give the same header and records, title rows left out. */
class TableTest {
    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        Path file = dir.resolve("table.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theHeaderIsTheFirstRowNamingTheColumnAndTitleRowsAboveItAreLeftOut() throws IOException {
        Path file = csv("Table 1.2 Employment by detailed occupation\n(Numbers in thousands)\n\n"
            + "\uFEFFOCC_CODE,OCC_TITLE\n29-2072,\"Medical Records Specialists\"\n\n31-9092,\"Assistants, \"\"medical\"\"\"\n");
        Table table = Table.read(file, "occ_code");
        assertEquals(List.of("OCC_CODE", "OCC_TITLE"), table.header());
        assertEquals(List.of(new Table.Record(5, List.of("29-2072", "Medical Records Specialists")),
            new Table.Record(7, List.of("31-9092", "Assistants, \"medical\""))), table.records());
        assertEquals(1, table.column("Occ_Title"));
    }

    @Test
    void withoutARowNamingTheColumnTheFirstRowIsTheHeaderSoThatErrorsNameWhatWasFound() throws IOException {
        Table table = Table.read(csv("A,B\n1,2\n3,4\n"), "OCC_CODE");
        assertEquals(List.of("A", "B"), table.header());
        assertEquals(2, table.records().size(), "the rows read while looking for the header are records again");
    }

    @Test
    void anOpenedTableGivesItsRecordsInChunksInFileOrder() throws IOException {
        StringBuilder text = new StringBuilder("title\nOCC_CODE,N\n");
        for (int i = 0; i < 10_001; i++) {
            text.append("29-2072,").append(i).append('\n');
        }
        try (Table table = Table.open(csv(text.toString()), "OCC_CODE")) {
            assertThrows(IllegalStateException.class, table::records, "an opened table is read record by record");
            int expected = 0;
            List<Table.Record> chunk;
            while (!(chunk = table.nextRecords(4_000)).isEmpty()) {
                assertTrue(chunk.size() <= 4_000);
                for (Table.Record record : chunk) {
                    assertEquals(Integer.toString(expected), table.field(record, table.column("N")));
                    assertEquals(expected + 3, record.line());
                    expected++;
                }
            }
            assertEquals(10_001, expected);
            assertTrue(table.nextRecords(4_000).isEmpty(), "and nothing after the last");
        }
    }

    @Test
    void aRecordAfterALineBreakInsideQuotesIsNumberedByTheLineItStartsOn() throws IOException {
        Table table = Table.read(csv("OCC_CODE,OCC_TITLE\r\n29-2072,\"Medical Records\nSpecialists\"\r\n31-9092,Medical Assistants\r\n"),
            "OCC_CODE");
        assertEquals(List.of(new Table.Record(2, List.of("29-2072", "Medical Records\nSpecialists")),
            new Table.Record(4, List.of("31-9092", "Medical Assistants"))), table.records());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        IOException e = assertThrows(IOException.class, () -> Table.read(csv("\n\n"), "OCC_CODE"));
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void aWorkbooksNumberIsTakenAsWrittenOnlyWhenItIsPlain() {
        for (String plain : List.of("0", "7", "182370", "16.81", "0.5")) {
            assertTrue(Xlsx.isPlain(plain), plain);
        }
        for (String other : List.of("", "16.80", "16.", ".5", "1.8237E5", "-3", "007", "1.2.3")) {
            assertFalse(Xlsx.isPlain(other), other);
        }
    }
}
