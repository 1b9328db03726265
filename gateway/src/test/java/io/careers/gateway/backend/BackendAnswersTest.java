package io.careers.gateway.backend;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.api.articles.PublishedArticle;
import io.careers.contracts.api.salary.OccupationsResponse;
import io.careers.contracts.api.schools.SchoolsPage;
import io.careers.contracts.page.Occupation;
import io.careers.gateway.StandIns;
import io.careers.gateway.payload.Article;
import io.careers.gateway.payload.SchoolsResult;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backends' answers are read through the records the backends write, and held to their
 * constraints: what is off-contract fails the whole answer, naming the field, never quoting it.
 */
class BackendAnswersTest {
    private static ApplicationContext context;
    private static BackendAnswers answers;

    @BeforeAll
    static void start() {
        // No broker: reading answers needs the JSON mapper and the validator only.
        context = ApplicationContext.run(Map.of("kafka.enabled", "false"));
        answers = context.getBean(BackendAnswers.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static String refusal(String body, Class<?> type) {
        return assertThrows(MalformedResponseException.class, () -> answers.read(body, type)).getMessage();
    }

    private static String article(List<String> occupations) {
        return StandIns.articleJson("medical-records-administration", "Medical Records Administration", occupations,
            List.of("51.0707"));
    }

    @Test
    void readsAnArticleAndCleansItsHtmlAgain() {
        Article article = ArticlesBackend.article(answers.read(article(List.of("29-2071")), PublishedArticle.class));
        assertEquals("medical-records-administration", article.slug());
        assertEquals(List.of("29-2071"), article.occupations());
        assertEquals("<p>As of May 2013, the median was $34,970.</p>\n", article.sections().get(0).html());
        assertEquals("BLS OEWS", article.figures().get(0).citation().source());
        assertNull(article.figures().get(1).citation());
        assertEquals(List.of("medical records"), article.tags());
    }

    @Test
    void anArticleFromBeforeFiguresReadsWithNone() {
        String body = article(List.of()).replaceFirst("(?s)\"figures\": \\[.*?\\],\\s*\"occupations\"", "\"occupations\"");
        assertFalse(body.contains("figures"));
        assertEquals(List.of(), answers.read(body, PublishedArticle.class).figures());
    }

    @Test
    void cleansHtmlAndKeepsSafeLinks() {
        assertEquals("<p>Hi<a href=\"https://www.bls.gov\" rel=\"nofollow\">BLS</a><a href=\"/careers/x\">x</a><a>bad</a></p>",
            SafeHtml.clean("<p onclick=\"x()\">Hi<script>alert(1)</script><a href=\"https://www.bls.gov\" rel=\"nofollow\">BLS</a>"
                + "<a href=\"/careers/x\">x</a><a href=\"javascript:alert(1)\">bad</a></p>"));
    }

    @Test
    void dropsVideosAVisitorCannotFollow() {
        String body = article(List.of()).replace("https://videos.example/me", "javascript:alert(1)");
        assertEquals(List.of(), ArticlesBackend.article(answers.read(body, PublishedArticle.class)).videos());
        assertNull(ArticlesBackend.webUrl("ftp://videos.example/me"));
        assertEquals("https://videos.example/me", ArticlesBackend.webUrl("https://videos.example/me"));
    }

    @Test
    void refusesAnswersOffContract() {
        assertTrue(refusal(article(List.of("not-a-code")), PublishedArticle.class).startsWith("occupations[0]"));
        assertTrue(refusal(article(List.of()).replace("\"revision\": 3", "\"revision\": \"three\""), PublishedArticle.class)
            .contains("PublishedArticle"));
        assertTrue(refusal(article(List.of()).replace("\"revision\": 3", "\"revision\": -3"), PublishedArticle.class)
            .startsWith("revision:"));
        String huge = "x".repeat(501);
        assertTrue(refusal(article(List.of()).replace("\"Medical Coder\"", "\"" + huge + "\""), PublishedArticle.class)
            .startsWith("relatedArticles[0].title:"));
        assertTrue(refusal("{\"items\": [tru", SchoolsPage.class).contains("SchoolsPage"));
        assertTrue(refusal("[]", SchoolsPage.class).contains("SchoolsPage"));
    }

    @Test
    void readsSalaryFiguresWithTheirFootnotes() {
        List<Occupation> occupations = answers.read(StandIns.salaryJson(List.of("29-2071"), 34970), OccupationsResponse.class)
            .occupations().stream().map(SalaryBackend::occupation).toList();
        assertEquals(new BigDecimal("34970"), occupations.get(0).annual().median());
        assertEquals(Map.of("annual.p90", "TOP_CODED"), occupations.get(0).footnotes());
        assertEquals("OEWS-2013-05", occupations.get(0).releaseId());
        assertEquals(List.of("29-2072", "29-9021"), occupations.get(0).successors().stream().map(OccupationRef::code).toList(),
            "the codes SOC 2018 replaced it with");
    }

    @Test
    void refusesAFootnoteSalaryServiceDoesNotHave() {
        String body = StandIns.salaryJson(List.of("29-2071"), 34970).replace("TOP_CODED", "MADE_UP");
        assertTrue(refusal(body, OccupationsResponse.class).contains("OccupationsResponse"));
        String badPeriod = StandIns.salaryJson(List.of("29-2071"), 34970).replace("\"2013-05\"", "\"May 2013\"");
        assertTrue(refusal(badPeriod, OccupationsResponse.class).startsWith("occupations[0].current.referencePeriod:"));
    }

    @Test
    void neverShowsASponsoredSchoolWithoutItsDisclosure() {
        SchoolsResult result = SchoolsBackend.result(answers.read(StandIns.schoolsJson("51.0707", "Mohawk"), SchoolsPage.class));
        assertEquals("Sponsored", result.items().get(0).disclosure());
        assertEquals("ASSOCIATE", result.items().get(0).program().credential());
        String hidden = StandIns.schoolsJson("51.0707", "Mohawk").replace("\"disclosure\": \"Sponsored\"", "\"disclosure\": \" \"");
        assertThrows(MalformedResponseException.class, () -> SchoolsBackend.result(answers.read(hidden, SchoolsPage.class)));
        String badState = StandIns.schoolsJson("51.0707", "Mohawk").replace("\"NY\"", "\"Narnia\"");
        assertTrue(refusal(badState, SchoolsPage.class).startsWith("items[0].institution.state:"));
    }
}
