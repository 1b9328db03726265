package io.careers.tools.projection;

import io.careers.contracts.salary.EmploymentProjection;
import io.careers.tools.cli.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectionsFileTest {

    @Test
    void readsLineItemsWithEmploymentInThousands() throws Exception {
        ProjectionsFile.Parsed parsed = ProjectionsFile.parse(Table.read(Path.of("src/test/resources/fixtures/projections-small.csv")), "2018");
        assertEquals(List.of(), parsed.problems());
        assertEquals(1, parsed.skipped());
        EmploymentProjection specialists = parsed.projections().get("2023-2033:29-2072");
        assertEquals(2023, specialists.baseYear());
        assertEquals(2033, specialists.targetYear());
        assertEquals(193_800L, specialists.baseEmployment());
        assertEquals(209_700L, specialists.projectedEmployment());
        assertEquals(new BigDecimal("8.2"), specialists.percentChange());
        assertEquals(15_000L, specialists.annualOpenings());
        assertEquals("Postsecondary nondegree award", specialists.typicalEntryEducation());
    }

    @Test
    void readsTable12AsBlsPublishesItWithTitleRowsMatrixColumnNamesAndFootnotes() throws Exception {
        Path table = Path.of("src/test/resources/fixtures/table_1.2_2023-33.csv");
        ProjectionsFile.Parsed parsed = ProjectionsFile.parse(Table.read(table, ProjectionsFile::isTitleColumn), "2018");
        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of("2023-2033:29-2072", "2023-2033:11-9111"), List.copyOf(parsed.projections().keySet()));
        assertEquals(6, parsed.skipped(), "two summary rows and four footnote rows");
        EmploymentProjection managers = parsed.projections().get("2023-2033:11-9111");
        assertEquals("Medical and health services managers", managers.occupation().title());
        assertEquals(new BigDecimal("27.7"), managers.percentChange());
        assertEquals(61_400L, managers.annualOpenings());
    }

    @Test
    void aHeaderWithoutTheOccupationColumnsNamesThoseFoundAndThoseExpected() throws Exception {
        Path table = Path.of("src/test/resources/fixtures/oews-small.csv");
        ProjectionsFile.Parsed parsed = ProjectionsFile.parse(Table.read(table, ProjectionsFile::isTitleColumn), "2018");
        assertEquals(1, parsed.problems().size());
        String problem = parsed.problems().get(0).toString();
        assertTrue(problem.startsWith("line 1: the header needs 'Occupation title' (or 'YYYY National Employment Matrix title')")
            && problem.contains("(found: AREA, AREA_TITLE"), problem);
    }
}
