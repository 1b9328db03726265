package io.careers.tools.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file larger than the chunks the rows are checked in: the estimates come out in file order, and
 * a key repeated far from its first row, in another chunk, is still found.
 */
class ReleaseReaderTest {
    private static final String HEADER = "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,"
        + "OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,"
        + "A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY\n";

    @TempDir
    Path dir;

    private static String row(int area) {
        return String.format("%07d,Area %d,4,NY,000000,Cross-industry,cross-industry,1235,29-2072,Medical Records Specialists,"
            + "detailed,\"1,%03d\",1.2,24.42,\"50,790\",0.5,15.52,18.30,23.45,28.36,35.14,\"32,270\",\"38,060\",\"48,780\","
            + "\"58,990\",\"73,090\",,%n", area, area, area % 1000);
    }

    @Test
    void rowsCheckedInChunksComeOutInFileOrderAndARepeatedKeyIsFoundAcrossChunks() throws IOException {
        int rows = 9_000;
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            text.append(row(i));
        }
        text.append(row(10));
        text.append("Footnotes:\n");
        Path file = dir.resolve("all_data_M_2023.csv");
        Files.writeString(file, text);

        ReleaseReader.Release release = ReleaseReader.read(List.of(new ReleaseSources.Source(file.toString(), file, false)),
            new OewsFile.Release("OEWS-2023-05", "2023-05", "2018", 0));

        assertEquals(rows, release.estimates().size());
        for (int i = 0; i < rows; i++) {
            assertEquals(String.format("OEWS-2023-05:%07d:29-2072", i + 1), release.estimates().get(i).key(), "in file order");
        }
        assertEquals(List.of(file + ": line " + (rows + 2) + ": area 0000010 and occupation 29-2072 appear twice (also line 11)"),
            release.problems());
        assertEquals(List.of(file + " (all data): 9,000 estimates, 0 rows of other industries, ownerships or groups skipped, "
            + "1 footnote rows, 1 bad rows"), release.summaries());
    }
}
