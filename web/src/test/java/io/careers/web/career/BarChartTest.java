package io.careers.web.career;

import io.careers.contracts.page.Occupation;
import io.careers.web.PageFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarChartTest {
    @Test
    void wageBarsAreScaledToTheLargestAndSkipWhatIsNotPublished() {
        BarChart chart = BarChart.wages(PageFixtures.technicians());

        assertEquals(4, chart.bars().size(), "the top-coded 90th percentile has no bar");
        BarChart.Bar largest = chart.bars().get(3);
        assertEquals("75th percentile", largest.label());
        assertEquals(BarChart.BAR_AREA, largest.length());
        assertEquals("$44,370", largest.valueText());
        // 22,250 / 44,370 of the bar area
        assertEquals(Math.round(22_250.0 / 44_370 * BarChart.BAR_AREA), chart.bars().get(0).length());
        assertEquals(BarChart.ROW, chart.bars().get(1).y() - chart.bars().get(0).y());
        assertEquals(4 * BarChart.ROW, chart.height());
        assertEquals(largest.length() + 6, largest.textX(), "the value's text follows its bar");
    }

    @Test
    void growthHasABarPerProjectedOccupationAndMarksDecline() {
        Occupation technicians = PageFixtures.technicians();
        Occupation shrinking = new Occupation("43-9022", "Word Processors and Typists", null, null, null,
            technicians.annual(), technicians.hourly(), Map.of(),
            new Occupation.Projection("2012-2022", new BigDecimal("-11.0"), 2_000L), List.of());

        BarChart chart = BarChart.growth(List.of(technicians, shrinking));

        assertEquals("Projected change in employment, 2012-2022", chart.title());
        assertEquals("22%", chart.bars().get(0).valueText());
        assertEquals("-11%", chart.bars().get(1).valueText());
        assertTrue(chart.bars().get(1).negative());
        assertEquals(BarChart.BAR_AREA / 2, chart.bars().get(1).length());
    }

    @Test
    void nothingToDrawIsNoChart() {
        Occupation technicians = PageFixtures.technicians();
        Occupation bare = new Occupation("27-2042", "Musicians and Singers", null, null, null,
            new Occupation.Wages(null, null, null, null, null, null), technicians.hourly(), Map.of(), null, List.of());

        assertNull(BarChart.wages(bare));
        assertNull(BarChart.growth(List.of(bare)));
    }
}
