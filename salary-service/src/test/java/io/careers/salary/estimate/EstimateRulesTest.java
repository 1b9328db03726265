package io.careers.salary.estimate;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;
import io.careers.contracts.salary.Wages;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EstimateRulesTest {
    private static final OccupationRef HIT = new OccupationRef("29-2071", "Medical Records and Health Information Technicians", "2010");
    private static final Area US = new Area(AreaType.NATIONAL, "0000000", "U.S.");

    static WageMeasures annual(String p10, String p25, String median, String p75, String p90) {
        return new WageMeasures(null, num(p10), num(p25), num(median), num(p75), num(p90));
    }

    static BigDecimal num(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static WageEstimate estimate(Area area, WageMeasures annual, Map<String, Footnote> footnotes) {
        return new WageEstimate("OEWS-2013-05", "2013-05", HIT, area, 182370L, new Wages(null, annual), footnotes, 0);
    }

    @Test
    void theContractExampleIsValid() {
        WageEstimate e = estimate(US, annual("22590", "27150", "34970", "44410", "57580"), Map.of());
        assertEquals(List.of(), EstimateRules.check(e, "OEWS-2013-05:0000000:29-2071"));
    }

    @Test
    void keyMustAgreeWithTheValue() {
        WageEstimate e = estimate(US, null, Map.of());
        assertEquals(List.of("key: 'OEWS-2013-05:0000000:29-9999' disagrees with the value, which is "
            + "OEWS-2013-05:0000000:29-2071 ({releaseId}:{area.code}:{occupation.code})"),
            EstimateRules.check(e, "OEWS-2013-05:0000000:29-9999"));
        assertEquals(List.of("key: missing; it must be OEWS-2013-05:0000000:29-2071"), EstimateRules.check(e, null));
    }

    @Test
    void unorderedPercentilesAreNamed() {
        WageEstimate e = estimate(US, annual("22590", "27150", "20000", null, "57580"), Map.of());
        List<String> problems = EstimateRules.check(e, e.key());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("wages.annual.median: 20000 is below annual.p25 27150"), problems.get(0));
    }

    @Test
    void missingPercentilesAreSkippedWhenCheckingOrder() {
        WageEstimate e = estimate(US, annual(null, "27150", null, "44410", null), Map.of());
        assertEquals(List.of(), EstimateRules.check(e, e.key()));
    }

    @Test
    void aTopCodedMeasureHasNoNumber() {
        WageEstimate ok = estimate(US, annual("22590", null, "34970", null, null), Map.of("annual.p90", Footnote.TOP_CODED));
        assertEquals(List.of(), EstimateRules.check(ok, ok.key()));
        WageEstimate bad = estimate(US, annual("22590", null, "34970", null, "239200"), Map.of("annual.p90", Footnote.TOP_CODED));
        assertEquals(List.of("footnotes.annual.p90: the measure is TOP_CODED, so it must have no number, but wages/employment give one"),
            EstimateRules.check(bad, bad.key()));
    }

    @Test
    void hourlyOnlyExplainsAnnualMeasuresOnly() {
        WageEstimate bad = estimate(US, null, Map.of("hourly.median", Footnote.HOURLY_ONLY));
        assertEquals(List.of("footnotes.hourly.median: HOURLY_ONLY explains a missing annual measure, not hourly.median"),
            EstimateRules.check(bad, bad.key()));
    }

    @Test
    void areaTypeAndCodeMustAgree() {
        WageEstimate state = estimate(new Area(AreaType.NATIONAL, "5100000", "Virginia"), null, Map.of());
        assertEquals(List.of("area.code: a NATIONAL estimate must have area code 0000000, was 5100000"),
            EstimateRules.check(state, state.key()));
        WageEstimate nation = estimate(new Area(AreaType.STATE, "0000000", "U.S."), null, Map.of());
        assertEquals(List.of("area.type: area code 0000000 is the nation, but the type is STATE"),
            EstimateRules.check(nation, nation.key()));
    }
}
