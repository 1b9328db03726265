package io.careers.web.career;

import io.careers.contracts.page.Occupation;
import io.careers.web.PageFixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WageTableTest {
    @Test
    void figuresAreFormattedAndFootnotesNeverShownAsNumbers() {
        WageTable table = WageTable.of(PageFixtures.technicians());

        assertEquals("BLS OEWS, May 2013", table.source());
        assertEquals("182,370 jobs", table.employment());
        assertEquals(new WageTable.Row("Median", "$16.81", "$34,970"), table.rows().get(2));
        assertEquals(new WageTable.Row("90th percentile", "$100.00 or more", "$208,000 or more"), table.rows().get(4),
            "top-coded: the threshold of the release (May 2013), never a number in its place");
    }

    @Test
    void aMissingMeasureIsNotAvailableAndAnUnknownFootnoteIsNotGuessed() {
        Occupation technicians = PageFixtures.technicians();
        Occupation odd = new Occupation(technicians.code(), technicians.title(), null, null, null, technicians.annual(),
            technicians.hourly(), Map.of("annual.p10", "SOMETHING_NEW"), null);

        WageTable table = WageTable.of(odd);

        assertNull(table.source());
        assertNull(table.employment());
        assertEquals("not available", table.rows().get(0).annual());
        assertEquals("not available", table.rows().get(4).annual(), "null without a footnote");
    }
}
