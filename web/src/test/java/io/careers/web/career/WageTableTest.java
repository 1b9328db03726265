package io.careers.web.career;

import io.careers.contracts.page.Occupation;
import io.careers.web.PageFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
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
            technicians.hourly(), Map.of("annual.p10", "SOMETHING_NEW"), null, List.of());

        WageTable table = WageTable.of(odd);

        assertNull(table.source());
        assertNull(table.employment());
        assertNull(table.replacedBy(), "a code still in use");
        assertEquals("not available", table.rows().get(0).annual());
        assertEquals("not available", table.rows().get(4).annual(), "null without a footnote");
    }

    @Test
    void aCodeALaterSocVersionSplitNamesEverySuccessor() {
        assertEquals("SOC 2018 replaced this code with 29-2072 Medical Records Specialists and 29-9021 Health Information "
            + "Technologists and Medical Registrars; newer figures are published under those codes.",
            WageTable.of(PageFixtures.technicians()).replacedBy());
    }
}
