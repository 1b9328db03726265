package io.careers.gateway.page;

import io.careers.contracts.page.Citation;
import io.careers.contracts.page.FigureCitation;
import io.careers.contracts.page.Occupation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseAgreementTest {
    private static final Citation MAY_2013 = new Citation("BLS OEWS", "OEWS-2013-05", "2013-05");
    private static final Citation MAY_2012 = new Citation("BLS OEWS", "OEWS-2012-05", "2012-05");
    private static final Citation PROJECTION = new Citation("BLS Employment Projections", null, "2012-2022");

    private static Occupation occupation(String code, String release) {
        Occupation.Wages none = new Occupation.Wages(null, null, null, null, null, null);
        return new Occupation(code, "title", release, null, null, none, none, Map.of(), null, List.of());
    }

    @Test
    void onlyLiveOewsFiguresSayWhichReleaseTheTextShows() {
        Map<String, String> shown = ReleaseAgreement.shownByArticle(List.of(
            new FigureCitation("{{wage:29-2071:annual.median}}", "$34,970", MAY_2013),
            new FigureCitation("{{wage:29-2071:annual.median@2012-05}}", "$34,160", MAY_2012),
            new FigureCitation("{{projection:31-9092:percentChange}}", "29%", PROJECTION),
            new FigureCitation("{{period:31-9092+dated}}", "May 2013", MAY_2013),
            new FigureCitation("{{employment:43-4171}}", "not available", null)));

        assertEquals(Map.of("29-2071", "OEWS-2013-05", "31-9092", "OEWS-2013-05"), shown);
    }

    @Test
    void occupationsOnAnotherReleaseAreAskedAgainAndReplacedOnlyWhenTheyAgree() {
        Map<String, String> shown = Map.of("29-2071", "OEWS-2013-05", "31-9092", "OEWS-2013-05");
        List<Occupation> salary = List.of(occupation("29-2071", "OEWS-2015-05"), occupation("31-9092", "OEWS-2013-05"),
            occupation("43-4171", "OEWS-2015-05"));

        assertEquals(Map.of("OEWS-2013-05", List.of("29-2071")), ReleaseAgreement.disagreeing(shown, salary));
        List<Occupation> merged = ReleaseAgreement.merge(salary, List.of(occupation("29-2071", "OEWS-2013-05")), shown);
        assertEquals(List.of("OEWS-2013-05", "OEWS-2013-05", "OEWS-2015-05"),
            merged.stream().map(Occupation::releaseId).toList());
        List<Occupation> unchanged = ReleaseAgreement.merge(salary, List.of(occupation("29-2071", "OEWS-2015-05")), shown);
        assertEquals(salary, unchanged, "an answer still on another release replaces nothing");
        assertTrue(ReleaseAgreement.disagreeing(shown, merged).isEmpty());
    }
}
