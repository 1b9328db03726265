package io.careers.articles.figure;

import io.careers.contracts.api.articles.Citation;
import io.careers.contracts.page.FigureFormat;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.ProjectionFigures;
import io.careers.contracts.salary.TopCodes;
import io.careers.contracts.salary.WageMeasures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The formats of the issue: $34,970, $16.81 per hour, 182,370 jobs, 22%, May 2013, top-coded, not available. */
class FigureResolverTest {
    private static final NationalFigures MAY_2013 = new NationalFigures("OEWS-2013-05", "2013-05", 182_370L,
        new WageMeasures(new BigDecimal("17.91"), null, null, new BigDecimal("16.81"), null, null),
        new WageMeasures(new BigDecimal("37250"), null, null, new BigDecimal("34970"), null, null), Map.of());
    private static final NationalFigures MAY_2023 = new NationalFigures("OEWS-2023-05", "2023-05", null,
        new WageMeasures(null, null, null, null, null, null),
        new WageMeasures(null, null, null, new BigDecimal("48780"), null, null),
        Map.of("annual.p90", Footnote.TOP_CODED, "hourly.p90", Footnote.TOP_CODED, "hourly.median", Footnote.NOT_RELEASED,
            "employment", Footnote.NOT_RELEASED));
    private static final ProjectionFigures PROJECTION = new ProjectionFigures("2012-2022", 2012, 2022, 186_300L, 227_300L,
        new BigDecimal("22.0"), 14_900L, null);
    private static final OccupationFigures FIGURES = new OccupationFigures("29-2071", "Medical Records", MAY_2023,
        List.of(MAY_2023, MAY_2013), PROJECTION, Map.of("2012-2022", PROJECTION), Lineage.none());

    private final FigureResolver resolver = new FigureResolver(new TopCodes("2021-05"));

    private String show(String token) {
        FigureTokens.Scan scan = FigureTokens.scan(token);
        assertEquals(List.of(), scan.problems());
        return resolver.resolve(scan.tokens().get(0), FIGURES).text();
    }

    @Test
    void formatsPinnedFiguresAsTheIssueShowsThem() {
        assertEquals("$34,970", show("{{wage:29-2071:annual.median@2013-05}}"));
        assertEquals("$16.81 per hour", show("{{wage:29-2071:hourly.median@2013-05}}"));
        assertEquals("182,370 jobs", show("{{employment:29-2071@2013-05}}"));
        assertEquals("May 2013", show("{{period:29-2071@2013-05}}"));
        assertEquals("22%", show("{{projection:29-2071:percentChange@2012-2022}}"));
        assertEquals("14,900 openings a year", show("{{projection:29-2071:annualOpenings}}"));
    }

    @Test
    void aDatedFigureSaysWhichPeriodItIsOf() {
        assertEquals("$34,970 (May 2013)", show("{{wage:29-2071:annual.median@2013-05+dated}}"));
        assertEquals("$48,780 (May 2023)", show("{{wage:29-2071:annual.median+dated}}"));
        assertEquals("$239,200 or more (May 2023)", show("{{wage:29-2071:annual.p90+dated}}"));
        assertEquals("not available (May 2023)", show("{{employment:29-2071+dated}}"));
        assertEquals("22% (2012-2022)", show("{{projection:29-2071:percentChange+dated}}"));
        assertEquals("May 2023", show("{{period:29-2071+dated}}"), "a period is not dated twice");
        assertEquals("not available", show("{{wage:29-2071:annual.median@2001-05+dated}}"), "no figures, no period");
    }

    @Test
    void liveTokensFollowTheCurrentRelease() {
        assertEquals("$48,780", show("{{wage:29-2071:annual.median}}"));
        assertEquals("May 2023", show("{{period:29-2071}}"));
        assertEquals("22%", show("{{projection:29-2071:percentChange}}"));
    }

    @Test
    void footnotesAreNeverReplacedByNumbers() {
        assertEquals("$239,200 or more", show("{{wage:29-2071:annual.p90}}"));
        assertEquals("$115.00 or more per hour", show("{{wage:29-2071:hourly.p90}}"));
        assertEquals("not available", show("{{wage:29-2071:hourly.median}}"));
        assertEquals("not available", show("{{employment:29-2071}}"));
        assertEquals("not available", show("{{wage:29-2071:annual.p10}}"), "a measure absent from the data");
        assertEquals("not available", show("{{wage:29-2071:annual.median@2016-05}}"), "a period the read model lacks");
        assertEquals("not available", show("{{projection:29-2071:percentChange@2014-2024}}"));
    }

    @Test
    void earlierReleasesUseTheEarlierTopCode() {
        NationalFigures may2015 = new NationalFigures("OEWS-2015-05", "2015-05", 1L, null, null,
            Map.of("annual.p90", Footnote.TOP_CODED));
        FigureToken token = FigureTokens.scan("{{wage:29-1069:annual.p90}}").tokens().get(0);
        OccupationFigures figures = new OccupationFigures("29-1069", "Physicians", may2015, List.of(may2015), null, Map.of(),
            Lineage.none());
        assertEquals("$208,000 or more", resolver.resolve(token, figures).text());
    }

    @Test
    void citesTheReleaseOrProjectionAndNothingForUnknownOccupations() {
        FigureToken wage = FigureTokens.scan("{{wage:29-2071:annual.median@2013-05}}").tokens().get(0);
        assertEquals(new Citation("BLS OEWS", "OEWS-2013-05", "2013-05"), resolver.resolve(wage, FIGURES).citation());
        FigureToken projection = FigureTokens.scan("{{projection:29-2071:percentChange}}").tokens().get(0);
        assertEquals(new Citation("BLS Employment Projections", null, "2012-2022"), resolver.resolve(projection, FIGURES).citation());
        RenderedFigure unknown = resolver.resolve(wage, null);
        assertEquals("not available", unknown.text());
        assertNull(unknown.citation());
    }

    @Test
    void percentagesKeepTheirDecimalsOnlyWhenThereAreSome() {
        assertEquals("7.5%", FigureFormat.percent(new BigDecimal("7.50")));
        assertEquals("-3%", FigureFormat.percent(new BigDecimal("-3.0")));
        assertEquals("100%", FigureFormat.percent(new BigDecimal("1E+2")));
        assertEquals("$1,234.50 per hour", FigureFormat.hourly(new BigDecimal("1234.5")));
    }
}
