package io.careers.articles.staleness;

import io.careers.articles.SalaryEvents;
import io.careers.articles.article.ArticleContent;
import io.careers.articles.article.LiveArticle;
import io.careers.articles.article.Section;
import io.careers.articles.figure.FigureResolver;
import io.careers.articles.figure.OccupationFigures;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.api.articles.Seo;
import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.TopCodes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the staleness report lists after a promotion, from figures and articles alone. */
class StalenessAnalysisTest {
    private static final NationalFigures MAY_2013 = SalaryEvents.release("2013-05", 182_370, 34_970);
    private static final NationalFigures MAY_2015 = SalaryEvents.release("2015-05", 188_600, 37_110);
    private static final OccupationRef SUCCESSOR = new OccupationRef("29-2072", "Medical Records Specialists", "2018");
    private static final Promotion PROMOTION = new Promotion("OEWS-2015-05", "2015-05", "OEWS", "OEWS-2013-05", "2013-05",
        List.of("29-2071"), Instant.parse("2016-03-30T00:00:00Z"));

    private static LiveArticle article(String slug, String markdown, String... occupations) {
        ArticleContent content = new ArticleContent("Title " + slug, slug, null, null, List.of(),
            List.of(new Section("Pay", markdown)), List.of(occupations), List.of(), List.of(), List.of(), new Seo(null, null));
        return new LiveArticle(UUID.randomUUID(), 1, Instant.EPOCH, Instant.EPOCH, content);
    }

    private static StaleFiguresReport report(List<LiveArticle> articles) {
        OccupationFigures figures = new OccupationFigures("29-2071", "Medical Records Technicians", MAY_2015,
            List.of(MAY_2015, MAY_2013), null, Map.of(), new Lineage(List.of(), List.of(SUCCESSOR)));
        return new StalenessAnalysis(new FigureResolver(new TopCodes("2021-05")), Map.of("29-2071", figures))
            .report(PROMOTION, articles);
    }

    @Test
    void aLiveFigureThatChangedIsListedWithOldAndNewValueAndPercent() {
        StaleFiguresReport report = report(List.of(article("records", "Median {{wage:29-2071:annual.median}}.")));
        assertEquals(1, report.changedFigures().size(), report.toString());
        StaleFiguresReport.ChangedFigure changed = report.changedFigures().get(0);
        assertEquals("$34,970", changed.oldValue());
        assertEquals("$37,110", changed.newValue());
        assertEquals(new BigDecimal("6.1"), changed.changePercent());
    }

    @Test
    void aFigureTheSupersededReleaseLackedIsComparedWithTheOlderOneReadersSaw() {
        // Medical assistants are not in the May 2021 release that May 2022 supersedes: pages showed May 2013's figure.
        NationalFigures may2013 = SalaryEvents.release("2013-05", 571_690, 29_610);
        NationalFigures may2022 = SalaryEvents.release("2022-05", 742_690, 38_270);
        OccupationFigures assistants = new OccupationFigures("31-9092", "Medical Assistants", may2022,
            List.of(may2022, may2013), null, Map.of(), Lineage.none());
        Promotion promotion = new Promotion("OEWS-2022-05", "2022-05", "OEWS", "OEWS-2021-05", "2021-05",
            List.of("31-9092"), Instant.parse("2023-04-25T00:00:00Z"));
        StaleFiguresReport report = new StalenessAnalysis(new FigureResolver(new TopCodes("2021-05")),
            Map.of("31-9092", assistants)).report(promotion, List.of(article("assistants", "Median {{wage:31-9092:annual.median}}.")));
        assertEquals(1, report.changedFigures().size(), report.toString());
        assertEquals("$29,610", report.changedFigures().get(0).oldValue(), "not 'not available'");
        assertEquals("$38,270", report.changedFigures().get(0).newValue());
    }

    @Test
    void aDatedFigureIsComparedWithoutItsDate() {
        StaleFiguresReport report = report(List.of(article("records", "Median {{wage:29-2071:annual.median+dated}}.")));
        assertEquals(1, report.changedFigures().size(), report.toString());
        assertEquals("$34,970", report.changedFigures().get(0).oldValue());
        assertEquals("$37,110", report.changedFigures().get(0).newValue());
        assertTrue(report.outdatedPeriods().isEmpty(), "the date it renders is not a typed date: " + report);
    }

    @Test
    void pinnedTokensAndTypedDatesOlderThanTheReleaseAreOutdated() {
        StaleFiguresReport report = report(List.of(article("pinned",
            "In May 2013 the median was {{wage:29-2071:annual.median@2013-05}}.\nIn May 2015 it rose.")));
        assertTrue(report.changedFigures().isEmpty(), "a pinned token keeps its value");
        List<String> kinds = report.outdatedPeriods().stream().map(StaleFiguresReport.OutdatedPeriod::kind).sorted().toList();
        assertEquals(List.of("PINNED_TOKEN", "TEXT"), kinds, report.outdatedPeriods().toString());
        assertTrue(report.outdatedPeriods().stream().allMatch(o -> o.line() == 1), "May 2015 is current, not outdated");
    }

    @Test
    void anOccupationWithSuccessorsIsListedAsReplaced() {
        StaleFiguresReport report = report(List.of(article("codes", "No figures here.", "29-2071")));
        assertEquals(List.of(SUCCESSOR), report.replacedOccupations().get(0).successors());
    }
}
