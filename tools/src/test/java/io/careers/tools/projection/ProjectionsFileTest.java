package io.careers.tools.projection;

import io.careers.contracts.salary.EmploymentProjection;
import io.careers.tools.cli.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
